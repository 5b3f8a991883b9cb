// Typed access to one node's metrics in a snapshot, for tests and benchmarks.
import type { ClientMetrics, MetricsSnapshot, OrchestratorMetrics, ProducerMetrics, ServiceMetrics, TopicMetrics } from '../api';
import { createSimulation } from '../simulation';
import type { Simulation } from '../api';
import type { TopologyDocument } from '../../model/types';

function pick<K extends string>(snapshot: MetricsSnapshot, id: string, kind: K) {
  const metrics = snapshot.nodes[id];
  if (!metrics || metrics.kind !== kind) throw new Error(`${id} is not a ${kind} in this snapshot`);
  return metrics;
}

/** A service's metrics. */
export const serviceIn = (s: MetricsSnapshot, id: string) => pick(s, id, 'service') as ServiceMetrics;
/** A topic's metrics. */
export const topicIn = (s: MetricsSnapshot, id: string) => pick(s, id, 'topic') as TopicMetrics;
/** A producer's metrics. */
export const producerIn = (s: MetricsSnapshot, id: string) => pick(s, id, 'producer') as ProducerMetrics;

/** A client's metrics. */
export const clientIn = (s: MetricsSnapshot, id: string) => pick(s, id, 'client') as ClientMetrics;
/** An orchestrator's metrics. */
export const orchestratorIn = (s: MetricsSnapshot, id: string) => pick(s, id, 'orchestrator') as OrchestratorMetrics;

/** Runs a document for `ms` of simulated time and returns the simulation. */
export function runFor(doc: TopologyDocument, ms: number, seed = 1): Simulation {
  const sim = createSimulation(doc, { seed });
  sim.runUntil(ms);
  return sim;
}
