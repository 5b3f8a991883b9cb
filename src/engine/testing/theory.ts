// Queueing-theory formulas and the tolerance check that the engine's tests compare runs against.
import { expect } from 'vitest';

// Erlang C lives with the other formulas in src/theory, where the inspector uses it too.
export { erlangC } from '../../theory/queueing';

/** Asserts that `measured` lies within a relative `tolerance` of `expected`. */
export function within(measured: number, expected: number, tolerance: number): void {
  expect(Math.abs(measured - expected) / expected, `measured ${measured}, expected ${expected}`).toBeLessThanOrEqual(tolerance);
}
