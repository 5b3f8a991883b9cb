// The cluster fields of topics, producers and services (brokers, replication, acks, consumer-group
// protocol). Each is read only when the document carries it, so a document without them restores
// to exactly the same value as before they existed.
import { describeValue, fieldPath, own, readBoolean, readChoice, readNumber, type NumberRule, type Raw } from './fields';
import { LIMITS } from './limits';
import type { Report } from './report';
import type { Acks, ProducerConfig, ServiceConfig, TopicConfig } from './types';

const REPLICAS: NumberRule = { min: 1, max: LIMITS.brokers, integer: true };
const MS: NumberRule = { min: 0, max: LIMITS.timeMs, unit: 'ms' };
const POSITIVE_MS: NumberRule = { min: 0, max: LIMITS.timeMs, above: true, unit: 'ms' };
// A period the clock must be able to step over: commits every 1e-300 ms would never let time move.
const PERIOD_MS: NumberRule = { min: 1, max: LIMITS.timeMs, unit: 'ms' };

/** The topic fields about replication, for `readTopicConfig`'s list of known keys. */
export const TOPIC_CLUSTER_KEYS = ['replicationFactor', 'minInSync', 'cleanup', 'electionMs', 'fetchDelayMs', 'replicaLagMs', 'uncleanElection'];
/** The producer fields about acknowledgement. */
export const PRODUCER_CLUSTER_KEYS = ['acks', 'idempotent'];
/** The service fields about its consumer group's protocol. */
export const SERVICE_GROUP_KEYS = ['rebalance', 'rebalanceMs', 'commit', 'commitIntervalMs', 'transactional'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const has = (obj: Raw, key: string): boolean => own(obj, key) !== undefined;

/** The replication fields of a topic that the document sets. */
export function readTopicCluster(obj: Raw, path: string, report: Report): Partial<TopicConfig> {
  const out: Mutable<Partial<TopicConfig>> = {};
  if (has(obj, 'replicationFactor')) out.replicationFactor = readNumber(obj, 'replicationFactor', path, report, REPLICAS, 1);
  if (has(obj, 'minInSync')) out.minInSync = readNumber(obj, 'minInSync', path, report, REPLICAS, 1);
  if (has(obj, 'cleanup')) out.cleanup = readChoice(obj, 'cleanup', path, report, ['delete', 'compact'] as const, 'delete');
  if (has(obj, 'electionMs')) out.electionMs = readNumber(obj, 'electionMs', path, report, MS, 1000);
  if (has(obj, 'fetchDelayMs')) out.fetchDelayMs = readNumber(obj, 'fetchDelayMs', path, report, MS, 5);
  if (has(obj, 'replicaLagMs')) out.replicaLagMs = readNumber(obj, 'replicaLagMs', path, report, POSITIVE_MS, 1000);
  if (has(obj, 'uncleanElection')) out.uncleanElection = readBoolean(obj, 'uncleanElection', path, report, false);
  if ((out.minInSync ?? 1) > (out.replicationFactor ?? 1)) {
    report.error(fieldPath(path, 'minInSync'), `must be at most replicationFactor (${out.replicationFactor ?? 1}); it is ${out.minInSync}`);
  }
  return out;
}

function readAcks(obj: Raw, path: string, report: Report): Acks {
  const value = own(obj, 'acks');
  if (value === 0 || value === 1 || value === 'all') return value;
  report.error(fieldPath(path, 'acks'), `must be 0, 1 or "all", not ${describeValue(value)}`);
  return 'all';
}

/** The acknowledgement fields of a producer that the document sets. */
export function readProducerCluster(obj: Raw, path: string, report: Report): Partial<ProducerConfig> {
  const out: Mutable<Partial<ProducerConfig>> = {};
  if (has(obj, 'acks')) out.acks = readAcks(obj, path, report);
  if (has(obj, 'idempotent')) out.idempotent = readBoolean(obj, 'idempotent', path, report, false);
  return out;
}

/** The consumer-group protocol fields of a service that the document sets. */
export function readServiceGroup(obj: Raw, path: string, report: Report): Partial<ServiceConfig> {
  const out: Mutable<Partial<ServiceConfig>> = {};
  if (has(obj, 'rebalance')) out.rebalance = readChoice(obj, 'rebalance', path, report, ['instant', 'eager', 'cooperative'] as const, 'instant');
  if (has(obj, 'rebalanceMs')) out.rebalanceMs = readNumber(obj, 'rebalanceMs', path, report, MS, 300);
  if (has(obj, 'commit')) out.commit = readChoice(obj, 'commit', path, report, ['auto', 'after-processing'] as const, 'auto');
  if (has(obj, 'commitIntervalMs')) out.commitIntervalMs = readNumber(obj, 'commitIntervalMs', path, report, PERIOD_MS, 1000);
  if (has(obj, 'transactional')) out.transactional = readBoolean(obj, 'transactional', path, report, false);
  return out;
}

/**
 * What an absent cluster field means, per node kind: the value the engine uses and the editor
 * shows. They are not in the kinds' default configs, so documents without them stay as they were.
 */
export const CLUSTER_FIELD_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  topic: { replicationFactor: 1, minInSync: 1, cleanup: 'delete', electionMs: 1000, fetchDelayMs: 5, replicaLagMs: 1000, uncleanElection: false },
  producer: { acks: 'all', idempotent: false },
  service: { rebalance: 'instant', rebalanceMs: 300, commit: 'auto', commitIntervalMs: 1000, transactional: false },
};
