// Metric snapshots: cumulative counters and histogram summaries of every node, in the shape of
// `MetricsSnapshot` (api.ts). Nothing here runs per event.
import type {
  ClientMetrics,
  LatencySummary,
  MetricsSnapshot,
  NodeMetrics,
  OrchestratorMetrics,
  ProducerMetrics,
  ServiceMetrics,
  TopicMetrics,
} from './api';
import type { Runtime } from './build';
import type { Histogram } from './histogram';
import type { Service } from './service';
import { ItemState } from './workItems';

/** Summary of a histogram. */
export function summarize(h: Histogram): LatencySummary {
  return { count: h.count, mean: h.mean(), p50: h.quantile(0.5), p95: h.quantile(0.95), p99: h.quantile(0.99), max: h.max };
}

const EMPTY: LatencySummary = { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 };

function serviceMetrics(service: Service, now: number): ServiceMetrics {
  const group = service.group;
  const running = group ? group.countItems(ItemState.running) + group.countItems(ItemState.holding) + group.countItems(ItemState.backoff) : 0;
  const pool = service.pool;
  return {
    kind: 'service',
    processed: service.processed,
    attempts: service.attempts,
    failed: service.failed,
    retried: service.retried,
    deadLettered: service.deadLettered,
    dropped: service.dropped,
    rejected: 0,
    timedOut: 0,
    duplicates: service.duplicates,
    orderViolations: service.orderViolations,
    staleKeys: service.hasTruth ? service.projection.staleKeys : 0,
    wasted: 0,
    utilization: pool.utilization(now),
    busy: pool.busy,
    workers: pool.capacity,
    liveInstances: pool.liveInstances().length,
    waiting: group ? Math.max(0, group.unconsumed() - running) : 0,
    latencyMs: summarize(service.latency),
    waitMs: summarize(service.wait),
    consistencyMs: summarize(service.consistency),
  };
}

/** Metrics of a node the engine does not simulate yet (clients, orchestrators): zeros. */
function idleMetrics(kind: 'client' | 'orchestrator'): ClientMetrics | OrchestratorMetrics {
  if (kind === 'client') {
    return { kind, requests: 0, succeeded: 0, failed: 0, timedOut: 0, attempts: 0, open: 0, latencyMs: { ...EMPTY } };
  }
  return {
    kind,
    processed: 0,
    attempts: 0,
    failed: 0,
    retried: 0,
    deadLettered: 0,
    dropped: 0,
    rejected: 0,
    timedOut: 0,
    duplicates: 0,
    orderViolations: 0,
    staleKeys: 0,
    wasted: 0,
    utilization: 0,
    busy: 0,
    workers: 0,
    liveInstances: 0,
    waiting: 0,
    latencyMs: { ...EMPTY },
    waitMs: { ...EMPTY },
    consistencyMs: { ...EMPTY },
    started: 0,
    completed: 0,
    compensated: 0,
    workflowsFailed: 0,
    workflowMs: { ...EMPTY },
  };
}

/** A snapshot of every node's metrics now, in document order. */
export function takeSnapshot(rt: Runtime): MetricsSnapshot {
  const now = rt.kernel.now;
  const nodes: Record<string, NodeMetrics> = {};
  for (const node of rt.doc.nodes) {
    const ref = rt.nodes.get(node.id);
    if (!ref) continue;
    if (ref.kind === 'producer') {
      const p = rt.producers[ref.index];
      const metrics: ProducerMetrics = { kind: 'producer', produced: p.produced, dropped: p.dropped, blocked: p.blocked, pending: p.pending };
      nodes[node.id] = metrics;
    } else if (ref.kind === 'topic') {
      const t = rt.topics[ref.index];
      t.applyRetention();
      const metrics: TopicMetrics = { kind: 'topic', appended: t.appended, lag: {}, expired: {}, dropped: {}, received: {}, partitionSizes: t.partitions.map((log) => log.size) };
      for (const sub of t.subscriptions) {
        const group = sub.group.id;
        metrics.lag[group] = (metrics.lag[group] ?? 0) + sub.unconsumed;
        metrics.expired[group] = (metrics.expired[group] ?? 0) + sub.expired;
        metrics.dropped[group] = (metrics.dropped[group] ?? 0) + sub.dropped;
        metrics.received[group] = (metrics.received[group] ?? 0) + sub.received;
      }
      nodes[node.id] = metrics;
    } else if (ref.kind === 'service') {
      nodes[node.id] = serviceMetrics(rt.services[ref.index], now);
    } else {
      nodes[node.id] = idleMetrics(ref.kind);
    }
  }
  return { now, engineEvents: rt.kernel.engineEvents, nodes };
}

/** Forgets counters and samples so far; state (lag, projections, offsets) stays. */
export function resetMetrics(rt: Runtime): void {
  const now = rt.kernel.now;
  for (const p of rt.producers) {
    p.produced = 0;
    p.dropped = 0;
    p.blocked = 0;
  }
  for (const t of rt.topics) {
    t.appended = 0;
    for (const sub of t.subscriptions) {
      sub.expired = 0;
      sub.dropped = 0;
      // What is unconsumed now was offered in an earlier window; counting it as received keeps
      // received = processed + dropped + dead-lettered + expired + unconsumed in the new one.
      sub.received = sub.unconsumed;
    }
  }
  for (const s of rt.services) {
    s.processed = 0;
    s.attempts = 0;
    s.failed = 0;
    s.retried = 0;
    s.deadLettered = 0;
    s.dropped = 0;
    s.duplicates = 0;
    s.orderViolations = 0;
    s.latency.clear();
    s.wait.clear();
    s.consistency.clear();
    s.pool.resetUtilization(now);
  }
}
