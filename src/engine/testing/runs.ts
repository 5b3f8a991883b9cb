// What the engine's property tests share: the seeds they draw and one run's metrics as text.
import fc from 'fast-check';
import type { TopologyDocument } from '../../model/types';
import { runFor } from './metrics';

/** The seeds a property draws for each random topology. */
export const seeds = fc.integer({ min: 1, max: 1000 });

/** The metrics of `doc` run with `seed` until `untilMs`, as text, so two runs compare byte for byte. */
export function metricsText(doc: TopologyDocument, seed: number, untilMs = 4000): string {
  return JSON.stringify(runFor(doc, untilMs, seed).snapshot());
}
