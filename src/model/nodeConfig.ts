// The config of each node kind: every field read against its rule, missing ones defaulted.
import {
  CLIENT_DEFAULTS,
  ORCHESTRATOR_DEFAULTS,
  PRODUCER_DEFAULTS,
  SERVICE_DEFAULTS,
  TOPIC_DEFAULTS,
  defaultPublishes,
} from './defaults';
import { PRODUCER_CLUSTER_KEYS, SERVICE_GROUP_KEYS, TOPIC_CLUSTER_KEYS, readProducerCluster, readServiceGroup, readTopicCluster } from './clusterConfig';
import { readDistribution } from './distribution';
import {
  checkKeys,
  describeValue,
  expectRecord,
  fieldPath,
  itemPath,
  nameProblem,
  own,
  readBoolean,
  readChoice,
  readNullableNumber,
  readNumber,
  type NumberRule,
  type Raw,
} from './fields';
import { LIMITS } from './limits';
import { readDatabase } from './database';
import { readReads, readSchema } from './schema';
import type { Report } from './report';
import type {
  BrokerConfig,
  Burst,
  ClientConfig,
  OrchestratorConfig,
  ProducerConfig,
  RetryConfig,
  ServiceConfig,
  SourceConfig,
  TopicConfig,
} from './types';
import { COMPATIBILITIES } from './types';

const RATE: NumberRule = { min: 0, max: LIMITS.rate, above: true, unit: 'per second' };
const BURST_RATE: NumberRule = { min: 0, max: LIMITS.rate, unit: 'per second' };
const MS: NumberRule = { min: 0, max: LIMITS.timeMs, unit: 'ms' };
const POSITIVE_MS: NumberRule = { min: 0, max: LIMITS.timeMs, above: true, unit: 'ms' };
const KEYS: NumberRule = { min: 1, max: LIMITS.keys, integer: true };
const KEY_SKEW: NumberRule = { min: 0, max: LIMITS.keySkew };
const QUEUE: NumberRule = { min: 0, max: LIMITS.queue, integer: true };
const CAPACITY: NumberRule = { min: 1, max: LIMITS.queue, integer: true };
const PARTITIONS: NumberRule = { min: 1, max: LIMITS.partitions, integer: true };
const INSTANCES: NumberRule = { min: 1, max: LIMITS.instances, integer: true };
const CONCURRENCY: NumberRule = { min: 1, max: LIMITS.concurrency, integer: true };
const PROBABILITY: NumberRule = { min: 0, max: 1 };
const ATTEMPTS: NumberRule = { min: 1, max: LIMITS.maxAttempts, integer: true };

const SOURCE_KEYS = ['rate', 'arrival', 'burst', 'keys', 'keySkew'];

/** The fields that have a value: optional fields stay absent rather than undefined or null. */
function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], null | undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== null) out[key] = value;
  return out as { [K in keyof T]?: Exclude<T[K], null | undefined> };
}

/** The config object at `path`, checked for known keys; null when missing or not an object. */
function configObject(value: unknown, path: string, report: Report, known: readonly string[]): Raw | null {
  if (value === undefined) return null;
  const obj = expectRecord(value, path, report);
  if (obj) checkKeys(obj, known, path, report);
  return obj;
}

function readBurst(value: unknown, path: string, report: Report, fallback: Burst): Burst {
  const obj = configObject(value, path, report, ['on', 'off', 'rate']);
  if (!obj) return { ...fallback };
  return {
    on: readNumber(obj, 'on', path, report, POSITIVE_MS, fallback.on),
    off: readNumber(obj, 'off', path, report, MS, fallback.off),
    rate: readNumber(obj, 'rate', path, report, BURST_RATE, fallback.rate),
  };
}

function readSource(obj: Raw, path: string, report: Report, defaults: SourceConfig): SourceConfig {
  return {
    rate: readNumber(obj, 'rate', path, report, RATE, defaults.rate),
    arrival: readChoice(obj, 'arrival', path, report, ['constant', 'poisson', 'burst'], defaults.arrival),
    burst: readBurst(own(obj, 'burst'), fieldPath(path, 'burst'), report, defaults.burst),
    keys: readNumber(obj, 'keys', path, report, KEYS, defaults.keys),
    keySkew: readNumber(obj, 'keySkew', path, report, KEY_SKEW, defaults.keySkew),
  };
}

/** What is wrong with an event type name, or null. */
export function eventTypeProblem(name: string): string | null {
  if (name.trim() === '') return 'an event type needs a name';
  return nameProblem(name, LIMITS.eventTypeLength);
}

function readEventTypes(value: unknown, path: string, report: Report, fallback: readonly string[]): string[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.eventTypes) {
    const found = Array.isArray(value) ? `it has ${value.length}` : `not ${describeValue(value)}`;
    report.error(path, `must be a list of 1 to ${LIMITS.eventTypes} event type names; ${found}`);
    return [...fallback];
  }
  const names: string[] = [];
  value.forEach((name: unknown, index) => {
    const problem = typeof name === 'string' ? eventTypeProblem(name) : `must be a text, not ${describeValue(name)}`;
    if (problem) report.error(itemPath(path, index), problem);
    else names.push(name as string);
  });
  return names.length > 0 ? names : [...fallback];
}

/** A producer's config; missing fields take their defaults. */
export function readProducerConfig(value: unknown, path: string, report: Report): ProducerConfig {
  const d = PRODUCER_DEFAULTS;
  const obj = configObject(value, path, report, [...SOURCE_KEYS, 'eventTypes', 'onFull', 'maxPending', 'schema', ...PRODUCER_CLUSTER_KEYS]) ?? {};
  return {
    ...readSource(obj, path, report, d),
    eventTypes: readEventTypes(own(obj, 'eventTypes'), fieldPath(path, 'eventTypes'), report, d.eventTypes),
    onFull: readChoice(obj, 'onFull', path, report, ['block', 'drop'], d.onFull),
    maxPending: readNumber(obj, 'maxPending', path, report, QUEUE, d.maxPending),
    ...present({ schema: readSchema(own(obj, 'schema'), fieldPath(path, 'schema'), report) }),
    ...readProducerCluster(obj, path, report),
  };
}

