// When a source's next event arrives: constant (evenly spaced), poisson (exponential gaps) or
// burst (poisson at `burst.rate` for `burst.on` ms, then at the base rate for `burst.off` ms,
// repeating from time 0). Poisson gaps are memoryless, so a gap that crosses a phase boundary is
// redrawn from the boundary at the new phase's rate: the result is exact.
import type { Arrival, Burst } from '../model/types';
import type { Random } from './random';

/** The time of the next arrival after `now`, or Infinity when the rate is zero. */
export function nextArrival(rng: Random, now: number, arrival: Arrival, rate: number, burst: Burst): number {
  if (arrival === 'constant') return rate > 0 ? now + 1000 / rate : Infinity;
  const cycle = burst.on + burst.off;
  if (arrival === 'poisson' || cycle <= 0) return rate > 0 ? now + rng.exponential(1000 / rate) : Infinity;
  if (burst.rate <= 0 && rate <= 0) return Infinity;
  let t = now;
  // Each pass either returns or moves on to the next phase.
  for (let pass = 0; pass < 1_000_000; pass++) {
    const position = t % cycle;
    const inBurst = position < burst.on;
    const phaseRate = inBurst ? burst.rate : rate;
    const phaseEnd = t + (inBurst ? burst.on - position : cycle - position);
    if (phaseRate > 0) {
      const next = t + rng.exponential(1000 / phaseRate);
      if (next <= phaseEnd) return next;
    }
    // Land exactly on the boundary's phase, whatever the rounding of `t % cycle`.
    t = Math.max(phaseEnd, t + 1e-9);
  }
  return Infinity;
}
