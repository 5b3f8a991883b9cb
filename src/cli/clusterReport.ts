// The cluster's part of `npm run sim`: broker rows and replication columns, and the same figures
// in the JSON. Documents without brokers print and write exactly what they did before.
import type { BrokerMetrics, LatencySummary, ProducerMetrics, ServiceMetrics, TopicMetrics } from '../engine/api';

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

const ms = (x: number) => Math.round(x * 1000) / 1000;
const group = (n: number) => Math.round(n).toLocaleString('en-US');

function latency(l: LatencySummary): Json {
  return { mean: ms(l.mean), p50: ms(l.p50), p95: ms(l.p95), p99: ms(l.p99), max: ms(l.max) };
}

/** A broker in the JSON. */
export function brokerJson(m: BrokerMetrics): Json {
  return { kind: m.kind, up: m.up, isolated: m.isolated, leads: m.leads.length, follows: m.follows.length, underReplicated: m.underReplicated, appended: m.appended, elections: m.elections };
}

/** A producer's acknowledgement figures in the JSON ({} without brokers). */
export function producerAcksJson(m: ProducerMetrics): { [key: string]: Json } {
  if (m.produceMs === undefined) return {};
  return { acknowledged: m.acknowledged ?? 0, lost: m.lost ?? 0, refused: m.refused ?? 0, produceMs: latency(m.produceMs) };
}

/** A topic's replication figures in the JSON ({} without brokers). */
export function topicReplicationJson(m: TopicMetrics): { [key: string]: Json } {
  if (m.leaders === undefined) return {};
  return {
    replicationFactor: m.replicationFactor ?? 1,
    leaders: [...m.leaders],
    inSync: [...(m.inSync ?? [])],
    elections: m.elections ?? 0,
    offlineMs: ms(m.offlineMs ?? 0),
    lost: m.lost ?? 0,
    uncommitted: m.uncommitted ?? 0,
    waiting: m.waiting ?? 0,
    duplicated: m.duplicated ?? 0,
  };
}

/** The broker table's rows. */
export function brokerRows(brokers: [string, BrokerMetrics][]): string[][] {
  return brokers.map(([id, m]) => [id, !m.up ? 'crashed' : m.isolated ? 'cut off' : 'up', group(m.leads.length), group(m.follows.length), group(m.underReplicated), group(m.appended)]);
}

/** The replicated-topic table's rows; produce latency is that of the producers publishing to it. */
export function replicationRows(topics: [string, TopicMetrics][], producers: [string, ProducerMetrics][]): string[][] {
  const acked = producers.reduce((sum, [, m]) => sum + (m.acknowledged ?? 0), 0);
  const p50 = Math.max(0, ...producers.map(([, m]) => m.produceMs?.p50 ?? 0));
  const p99 = Math.max(0, ...producers.map(([, m]) => m.produceMs?.p99 ?? 0));
  return topics
    .filter(([, m]) => m.leaders !== undefined)
    .map(([id, m]) => [
      id,
      String(m.replicationFactor ?? 1),
      (m.leaders ?? []).map((leader) => leader ?? '-').join(' '),
      (m.inSync ?? []).join(' '),
      group(m.elections ?? 0),
      group(m.offlineMs ?? 0),
      group(m.lost ?? 0),
      group(acked),
      p50.toFixed(1),
      p99.toFixed(1),
    ]);
}

/** A service's rebalance figures in the JSON (only with a protocol or commit policy). */
export function rebalanceJson(m: Pick<ServiceMetrics, 'rebalances' | 'rebalancePausedMs' | 'partitionPausedMs'>): { [key: string]: Json } {
  return { rebalances: m.rebalances ?? 0, rebalancePausedMs: ms(m.rebalancePausedMs ?? 0), partitionPausedMs: ms(m.partitionPausedMs ?? 0) };
}

/** The group table's rows: services that chose a protocol or commit policy. */
export function rebalanceRows(services: [string, ServiceMetrics][]): string[][] {
  return services.filter(([, m]) => m.rebalances !== undefined).map(([id, m]) => [id, group(m.rebalances ?? 0), group(m.rebalancePausedMs ?? 0), group(m.partitionPausedMs ?? 0)]);
}
