// The topology document, format `eventscape/1`, as the rest of Eventscape sees it after `restore`:
// every field present and valid. Times are milliseconds of simulated time; rates are per simulated
// second. "None" is `null` (no retention, no capacity, no timeout...), never a missing field.
import type { ProcessorConfig } from './streamTypes';

export type { ProcessorConfig } from './streamTypes';

export const FORMAT = 'eventscape/1' as const;

export const NODE_KINDS = ['producer', 'client', 'topic', 'service', 'orchestrator', 'processor'] as const;
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
}

export type ClientConfig = SourceConfig;

export interface TopicConfig {
  partitions: number;
  partitioner: 'key' | 'round-robin';
  retention: number | null;
  capacity: number | null;
  onFull: 'block' | 'drop-newest' | 'drop-oldest';
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
}

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
export type ProcessorNode = NodeOf<'processor', ProcessorConfig>;
export type TopologyNode = ProducerNode | ClientNode | TopicNode | ServiceNode | OrchestratorNode | ProcessorNode;

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
  | { type: 'replay'; to: 'earliest' | number };

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
