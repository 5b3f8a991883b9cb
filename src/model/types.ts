// The topology document, format `eventscape/1`, as the rest of Eventscape sees it after `restore`:
// every field present and valid. Times are milliseconds of simulated time; rates are per simulated
// second. "None" is `null` (no retention, no capacity, no timeout...), never a missing field,
// except for the optional fields of databases and schemas, absent from documents without them.
import type { ProcessorConfig } from './streamTypes';

export type { ProcessorConfig } from './streamTypes';

export const FORMAT = 'eventscape/1' as const;

export const NODE_KINDS = ['producer', 'client', 'topic', 'service', 'orchestrator', 'broker', 'processor'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['publish', 'subscribe', 'call', 'deadletter'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const DIST_KINDS = ['constant', 'exponential', 'uniform', 'lognormal'] as const;
export type DistKind = (typeof DIST_KINDS)[number];

/**
 * A duration distribution in ms. After `restore`, `min`/`max` are set for uniform and `p99` for
 * lognormal; the others carry only `mean`.
 */
export interface Distribution {
  dist: DistKind;
  mean: number;
  p99?: number;
  min?: number;
  max?: number;
}

export type Arrival = 'constant' | 'poisson' | 'burst';

/** Burst arrivals alternate `on` ms at `rate` per second with `off` ms at the source's base rate. */
export interface Burst {
  on: number;
  off: number;
  rate: number;
}

export interface SourceConfig {
  rate: number;
  arrival: Arrival;
  burst: Burst;
  keys: number;
  keySkew: number;
}

export interface ProducerConfig extends SourceConfig {
  eventTypes: string[];
  onFull: 'block' | 'drop';
  maxPending: number;
  /** The schema of its events, versioned; absent: unversioned events (as before schemas). */
  schema?: SchemaConfig;
  // Cluster fields (docs/format.md, "Brokers"): present only when the document sets them, so a
  // document without them reads back exactly as before.
  /** Acknowledgement the producer waits for from a broker cluster [all]. */
  acks?: Acks;
  /** Its retries are recognised by the brokers: a resend after a lost acknowledgement never duplicates [false]. */
  idempotent?: boolean;
}

/** How many replicas must hold an event before its producer counts it as written. */
export type Acks = 0 | 1 | 'all';

export type ClientConfig = SourceConfig;

export interface TopicConfig {
  partitions: number;
  partitioner: 'key' | 'round-robin';
  retention: number | null;
  capacity: number | null;
  onFull: 'block' | 'drop-newest' | 'drop-oldest';
  /** What a new schema version must keep to be accepted on this topic. */
  compatibility?: Compatibility;
  /** Whether a schema registry checks `compatibility` when a producer publishes a new version. */
  registry?: boolean;
  // Cluster fields (docs/format.md, "Brokers"): present only when set.
  /** Brokers holding a copy of each partition [1]. */
  replicationFactor?: number;
  /** In-sync replicas an `acks: all` append needs [1]. */
  minInSync?: number;
  /** delete: retention only; compact: keeps the newest event per key [delete]. */
  cleanup?: 'delete' | 'compact';
  /** Time from a leader's crash to its partitions' new leader, ms [1000]. */
  electionMs?: number;
  /** Time a follower takes to copy an event from its leader, ms [5]. */
  fetchDelayMs?: number;
  /** A follower this far behind its leader leaves the in-sync replicas, ms [1000]. */
  replicaLagMs?: number;
  /** Lets a replica outside the in-sync set become leader, losing what it lacks [false]. */
  uncleanElection?: boolean;
}

export interface RetryConfig {
  maxAttempts: number;
  backoff: number;
  mode: 'blocking' | 'requeue';
}

export interface ServiceConfig {
  instances: number;
  concurrency: number;
  processing: Distribution;
  failureRate: number;
  retry: RetryConfig;
  ordering: 'partition' | 'key' | 'none';
  idempotent: boolean;
  queueLimit: number | null;
  publishes: string;
  // The fields below are absent from documents that do not use them, so those read, write and
  // run exactly as before they existed.
  /** The service's own database, and how it publishes what it wrote; absent: no database. */
  database?: DatabaseConfig;
  /** The schema versions it reads; absent: every version (it does not look at versions). */
  reads?: number[];
  /** Whether it upcasts events older than the versions it reads to the oldest of them. */
  upcast?: boolean;
  // Consumer-group fields (docs/format.md, "Consumer groups"): present only when set.
  /** instant: partitions move at once [the default]; eager: every member gives up every partition for `rebalanceMs`; cooperative: only moved ones pause. */
  rebalance?: 'instant' | 'eager' | 'cooperative';
  /** How long a rebalance pauses the partitions it moves, ms [0 without `rebalance`, else 300]. */
  rebalanceMs?: number;
  /** auto: offsets commit every `commitIntervalMs`; after-processing: after each event [auto]. */
  commit?: 'auto' | 'after-processing';
  /** Interval of automatic commits, ms [1000]. */
  commitIntervalMs?: number;
  /** Consume, process and publish as one transaction: its offset commits with what it publishes [false]. */
  transactional?: boolean;
}

/** A broker: one server of the document's cluster. Every broker of a document is in it. */
export type BrokerConfig = Record<string, never>;

export interface OrchestratorConfig {
  instances: number;
  concurrency: number;
  processing: Distribution;
}

export interface Position {
  x: number;
  y: number;
}

interface NodeOf<K extends NodeKind, C> {
  id: string;
  kind: K;
  label: string;
  position: Position;
  config: C;
}

export type ProducerNode = NodeOf<'producer', ProducerConfig>;
export type ClientNode = NodeOf<'client', ClientConfig>;
export type TopicNode = NodeOf<'topic', TopicConfig>;
export type ServiceNode = NodeOf<'service', ServiceConfig>;
export type OrchestratorNode = NodeOf<'orchestrator', OrchestratorConfig>;
export type BrokerNode = NodeOf<'broker', BrokerConfig>;
export type ProcessorNode = NodeOf<'processor', ProcessorConfig>;
export type TopologyNode = ProducerNode | ClientNode | TopicNode | ServiceNode | OrchestratorNode | BrokerNode | ProcessorNode;

/** The config type of a node kind. */
export type ConfigOf<K extends NodeKind> = NodeConfigs[K];

export interface PublishConfig {
  latency: Distribution;
}
export interface SubscribeConfig {
  startFrom: 'earliest' | 'latest';
}
export interface CallConfig {
  timeout: number | null;
  retries: number;
  backoff: number;
  /** Step order among the caller's calls; null keeps the order of the edges in the document. */
  order: number | null;
}
export type DeadLetterConfig = Record<string, never>;

interface EdgeOf<K extends EdgeKind, C> {
  id: string;
  kind: K;
  source: string;
  target: string;
  config: C;
}

export type PublishEdge = EdgeOf<'publish', PublishConfig>;
export type SubscribeEdge = EdgeOf<'subscribe', SubscribeConfig>;
export type CallEdge = EdgeOf<'call', CallConfig>;
export type DeadLetterEdge = EdgeOf<'deadletter', DeadLetterConfig>;
export type TopologyEdge = PublishEdge | SubscribeEdge | CallEdge | DeadLetterEdge;

/** The config type of each edge kind. */
export interface EdgeConfigs {
  publish: PublishConfig;
  subscribe: SubscribeConfig;
  call: CallConfig;
  deadletter: DeadLetterConfig;
}

/** The config type of each node kind. */
export interface NodeConfigs {
  producer: ProducerConfig;
  client: ClientConfig;
  topic: TopicConfig;
  service: ServiceConfig;
  orchestrator: OrchestratorConfig;
  broker: BrokerConfig;
  processor: ProcessorConfig;
}

export const FAULT_TYPES = [
  'slow',
  'fail',
  'crash',
  'recover',
  'rate',
  'add-instance',
  'remove-instance',
  'replay',
  'deploy',
  'partition',
] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

/** What a fault does, without when: the shape the UI sends for a live fault. */
export type FaultAction =
  | { type: 'slow'; factor: number }
  | { type: 'fail'; rate: number }
  | { type: 'crash' }
  | { type: 'recover' }
  | { type: 'rate'; rate: number }
  | { type: 'add-instance' }
  | { type: 'remove-instance' }
  | { type: 'replay'; to: 'earliest' | number }
  | { type: 'deploy'; version: number }
  /** A network partition: the broker is cut off from the others and from clients. */
  | { type: 'partition' };

/** A scripted fault: at `at` ms, on `node`; with `duration` it is undone that many ms later. */
export type Fault = FaultAction & { at: number; node: string; duration: number | null };

export interface TopologyDocument {
  format: typeof FORMAT;
  name: string;
  seed: number;
  nodes: TopologyNode[];
  edges: TopologyEdge[];
  faults: Fault[];
}

/** How a service with a database gets what it wrote onto its topics. */
export const PUBLISH_MODES = ['direct', 'outbox', 'cdc'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

/**
 * A service's database: one row per event key. `direct` commits, then sends after `lingerMs` in
 * the instance's send buffer; `outbox` commits an outbox entry with the row, a relay publishes it
 * every `pollMs`; `cdc` tails the database log `tailMs` behind.
 */
export interface DatabaseConfig {
  write: Distribution;
  publish: PublishMode;
  lingerMs: number;
  pollMs: number;
  tailMs: number;
  /** `direct` only: `commit-first` commits, then sends; `publish-first` sends, then commits. */
  order: 'commit-first' | 'publish-first';
}

/** What a schema version changed, relative to the version before it. */
export const SCHEMA_CHANGES = ['add-optional-field', 'add-field', 'remove-field', 'rename-field'] as const;
export type SchemaChange = (typeof SCHEMA_CHANGES)[number];

/** A producer's schema: version `n + 2` made `changes[n]`; `version` is the one it writes now. */
export interface SchemaConfig {
  version: number;
  changes: SchemaChange[];
}

export const COMPATIBILITIES = ['none', 'backward', 'forward'] as const;
export type Compatibility = (typeof COMPATIBILITIES)[number];
