// Documents for the stream processor tests: a producer at a constant rate with one key, a topic,
// a processor and its output topic, so the events produced are known exactly (one every 1000/rate
// ms from then on) and a test can count them by event time without the engine.
import { restore } from '../../model/restore';
import type { TopologyDocument } from '../../model/types';
import type { Operator } from '../../model/streamTypes';
import type { ProcessorMetrics } from '../api';
import type { Simulation } from '../api';

export interface PipelineRun {
  operators: Operator[];
  graceMs?: number;
  allowedLatenessMs?: number;
  emit?: 'on-close' | 'on-update';
  /** Max of the uniform publish latency, ms (events arrive out of order by up to this). */
  maxDelay: number;
  rate?: number;
  keys?: number;
  arrival?: 'constant' | 'poisson';
  sideOutput?: boolean;
  /** When the producer (nearly) stops: its rate drops to one event per 1000 s. */
  stopAt?: number;
  instances?: number;
  partitions?: number;
}

/** A producer → topic → processor → topic document (and a side-output topic when asked). */
export function pipelineDocument(run: PipelineRun): TopologyDocument {
  const raw = {
    format: 'eventscape/1',
    seed: 7,
    nodes: [
      { id: 'source', kind: 'producer', config: { rate: run.rate ?? 100, arrival: run.arrival ?? 'constant', keys: run.keys ?? 1 } },
      { id: 'in', kind: 'topic', config: { partitions: run.partitions ?? 1 } },
      {
        id: 'proc',
        kind: 'processor',
        config: {
          operators: run.operators,
          graceMs: run.graceMs ?? 0,
          allowedLatenessMs: run.allowedLatenessMs ?? 0,
          emit: run.emit ?? 'on-close',
          instances: run.instances ?? 1,
          ...(run.sideOutput ? { late: 'side-output', lateTopic: 'late' } : {}),
        },
      },
      { id: 'out', kind: 'topic' },
      ...(run.sideOutput ? [{ id: 'late', kind: 'topic' }] : []),
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'source', target: 'in', config: { latency: { dist: 'uniform', min: 0, max: run.maxDelay } } },
      { id: 'e2', kind: 'subscribe', source: 'in', target: 'proc' },
      { id: 'e3', kind: 'publish', source: 'proc', target: 'out' },
      ...(run.sideOutput ? [{ id: 'e4', kind: 'publish', source: 'proc', target: 'late' }] : []),
    ],
    faults: run.stopAt === undefined ? [] : [{ at: run.stopAt, node: 'source', type: 'rate', rate: 0.001 }],
  };
  const restored = restore(raw);
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

/** The processor's metrics in a snapshot. */
export function processorIn(sim: Simulation, id = 'proc'): ProcessorMetrics {
  const m = sim.snapshot().nodes[id];
  if (m?.kind !== 'processor') throw new Error(`${id} is not a processor`);
  return m;
}