/** A client's config; missing fields take their defaults. */
export function readClientConfig(value: unknown, path: string, report: Report): ClientConfig {
  const obj = configObject(value, path, report, SOURCE_KEYS) ?? {};
  return readSource(obj, path, report, CLIENT_DEFAULTS);
}

/** A topic's config; missing fields take their defaults. */
export function readTopicConfig(value: unknown, path: string, report: Report): TopicConfig {
  const d = TOPIC_DEFAULTS;
  const obj = configObject(value, path, report, ['partitions', 'partitioner', 'retention', 'capacity', 'onFull', 'compatibility', 'registry', ...TOPIC_CLUSTER_KEYS]) ?? {};
  return {
    partitions: readNumber(obj, 'partitions', path, report, PARTITIONS, d.partitions),
    partitioner: readChoice(obj, 'partitioner', path, report, ['key', 'round-robin'], d.partitioner),
    retention: readNullableNumber(obj, 'retention', path, report, POSITIVE_MS, d.retention),
    capacity: readNullableNumber(obj, 'capacity', path, report, CAPACITY, d.capacity),
    onFull: readChoice(obj, 'onFull', path, report, ['block', 'drop-newest', 'drop-oldest'], d.onFull),
    ...present({
      compatibility: own(obj, 'compatibility') === undefined ? undefined : readChoice(obj, 'compatibility', path, report, COMPATIBILITIES, 'none'),
      registry: own(obj, 'registry') === undefined ? undefined : readBoolean(obj, 'registry', path, report, false),
    }),
    ...readTopicCluster(obj, path, report),
  };
}

function readRetry(value: unknown, path: string, report: Report, fallback: RetryConfig): RetryConfig {
  const obj = configObject(value, path, report, ['maxAttempts', 'backoff', 'mode']);
  if (!obj) return { ...fallback };
  return {
    maxAttempts: readNumber(obj, 'maxAttempts', path, report, ATTEMPTS, fallback.maxAttempts),
    backoff: readNumber(obj, 'backoff', path, report, MS, fallback.backoff),
    mode: readChoice(obj, 'mode', path, report, ['blocking', 'requeue'], fallback.mode),
  };
}

function readPublishes(obj: Raw, path: string, report: Report, label: string): string {
  const value = own(obj, 'publishes');
  if (value === undefined || value === '') return defaultPublishes(label);
  const problem = typeof value === 'string' ? eventTypeProblem(value) : `must be an event type name, not ${describeValue(value)}`;
  if (!problem) return value as string;
  report.error(fieldPath(path, 'publishes'), problem);
  return defaultPublishes(label);
}

const WORKER_KEYS = ['instances', 'concurrency', 'processing'];

/** A service's config; missing fields take their defaults, `publishes` follows the label. */
export function readServiceConfig(value: unknown, path: string, report: Report, label: string): ServiceConfig {
  const d = SERVICE_DEFAULTS;
  const known = [...WORKER_KEYS, 'failureRate', 'retry', 'ordering', 'idempotent', 'queueLimit', 'publishes', 'database', 'reads', 'upcast', ...SERVICE_GROUP_KEYS];
  const obj = configObject(value, path, report, known) ?? {};
  return {
    instances: readNumber(obj, 'instances', path, report, INSTANCES, d.instances),
    concurrency: readNumber(obj, 'concurrency', path, report, CONCURRENCY, d.concurrency),
    processing: readDistribution(own(obj, 'processing'), fieldPath(path, 'processing'), report, d.processing),
    failureRate: readNumber(obj, 'failureRate', path, report, PROBABILITY, d.failureRate),
    retry: readRetry(own(obj, 'retry'), fieldPath(path, 'retry'), report, d.retry),
    ordering: readChoice(obj, 'ordering', path, report, ['partition', 'key', 'none'], d.ordering),
    idempotent: readBoolean(obj, 'idempotent', path, report, d.idempotent),
    queueLimit: readNullableNumber(obj, 'queueLimit', path, report, QUEUE, d.queueLimit),
    publishes: readPublishes(obj, path, report, label),
    ...present({
      database: readDatabase(own(obj, 'database'), fieldPath(path, 'database'), report),
      reads: readReads(own(obj, 'reads'), fieldPath(path, 'reads'), report),
      upcast: own(obj, 'upcast') === undefined ? undefined : readBoolean(obj, 'upcast', path, report, false),
    }),
    ...readServiceGroup(obj, path, report),
  };
}

/** An orchestrator's config; missing fields take their defaults. */
export function readOrchestratorConfig(value: unknown, path: string, report: Report): OrchestratorConfig {
  const d = ORCHESTRATOR_DEFAULTS;
  const obj = configObject(value, path, report, WORKER_KEYS) ?? {};
  return {
    instances: readNumber(obj, 'instances', path, report, INSTANCES, d.instances),
    concurrency: readNumber(obj, 'concurrency', path, report, CONCURRENCY, d.concurrency),
    processing: readDistribution(own(obj, 'processing'), fieldPath(path, 'processing'), report, d.processing),
  };
}

/** A broker's config: it has no fields yet, so anything in it is ignored with a warning. */
export function readBrokerConfig(value: unknown, path: string, report: Report): BrokerConfig {
  configObject(value, path, report, []);
  return {};
}
