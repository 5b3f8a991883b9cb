// Metric snapshots: cumulative counters and histogram summaries of every node, in the shape of
// `MetricsSnapshot` (api.ts). Nothing here runs per event.
import type {
  CallEdgeMetrics,
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
import type { Client } from './client';
import type { Service } from './service';
import { ItemState } from './workItems';
import { producerExtras, serviceExtras } from './databaseMetrics';
import { addRebalanceFigures } from './groupProtocol';
import { addProducerAcks, addTopicReplication, brokerMetrics, resetClusterMetrics } from './cluster/clusterMetrics';
import { processorMetrics, resetProcessorMetrics } from './streams/processorMetrics';

/** Summary of a histogram. */
export function summarize(h: Histogram): LatencySummary {
  return { count: h.count, mean: h.mean(), p50: h.quantile(0.5), p95: h.quantile(0.95), p99: h.quantile(0.99), max: h.max };
}


function serviceMetrics(service: Service, now: number): ServiceMetrics {
  const sync = service.sync;
  const group = service.group;
  const running = group.items.count(ItemState.running) + group.items.count(ItemState.holding) + group.items.count(ItemState.backoff);
  const pool = service.pool;
  return {
    kind: 'service',
    processed: service.processed,
    requests: sync.requests,
    requestsProcessed: sync.requestsProcessed,
    attempts: service.attempts,
    failed: service.failed,
    retried: service.retried,
    deadLettered: service.deadLettered,
    dropped: service.dropped,
    rejected: sync.rejected,
    timedOut: sync.timedOut,
    duplicates: service.duplicates,
    orderViolations: service.orderViolations,
    staleKeys: service.hasTruth ? service.projection.staleKeys : 0,
    wasted: sync.wasted,
    utilization: pool.utilization(now),
    busy: pool.busy,
    workers: pool.capacity,
    liveInstances: pool.liveInstances().length,
    waiting: Math.max(0, group.unconsumed() - running) + sync.queue.size,
    latencyMs: summarize(service.latency),
    waitMs: summarize(service.wait),
    consistencyMs: summarize(service.consistency),
    ...serviceExtras(service, now),
  };
}

function orchestratorMetrics(service: Service, now: number): OrchestratorMetrics {
  const sync = service.sync;
  return {
    ...serviceMetrics(service, now),
    kind: 'orchestrator',
    started: sync.started,
    completed: sync.completed,
    compensated: sync.compensated,
    workflowsFailed: sync.workflowsFailed,
    workflowMs: summarize(sync.workflow),
  };
}

function clientMetrics(client: Client): ClientMetrics {
  return {
    kind: 'client',
    requests: client.requests,
    succeeded: client.succeeded,
    failed: client.failed,
    timedOut: client.timedOut,
    attempts: client.attempts,
    open: client.open,
    latencyMs: summarize(client.latency),
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
      const metrics: ProducerMetrics = { kind: 'producer', produced: p.produced, dropped: p.dropped, blocked: p.blocked, pending: p.pending, ...producerExtras(p) };
      if (rt.cluster) addProducerAcks(rt.cluster, p.id, metrics);
      nodes[node.id] = metrics;
    } else if (ref.kind === 'topic') {
      const t = rt.topics[ref.index];
      // Retention runs on the engine's own clock (the periodic commit event), never here: the app
      // reads metrics at every frame, and a read that deleted events would change what a
      // consumer coming back finds, so a run would depend on the machine's frame rate.
      const metrics: TopicMetrics = { kind: 'topic', appended: t.appended, lag: {}, expired: {}, dropped: {}, received: {}, partitionSizes: t.partitions.map((log) => log.size) };
      for (const sub of t.subscriptions) {
        const group = sub.group.id;
        metrics.lag[group] = (metrics.lag[group] ?? 0) + sub.unconsumed;
        metrics.expired[group] = (metrics.expired[group] ?? 0) + sub.expired;
        metrics.dropped[group] = (metrics.dropped[group] ?? 0) + sub.dropped;
        metrics.received[group] = (metrics.received[group] ?? 0) + sub.received;
      }
      if (rt.cluster) addTopicReplication(rt.cluster, t, metrics);
      if (t.compaction) {
        metrics.compaction = { ...t.compaction.sizes(t), removed: t.compaction.removed };
        metrics.compactedFor = {};
        for (const sub of t.subscriptions) metrics.compactedFor[sub.group.id] = (metrics.compactedFor[sub.group.id] ?? 0) + sub.compacted;
      }
      nodes[node.id] = metrics;
    } else if (ref.kind === 'service') {
      const metrics = serviceMetrics(rt.services[ref.index], now);
      addRebalanceFigures(rt.services[ref.index].group, metrics, now);
      nodes[node.id] = metrics;
    } else if (ref.kind === 'orchestrator') {
      nodes[node.id] = orchestratorMetrics(rt.services[ref.index], now);
    } else if (ref.kind === 'broker') {
      if (rt.cluster && ref.index >= 0) nodes[node.id] = brokerMetrics(rt.cluster, ref.index);
    } else if (ref.kind === 'processor') {
      nodes[node.id] = processorMetrics(rt.services[ref.index], now, summarize);
    } else {
      nodes[node.id] = clientMetrics(rt.clients[ref.index]);
    }
  }
  const calls: Record<string, CallEdgeMetrics> = {};
  const held = rt.calls.heldOn();
  rt.doc.edges.forEach((edge, index) => {
    if (edge.kind === 'call') calls[edge.id] = { held: held.get(edge.id) ?? 0, timedOut: rt.calls.timedOutOn(index) };
  });
  return { now, engineEvents: rt.kernel.engineEvents, nodes, calls };
}

/** Forgets counters and samples so far; state (lag, projections, offsets) stays. */
export function resetMetrics(rt: Runtime): void {
  const now = rt.kernel.now;
  rt.calls.clearTimeouts();
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
      sub.lost = 0;
      sub.compacted = 0;
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
    const sync = s.sync;
    sync.requests = 0;
    sync.requestsProcessed = 0;
    sync.rejected = 0;
    sync.timedOut = 0;
    sync.wasted = 0;
    // Workflows under way were started in an earlier window; counting them as started keeps
    // started = completed + failed + under way in the new one.
    sync.started = sync.underWay;
    sync.completed = 0;
    sync.compensated = 0;
    sync.workflowsFailed = 0;
    sync.workflow.clear();
    if (s.stream !== null) resetProcessorMetrics(s.stream);
  }
  if (rt.cluster) resetClusterMetrics(rt.cluster);
  for (const s of rt.services) s.group.rebalanceState?.reset(now);
  for (const c of rt.clients) {
    // Open requests count as sent in the new window: requests = succeeded + failed + open holds.
    c.requests = c.open;
    c.succeeded = 0;
    c.failed = 0;
    c.timedOut = 0;
    c.attempts = 0;
    c.latency.clear();
  }
}
