// Documents with brokers for tests, lessons' checks and benchmarks: n brokers, one producer, one
// replicated topic and one consuming service, every field overridable.
import { restore } from '../../model/restore';
import type { Fault, NodeConfigs, TopologyDocument } from '../../model/types';

type Fields<K extends keyof NodeConfigs> = Partial<Record<keyof NodeConfigs[K], unknown>>;

export interface ClusterShape {
  brokers: number;
  producer?: Fields<'producer'>;
  topic?: Fields<'topic'>;
  service?: Fields<'service'>;
  faults?: Partial<Fault>[];
  seed?: number;
}

/** Broker ids of a cluster document: b1, b2, … */
export const brokerId = (i: number) => `b${i + 1}`;

/** A restored document of the shape (throws when restore refuses it: a test would be wrong). */
export function clusterDocument(shape: ClusterShape): TopologyDocument {
  const brokers = Array.from({ length: shape.brokers }, (_, i) => ({ id: brokerId(i), kind: 'broker' }));
  const raw = {
    format: 'eventscape/1',
    name: 'Cluster',
    seed: shape.seed ?? 1,
    nodes: [
      ...brokers,
      { id: 'source', kind: 'producer', config: { rate: 100, arrival: 'constant', ...shape.producer } },
      { id: 'orders', kind: 'topic', config: { ...shape.topic } },
      { id: 'reader', kind: 'service', config: { processing: { dist: 'constant', mean: 1 }, ...shape.service } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'source', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'reader' },
    ],
    faults: shape.faults ?? [],
  };
  const result = restore(raw);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.document;
}
