import { describe, expect, it } from 'vitest';
import { createRewindTimeline } from './rewindTimeline';

describe('rewind timeline seeks', () => {
  it('sends one seek at a time, clamped to how far the run reached; the latest waiting one goes next', () => {
    const timeline = createRewindTimeline();
    timeline.reach(5000);
    expect(timeline.seek(9000)).toBe(5000);
    expect(timeline.rewound()).toBe(true);
    expect(timeline.seek(1000)).toBeNull();
    expect(timeline.seek(2000)).toBeNull();
    expect(timeline.answered()).toBe(2000);
    expect(timeline.seek(2000)).toBe(2000);
    expect(timeline.answered()).toBeNull();
    expect(timeline.answered()).toBeNull();
    expect(timeline.seek(-5)).toBe(0);
  });

  it('goes on from a moment sought back to, dropping a waiting seek; a new run forgets how far it reached', () => {
    const timeline = createRewindTimeline();
    timeline.reach(5000);
    timeline.seek(3000);
    timeline.seek(4000);
    timeline.goOn();
    expect(timeline.rewound()).toBe(false);
    expect(timeline.answered()).toBeNull();
    timeline.forget();
    expect(timeline.reached()).toBe(0);
    timeline.seek(1000);
    timeline.cancelSeeks();
    expect(timeline.seek(1000)).toBe(0);
  });
});
