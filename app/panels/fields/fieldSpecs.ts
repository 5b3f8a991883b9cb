// Every config field of DESIGN §2, per node and edge kind, as the inspector shows it: label, unit,
// what "none" is called for fields that may be none, and when the field matters at all.
import type { EdgeKind, NodeKind } from '../../../src/model/types';
import { PRODUCER_SCHEMA_GROUP, SERVICE_DATA_GROUPS, TOPIC_REGISTRY_GROUP } from './schemaFieldSpecs';

interface Common {
  /** Dot path inside the config: `rate`, `burst.on`, `retry.mode`. */
  key: string;
  label: string;
  hint?: string;
  /** Show the field only when the config is such (burst settings for burst arrivals). */
  when?: (config: unknown) => boolean;
}

export type FieldSpec = Common &
  (
    | {
        type: 'number';
        unit?: string;
        /** Shown as a percentage of 1 (failure rate 0.05 as 5 %). */
        percent?: boolean;
        /** The field may be null; this is what null is called ("none", "keep all"). */
        none?: string;
        step?: number;
      }
    | { type: 'choice'; options: readonly string[] }
    | { type: 'toggle' }
    | { type: 'text' }
    | { type: 'list' }
    | { type: 'distribution' }
    | { type: 'presence'; fill: unknown }
    | { type: 'versions' }
    | { type: 'pipeline' }
  );

export interface FieldGroup {
  title: string;
  fields: FieldSpec[];
}

function arrivalIsBurst(config: unknown): boolean {
  return typeof config === 'object' && config !== null && 'arrival' in config && config.arrival === 'burst';
}

function rebalancePauses(config: unknown): boolean {
  return typeof config === 'object' && config !== null && 'rebalance' in config && (config.rebalance === 'eager' || config.rebalance === 'cooperative');
}

function commitsEach(config: unknown): boolean {
  return typeof config === 'object' && config !== null && 'commit' in config && config.commit === 'after-processing';
}

const SOURCE: FieldGroup = {
  title: 'Arrivals',
  fields: [
    { key: 'rate', label: 'Rate', type: 'number', unit: '/s', hint: 'arrivals per simulated second' },
    { key: 'arrival', label: 'Arrival', type: 'choice', options: ['constant', 'poisson', 'burst'] },
    { key: 'burst.rate', label: 'Burst rate', type: 'number', unit: '/s', when: arrivalIsBurst },
    { key: 'burst.on', label: 'Burst lasts', type: 'number', unit: 'ms', when: arrivalIsBurst },
    { key: 'burst.off', label: 'Calm between', type: 'number', unit: 'ms', when: arrivalIsBurst, hint: 'at the base rate' },
  ],
};

const KEYS: FieldGroup = {
  title: 'Keys',
  fields: [
    { key: 'keys', label: 'Distinct keys', type: 'number', step: 1 },
    { key: 'keySkew', label: 'Key skew', type: 'number', step: 0.1, hint: 'zipf exponent; 0 = every key equally often' },
  ],
};

const WORKERS: FieldGroup = {
  title: 'Workers',
  fields: [
    { key: 'instances', label: 'Instances', type: 'number', step: 1 },
    { key: 'concurrency', label: 'Workers per instance', type: 'number', step: 1 },
    { key: 'processing', label: 'Processing time', type: 'distribution' },
  ],
};

const PROCESSOR_FIELDS: FieldGroup[] = [
  { title: 'Pipeline', fields: [{ key: 'operators', label: 'Operators', type: 'pipeline' }] },
  {
    title: 'Event time',
    fields: [
      { key: 'allowedLatenessMs', label: 'Allowed lateness', type: 'number', unit: 'ms', hint: 'the watermark trails the newest event time by this' },
      { key: 'graceMs', label: 'Grace', type: 'number', unit: 'ms', hint: 'a window closes when the watermark passes its end + grace' },
      { key: 'emit', label: 'Emit', type: 'choice', options: ['on-close', 'on-update'] },
      { key: 'late', label: 'Late events', type: 'choice', options: ['drop', 'side-output'] },
      { key: 'lateTopic', label: 'Side-output topic', type: 'text', hint: 'id of a topic it publishes to' },
      { key: 'publishes', label: 'Publishes', type: 'text', hint: 'event type of its results' },
    ],
  },
  WORKERS,
];

