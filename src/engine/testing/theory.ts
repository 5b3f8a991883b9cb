// Queueing-theory formulas and the tolerance check that the engine's tests compare runs against.
import { expect } from 'vitest';

/** Erlang C: the probability that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
export function erlangC(c: number, a: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const waiting = (term * a) / (c - a);
  return waiting / (sum + waiting);
}

/** Asserts that `measured` lies within a relative `tolerance` of `expected`. */
export function within(measured: number, expected: number, tolerance: number): void {
  expect(Math.abs(measured - expected) / expected, `measured ${measured}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}
