// Properties of processors over random pipelines and out-of-order streams: every record that
// enters a pipeline is counted once (filtered, late, a table update, or accepted), a windowed
// aggregate's closed windows plus its late events equal the truth, state stays bounded by the open
// windows, and the same document and seed give byte-identical metrics.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Operator } from '../../model/streamTypes';
import { createSimulation } from '../simulation';
import { expectDeterministic, seeds } from '../testing/runs';
import { pipelineDocument, processorIn, type PipelineRun } from './testing';

const window = fc.oneof(
  fc.record({ kind: fc.constant('tumbling' as const), size: fc.integer({ min: 50, max: 3000 }) }),
  fc.integer({ min: 100, max: 3000 }).chain((size) => fc.record({ kind: fc.constant('hopping' as const), size: fc.constant(size), advance: fc.integer({ min: 25, max: size }) })),
  fc.record({ kind: fc.constant('session' as const), gap: fc.integer({ min: 5, max: 500 }) }),
  fc.constant({ kind: 'none' as const }),
);

const pipeline: fc.Arbitrary<Operator[]> = fc
  .tuple(
    fc.option(fc.record({ op: fc.constant('filter' as const), keep: fc.double({ min: 0, max: 1, noNaN: true }), types: fc.constant<string[]>([]) }), { nil: undefined }),
    fc.option(fc.record({ op: fc.constant('map' as const), type: fc.constant(null), rekey: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }) }), { nil: undefined }),
    fc.option(fc.record({ op: fc.constant('aggregate' as const), fn: fc.constantFrom('count' as const, 'sum' as const), window }), { nil: undefined }),
  )
  .map((ops) => ops.filter((op) => op !== undefined));

const run: fc.Arbitrary<PipelineRun> = fc.record({
  operators: pipeline,
  graceMs: fc.integer({ min: 0, max: 2000 }),
  allowedLatenessMs: fc.integer({ min: 0, max: 1000 }),
  emit: fc.constantFrom('on-close' as const, 'on-update' as const),
  maxDelay: fc.integer({ min: 0, max: 3000 }),
  rate: fc.integer({ min: 20, max: 400 }),
  keys: fc.integer({ min: 1, max: 30 }),
  arrival: fc.constantFrom('constant' as const, 'poisson' as const),
  sideOutput: fc.boolean(),
  instances: fc.integer({ min: 1, max: 3 }),
  partitions: fc.integer({ min: 1, max: 4 }),
});

describe('processor properties', () => {
  it('count every record once: in = filtered + late + accepted; closed windows + late = truth', () => {
    fc.assert(
      fc.property(run, seeds, (r, seed) => {
        const sim = createSimulation(pipelineDocument(r), { seed });
        sim.runUntil(6000);
        const m = processorIn(sim);
        expect(m.in).toBe(m.filtered + m.late + m.tableUpdates + m.accepted);
        if (m.windowed && m.windowed.fn === 'count') {
          // Each late event misses at least one window; a tumbling or session window exactly one.
          expect(m.windowed.truth - m.windowed.engine).toBeGreaterThanOrEqual(m.late);
        }
        if (r.sideOutput) expect(m.lateSent).toBe(m.late);
        const aggregate = r.operators.find((op) => op.op === 'aggregate');
        if (!aggregate) expect(m.out).toBe(m.accepted);
        // State is bounded by open windows: a tumbling window store holds at most keys × open windows.
        if (aggregate?.op === 'aggregate' && aggregate.window.kind === 'tumbling') expect(m.stateRows).toBeLessThanOrEqual((r.keys ?? 1) * m.openWindows);
      }),
      { numRuns: 40 },
    );
  });

  it('with grace at least the largest delay, nothing is late', () => {
    fc.assert(
      fc.property(run, seeds, (r, seed) => {
        const sim = createSimulation(pipelineDocument({ ...r, graceMs: r.maxDelay + 50, rate: Math.min(r.rate ?? 100, 100) }), { seed });
        sim.runUntil(5000);
        const m = processorIn(sim);
        expect(m.late).toBe(0);
        if (m.windowed) expect(m.windowed.engine).toBe(m.windowed.truth);
      }),
      { numRuns: 25 },
    );
  });

  it('give byte-identical metrics for the same document and seed', () => {
    expectDeterministic(run, pipelineDocument);
  });
});