export const NODE_FIELDS: Record<NodeKind, FieldGroup[]> = {
  producer: [
    SOURCE,
    {
      ...KEYS,
      fields: [
        ...KEYS.fields,
        { key: 'eventTypes', label: 'Event types', type: 'list', hint: 'each key goes through them in order' },
      ],
    },
    {
      title: 'When a topic is full',
      fields: [
        { key: 'onFull', label: 'Producer', type: 'choice', options: ['block', 'drop'] },
        { key: 'maxPending', label: 'Max pending', type: 'number', unit: 'events', step: 1, hint: 'held while blocked, then dropped' },
      ],
    },
    PRODUCER_SCHEMA_GROUP,
    {
      title: 'Brokers',
      fields: [
        { key: 'acks', label: 'Acks', type: 'choice', options: ['0', '1', 'all'], hint: 'copies that must hold an event before it counts as written' },
        { key: 'idempotent', label: 'Idempotent', type: 'toggle', hint: 'resends after a lost acknowledgement never duplicate' },
      ],
    },
  ],
  client: [SOURCE, KEYS],
  topic: [
    {
      title: 'Log',
      fields: [
        { key: 'partitions', label: 'Partitions', type: 'number', step: 1 },
        { key: 'partitioner', label: 'Partitioner', type: 'choice', options: ['key', 'round-robin'] },
        { key: 'retention', label: 'Retention', type: 'number', unit: 'ms', none: 'keep all' },
      ],
    },
    {
      title: 'Capacity',
      fields: [
        { key: 'capacity', label: 'Capacity', type: 'number', unit: 'events', step: 1, none: 'unbounded', hint: 'unconsumed events per group' },
        { key: 'onFull', label: 'When full', type: 'choice', options: ['block', 'drop-newest', 'drop-oldest'] },
      ],
    },
    TOPIC_REGISTRY_GROUP,
    {
      title: 'Replication',
      fields: [
        { key: 'replicationFactor', label: 'Replication factor', type: 'number', step: 1, hint: 'copies of each partition, on different brokers' },
        { key: 'minInSync', label: 'Min in sync', type: 'number', step: 1, hint: 'copies an acks=all write needs' },
        { key: 'electionMs', label: 'Election delay', type: 'number', unit: 'ms', hint: 'until a dead leader is replaced' },
        { key: 'fetchDelayMs', label: 'Follower fetch delay', type: 'number', unit: 'ms' },
        { key: 'replicaLagMs', label: 'Replica lag limit', type: 'number', unit: 'ms', hint: 'a follower this far behind leaves the in-sync set' },
        { key: 'uncleanElection', label: 'Unclean election', type: 'toggle', hint: 'a stale copy may lead: acknowledged events can be lost' },
      ],
    },
  ],
  service: [
    WORKERS,
    {
      title: 'Failures',
      fields: [
        { key: 'failureRate', label: 'Failure rate', type: 'number', unit: '%', percent: true },
        { key: 'retry.maxAttempts', label: 'Max attempts', type: 'number', step: 1, hint: 'per event, first try included' },
        { key: 'retry.backoff', label: 'Retry backoff', type: 'number', unit: 'ms' },
        { key: 'retry.mode', label: 'Retry mode', type: 'choice', options: ['blocking', 'requeue'] },
        { key: 'idempotent', label: 'Idempotent', type: 'toggle', hint: 'skips events it already applied' },
      ],
    },
    {
      title: 'Consuming and serving',
      fields: [
        { key: 'ordering', label: 'Ordering', type: 'choice', options: ['partition', 'key', 'none'] },
        { key: 'queueLimit', label: 'Queue limit', type: 'number', unit: 'requests', step: 1, none: 'no limit' },
        { key: 'publishes', label: 'Publishes', type: 'text', hint: 'event type sent to its topics' },
      ],
    },
    ...SERVICE_DATA_GROUPS,
    {
      title: 'Consumer group',
      fields: [
        { key: 'rebalance', label: 'Rebalancing', type: 'choice', options: ['instant', 'eager', 'cooperative'] },
        { key: 'rebalanceMs', label: 'Rebalance pause', type: 'number', unit: 'ms', when: (config) => rebalancePauses(config) },
        { key: 'commit', label: 'Offset commit', type: 'choice', options: ['auto', 'after-processing'] },
        { key: 'commitIntervalMs', label: 'Commit interval', type: 'number', unit: 'ms', when: (config) => !commitsEach(config) },
        { key: 'transactional', label: 'Transactional', type: 'toggle', hint: 'offset and published events commit together: exactly once downstream' },
      ],
    },
  ],
  orchestrator: [WORKERS],
  broker: [],
  processor: PROCESSOR_FIELDS,
};

export const EDGE_FIELDS: Record<EdgeKind, FieldGroup[]> = {
  publish: [{ title: 'Publish', fields: [{ key: 'latency', label: 'Broker latency', type: 'distribution' }] }],
  subscribe: [
    { title: 'Subscribe', fields: [{ key: 'startFrom', label: 'Start from', type: 'choice', options: ['earliest', 'latest'] }] },
  ],
  call: [
    {
      title: 'Call',
      fields: [
        { key: 'timeout', label: 'Timeout', type: 'number', unit: 'ms', none: 'none' },
        { key: 'retries', label: 'Retries', type: 'number', step: 1 },
        { key: 'backoff', label: 'Backoff', type: 'number', unit: 'ms' },
        { key: 'order', label: 'Step order', type: 'number', step: 1, none: 'edge order', hint: 'among the caller’s calls' },
      ],
    },
  ],
  deadletter: [],
};

/** The value at a dot path of a config object. */
export function valueAt(config: unknown, key: string): unknown {
  let value: unknown = config;
  for (const part of key.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A copy of `config` with the value at a dot path replaced (the objects along the path copied). */
export function withValueAt<T>(config: T, key: string, value: unknown): T {
  const [head, ...rest] = key.split('.');
  const base = config as Record<string, unknown>;
  const next = rest.length === 0 ? value : withValueAt(base[head], rest.join('.'), value);
  return { ...base, [head]: next } as T;
}
