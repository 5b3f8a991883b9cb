// What the engine's property tests share: the seeds they draw and the determinism property.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { TopologyDocument } from '../../model/types';
import { runFor } from './metrics';

/** The seeds a property draws for each random topology. */
export const seeds = fc.integer({ min: 1, max: 1000 });

/** The metrics of `doc` run with `seed` until `untilMs`, as text, so two runs compare byte for byte. */
function metricsText(doc: TopologyDocument, seed: number, untilMs = 4000): string {
  return JSON.stringify(runFor(doc, untilMs, seed).snapshot());
}

/** Checks that every document `documentFrom` makes of a drawn shape gives byte-identical metrics twice with the same seed. */
export function expectDeterministic<S>(shape: fc.Arbitrary<S>, documentFrom: (s: S) => TopologyDocument): void {
  fc.assert(
    fc.property(shape, seeds, (s, seed) => {
      const doc = documentFrom(s);
      expect(metricsText(doc, seed)).toBe(metricsText(doc, seed));
    }),
    { numRuns: 25 },
  );
}
