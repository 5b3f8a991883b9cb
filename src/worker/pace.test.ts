import { describe, expect, it } from 'vitest';
import { Pace, PACE_INTERVALS } from './pace';

describe('pace', () => {
  it('keeps up through a pause that the next interval makes up for', () => {
    const pace = new Pace();
    for (let i = 0; i < PACE_INTERVALS; i++) pace.record(20_000, 20_000);
    // A fifth of a second at 100× asks for 20 simulated s; a 40 ms stall covers only 16 of them…
    pace.record(20_000, 16_000);
    expect(pace.keepingUp()).toBe(true);
    // …and the next interval catches up.
    pace.record(20_000, 24_000);
    expect(pace.keepingUp()).toBe(true);
  });

  it('is behind when a second of intervals covers less than 95 % of what it asked', () => {
    const pace = new Pace();
    for (let i = 0; i < PACE_INTERVALS; i++) pace.record(20_000, 18_000);
    expect(pace.keepingUp()).toBe(false);
  });

  it('forgets intervals older than a second, and everything on clear', () => {
    const pace = new Pace();
    pace.record(20_000, 0);
    expect(pace.keepingUp()).toBe(false);
    for (let i = 0; i < PACE_INTERVALS; i++) pace.record(20_000, 20_000);
    expect(pace.keepingUp()).toBe(true);
    pace.record(20_000, 0);
    pace.clear();
    expect(pace.keepingUp()).toBe(true);
  });
});
