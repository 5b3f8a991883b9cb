import { describe, expect, it } from 'vitest';
import { duration, lagLevel, levelOf, short } from './figures';

describe('live figures', () => {
  it('turns calm, then warns, then alarms as a limit fills', () => {
    expect(levelOf(4, 10)).toBe('calm');
    expect(levelOf(5, 10)).toBe('warn');
    expect(levelOf(9, 10)).toBe('alarm');
    expect(levelOf(1, 0)).toBe('alarm');
    expect(lagLevel(99)).toBe('calm');
    expect(lagLevel(100)).toBe('warn');
    expect(lagLevel(1000)).toBe('alarm');
  });

  it('writes numbers short', () => {
    expect(short(0.54)).toBe('0.5');
    expect(short(12.3)).toBe('12');
    expect(short(12_345)).toBe('12.3k');
    expect(short(3)).toBe('3');
    expect(duration(85.4)).toBe('85 ms');
    expect(duration(1234)).toBe('1.2 s');
  });
});
