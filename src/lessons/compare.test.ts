import { describe, expect, it } from 'vitest';
import { judge } from './compare';
import type { LessonCheck } from './types';

const check = (c: Partial<LessonCheck>): LessonCheck => ({ node: 'n', metric: 'm', compare: 'rises', ...c });

describe('judge', () => {
  it('needs a strict rise, and with a factor a rise by that much', () => {
    expect(judge(check({}), 5, 5).ok).toBe(false);
    expect(judge(check({}), 5, 6).ok).toBe(true);
    expect(judge(check({ factor: 3 }), 10, 29).ok).toBe(false);
    expect(judge(check({ factor: 3 }), 10, 30).ok).toBe(true);
  });

  it('needs a strict fall, and with a factor a fall to that fraction', () => {
    expect(judge(check({ compare: 'falls' }), 0, 0).ok).toBe(false);
    expect(judge(check({ compare: 'falls', factor: 4 }), 100, 30).ok).toBe(false);
    expect(judge(check({ compare: 'falls', factor: 4 }), 100, 25).ok).toBe(true);
  });

  it('compares with a value for above and below', () => {
    expect(judge(check({ compare: 'above', value: 10 }), 0, 10).ok).toBe(false);
    expect(judge(check({ compare: 'above', value: 10 }), 0, 11).ok).toBe(true);
    expect(judge(check({ compare: 'below', value: 1 }), 9, 0).ok).toBe(true);
    expect(judge(check({ compare: 'below', value: 1 }), 0, 1).ok).toBe(false);
  });

  it('lets a figure stay within a factor either way, or within an absolute value', () => {
    expect(judge(check({ compare: 'stays' }), 100, 149).ok).toBe(true);
    expect(judge(check({ compare: 'stays' }), 100, 151).ok).toBe(false);
    expect(judge(check({ compare: 'stays' }), 100, 66).ok).toBe(false);
    expect(judge(check({ compare: 'stays', value: 2 }), 0, 2).ok).toBe(true);
    expect(judge(check({ compare: 'stays', value: 2 }), 0, 3).ok).toBe(false);
  });

  it('says what it saw and what it needed', () => {
    expect(judge(check({ metric: 'lag.email', factor: 2 }), 3, 4).reason).toBe('lag.email went from 3 to 4 (needed to rise to ≥ 6)');
    expect(judge(check({ metric: 'processed', measure: 'perSecond', compare: 'above', value: 30 }), 0, 12.345).reason).toBe(
      'processed/s is 12.35 (needed > 30)',
    );
  });
});
