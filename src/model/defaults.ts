// Every config field of `eventscape/1` has a default; a document with only ids, kinds and edges is
// valid. These are those defaults, in one place for `restore`, the editor and the docs.
import type {
  BrokerConfig,
  CallConfig,
  ClientConfig,
  ConfigOf,
  DeadLetterConfig,
  EdgeKind,
  NodeKind,
  OrchestratorConfig,
  ProducerConfig,
  PublishConfig,
  ServiceConfig,
  SubscribeConfig,
  TopicConfig,
  EdgeConfigs,
  NodeConfigs,
  DatabaseConfig,
} from './types';
import { PROCESSOR_DEFAULTS } from './processorDefaults';

const SOURCE = {
  rate: 10,
  arrival: 'poisson',
  burst: { on: 1000, off: 4000, rate: 100 },
  keys: 100,
  keySkew: 0,
} as const;

export const PRODUCER_DEFAULTS: ProducerConfig = {
  ...SOURCE,
  burst: { ...SOURCE.burst },
  eventTypes: ['Event'],
  onFull: 'block',
  maxPending: 1000,
};

export const CLIENT_DEFAULTS: ClientConfig = { ...SOURCE, burst: { ...SOURCE.burst } };

export const TOPIC_DEFAULTS: TopicConfig = {
  partitions: 1,
  partitioner: 'key',
  retention: null,
  capacity: null,
  onFull: 'block',
};

/** `publishes` defaults to the service's label + "Completed"; see `defaultPublishes`. */
export const SERVICE_DEFAULTS: ServiceConfig = {
  instances: 1,
  concurrency: 1,
  processing: { dist: 'exponential', mean: 10 },
  failureRate: 0,
  retry: { maxAttempts: 3, backoff: 100, mode: 'blocking' },
  ordering: 'partition',
  idempotent: false,
  queueLimit: null,
  publishes: '',
};

export const ORCHESTRATOR_DEFAULTS: OrchestratorConfig = {
  instances: 1,
  concurrency: 1,
  processing: { dist: 'exponential', mean: 10 },
};

export const BROKER_DEFAULTS: BrokerConfig = {};

export const PUBLISH_DEFAULTS: PublishConfig = { latency: { dist: 'constant', mean: 0 } };
export const SUBSCRIBE_DEFAULTS: SubscribeConfig = { startFrom: 'earliest' };
export const CALL_DEFAULTS: CallConfig = { timeout: null, retries: 0, backoff: 100, order: null };
export const DEADLETTER_DEFAULTS: DeadLetterConfig = {};

/** The event type a service publishes when its config leaves `publishes` empty. */
export function defaultPublishes(label: string): string {
  const name = label.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  const camel = name.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return `${camel || 'Service'}Completed`;
}

/** A fresh deep copy of a node kind's default config. */
export function defaultConfig<K extends NodeKind>(kind: K): ConfigOf<K> {
  const byKind: NodeConfigs = {
    producer: PRODUCER_DEFAULTS,
    client: CLIENT_DEFAULTS,
    topic: TOPIC_DEFAULTS,
    service: SERVICE_DEFAULTS,
    orchestrator: ORCHESTRATOR_DEFAULTS,
    broker: BROKER_DEFAULTS,
    processor: PROCESSOR_DEFAULTS,
  };
  return structuredClone(byKind[kind]);
}

/** A fresh deep copy of an edge kind's default config. */
export function defaultEdgeConfig<K extends EdgeKind>(kind: K): EdgeConfigs[K] {
  const byKind: EdgeConfigs = {
    publish: PUBLISH_DEFAULTS,
    subscribe: SUBSCRIBE_DEFAULTS,
    call: CALL_DEFAULTS,
    deadletter: DEADLETTER_DEFAULTS,
  };
  return structuredClone(byKind[kind]);
}

/** The database a service gets when one is added (in the editor, or `database: {}` in a file). */
export const DATABASE_DEFAULTS: DatabaseConfig = {
  write: { dist: 'constant', mean: 5 },
  publish: 'direct',
  lingerMs: 5,
  pollMs: 100,
  tailMs: 50,
  order: 'commit-first',
};
