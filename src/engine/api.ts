// The engine as its callers see it: the CLI, the benchmarks, the tests and the Web Worker.
// `createSimulation(doc, { seed })` in ./simulation.ts returns a `Simulation`.
import type { FaultAction, TopologyDocument } from '../model/types';
import type { ProcessorTable } from './streams/processorTable';

export type { ProcessorTable, StreamRow, JoinSeen } from './streams/processorTable';

/** Summary of a latency histogram, in ms of simulated time. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface ProducerMetrics {
  kind: 'producer';
  produced: number;
  dropped: number;
  /** Events produced while the producer was blocked by a full topic. */
  blocked: number;
  /** Events it holds right now because a topic is full. */
  pending: number;
  /** With a schema only: the version it writes, deploys the registry refused, the last refusal. */
  schemaVersion?: number;
  deploysRefused?: number;
  schemaError?: string;
  // With brokers only (a document without them reports exactly the fields above):
  /** Events acknowledged to it (acks 0 and 1 at the leader, all at the high watermark). */
  acknowledged?: number;
  /** Acknowledged events the cluster lost in an election. */
  lost?: number;
  /** Events it dropped because a partition had no leader or too few in-sync replicas. */
  refused?: number;
  /** From produce to acknowledgement. */
  produceMs?: LatencySummary;
}

export interface TopicMetrics {
  kind: 'topic';
  appended: number;
  /** Unconsumed events per subscribed group (service id). */
  lag: Record<string, number>;
  /** Events removed by retention before a group consumed them, per group. */
  expired: Record<string, number>;
  /** Events dropped by `capacity` with `drop-newest`/`drop-oldest`, per group. */
  dropped: Record<string, number>;
  /**
   * Events offered to each group: appended while it subscribed, plus replays. Per group,
   * received = processed + dropped + dead-lettered (service) + expired + dropped (topic) + lag.
   */
  received: Record<string, number>;
  /** Events stored per partition (for the partition bars). */
  partitionSizes: number[];
  // With brokers only:
  /** Per partition, the id of its leader broker, or null while it has none. */
  leaders?: (string | null)[];
  /** Per partition, how many replicas are in sync. */
  inSync?: number[];
  replicationFactor?: number;
  /** Leader elections over its partitions. */
  elections?: number;
  /** Acknowledged events lost in elections. */
  lost?: number;
  /** Of `lost`, those never committed (so never in the topic's log); the rest were truncated from it. */
  lostUncommitted?: number;
  /** Time its partitions spent without a reachable leader, summed over partitions, ms. */
  offlineMs?: number;
  /** Events held by partition leaders above the high watermark (not yet committed). */
  uncommitted?: number;
  /** Events waiting at partitions for a leader or enough in-sync replicas. */
  waiting?: number;
  /** Events appended twice: resent by a producer that is not idempotent after the leader died before its acknowledgement arrived. */
  duplicated?: number;
  /** Committed events each group lost to an unclean election before reading them. */
  lostFor?: Record<string, number>;
  // With `cleanup: compact` only:
  /** Log size without and with compaction: events stored, and the newest per key among them. */
  compaction?: { stored: number; kept: number; removed: number };
  /** Events compaction removed before each group read them. */
  compactedFor?: Record<string, number>;
}

/** A broker of the cluster. */
export interface BrokerMetrics {
  kind: 'broker';
  up: boolean;
  isolated: boolean;
  /** Partitions it leads and follows, as "topic/partition". */
  leads: string[];
  follows: string[];
  /** Partitions it leads whose in-sync set is smaller than their replication factor. */
  underReplicated: number;
  /** Events appended to partitions while it led them. */
  appended: number;
  /** Elections in the cluster (the same figure on every broker). */
  elections: number;
}

export interface ServiceMetrics {
  kind: 'service';
  /** Events and requests finished successfully (each once). */
  processed: number;
  /** Requests it was called with (attempts of its callers), refused ones included. */
  requests: number;
  /** The requests among `processed` (the rest are events). */
  requestsProcessed: number;
  attempts: number;
  failed: number;
  retried: number;
  deadLettered: number;
  dropped: number;
  /** Requests refused: beyond `queueLimit`, or with no instance up. */
  rejected: number;
  /** Attempts of its own calls that it gave up waiting for. */
  timedOut: number;
  duplicates: number;
  orderViolations: number;
  staleKeys: number;
  /** Requests it finished after their caller had given up on them (timed out, or gone). */
  wasted: number;
  utilization: number;
  busy: number;
  workers: number;
  liveInstances: number;
  /** Events and requests waiting for a worker. */
  waiting: number;
  latencyMs: LatencySummary;
  waitMs: LatencySummary;
  /** Time from produce at the source to apply here: the consistency window. */
  consistencyMs: LatencySummary;
  /** With a database only: its rows and what reached the log. */
  database?: DatabaseMetrics;
  /** With `reads` only: attempts that failed on an event version it cannot read. */
  unreadable?: number;
  // With a rebalancing protocol or commit policy chosen (`rebalance`, `commit`, `commitIntervalMs`):
  /** Rebalances that paused partitions. */
  rebalances?: number;
  /** Time the group spent paused in rebalances, ms. */
  rebalancePausedMs?: number;
  /** Partitions × the time they were paused, ms (eager pauses all, cooperative only those that move). */
  partitionPausedMs?: number;
}

export interface OrchestratorMetrics extends Omit<ServiceMetrics, 'kind'> {
  kind: 'orchestrator';
  started: number;
  completed: number;
  compensated: number;
  /** Workflows that failed for good (after their compensations ran). */
  workflowsFailed: number;
  workflowMs: LatencySummary;
}

export interface ClientMetrics {
  kind: 'client';
  requests: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  attempts: number;
  open: number;
  latencyMs: LatencySummary;
}

/**
 * Latency of the recent past (the last one to two windows of simulated time, see
 * `Simulation.trackRecent`) of a service, an orchestrator (all three) or a client (latency only).
 */
export interface RecentMetrics {
  latencyMs: LatencySummary;
  waitMs?: LatencySummary;
  consistencyMs?: LatencySummary;
}

/** A processor: its workers as a service's, and what its stream application did (docs/engine.md). */
export interface ProcessorMetrics {
  kind: 'processor';
  /** Events its workers finished and handed to the pipeline. */
  in: number;
  /** Events it sent to its output topics (results, or events that passed the pipeline). */
  out: number;
  /** Records behind the watermark for their window: dropped, or sent to the side output. */
  late: number;
  /** Of `late`, those sent to the side output. */
  lateSent: number;
  filtered: number;
  /** Events of a stream–table join's table topic, applied to the table. */
  tableUpdates: number;
  /** Records that reached the end of the pipeline, an aggregate or a join buffer. */
  accepted: number;
  /** Events re-keyed by a map (each passes the repartition step). */
  repartitioned: number;
  /** Results of a stream–stream join. */
  joinResults: number;
  openWindows: number;
  /** Keys held in open windows, sessions, the table or the tally. */
  stateRows: number;
  /** Highest event time seen minus allowedLatenessMs; null before the first event. */
  watermark: number | null;
  /** Simulated time now minus the watermark: how far behind the present the processor's windows close. */
  watermarkLagMs: number | null;
  /**
   * For a windowed aggregate: the total of every closed window's final value (the engine's result)
   * and what a perfect processor, waiting for every event, would have said (engine + late); and the
   * mean time from a window's end to its close (simulated), what waiting costs; null otherwise.
   */
  windowed: { fn: 'count' | 'sum'; closedWindows: number; engine: number; truth: number; resultDelayMs: number } | null;
  /** For a stream–table join: rows of the table, joins that found a row, joins that did not, updates that came too late. */
  join: { rows: number; matched: number; unmatched: number; lateUpdates: number } | null;
  /** The open tumbling or hopping windows, oldest first (at most 6): bounds, when each closes, and its total. */
  windows: { start: number; end: number; closesAt: number; total: number; keys: number }[];
  graceMs: number;
  liveInstances: number;
  workers: number;
  utilization: number;
  waiting: number;
  latencyMs: LatencySummary;
}

export type NodeMetrics = ProducerMetrics | TopicMetrics | ServiceMetrics | OrchestratorMetrics | ClientMetrics | BrokerMetrics | ProcessorMetrics;

/** What travels on one call edge: requests its callee holds now, attempts its caller abandoned. */
export interface CallEdgeMetrics {
  held: number;
  timedOut: number;
}

export interface MetricsSnapshot {
  /** Simulated time of the snapshot, ms. */
  now: number;
  /** Engine events processed so far. */
  engineEvents: number;
  nodes: Record<string, NodeMetrics>;
  /** Per call edge id, for the figures on call edges. */
  calls: Record<string, CallEdgeMetrics>;
}

/** Flags of a message in flight, a bit field. */
export const MessageFlag = {
  retry: 1,
  duplicate: 2,
  outOfOrder: 4,
  deadLetter: 8,
  failed: 16,
  timedOut: 32,
  response: 64,
  /** Behind a processor's watermark: dropped there, or on its way to a side output. */
  late: 128,
} as const;

/** One message travelling along an edge, for the animation. */
export interface InFlightMessage {
  edgeIndex: number;
  sendTime: number;
  arriveTime: number;
  /** Index into the document's event types (see `Simulation.eventTypes`). */
  typeIndex: number;
  flags: number;
  messageId: number;
  key: number;
}

/** One step of a traced event's journey. */
export interface JourneyStep {
  at: number;
  node: string;
  what: string;
  detail?: string;
}

export interface Journey {
  messageId: number;
  key: number;
  seq: number;
  type: string;
  steps: JourneyStep[];
}

/** A recorded ordering violation: `key` applied `seq` after `previous` at `node`. */
export interface OrderViolation {
  at: number;
  node: string;
  key: number;
  seq: number;
  previous: number;
}

export interface Simulation {
  /** Current simulated time, ms. */
  readonly now: number;
  /** Process every engine event with time <= `t`, then set the clock to `t`. */
  runUntil(t: number): void;
  /** Process the next engine event; false when there is none. */
  step(): boolean;
  /** Apply a fault to a node at the current time; `duration` undoes it later. */
  applyFault(node: string, action: FaultAction, duration?: number | null): void;
  /** Apply a changed topology at the current time, keeping the state of unchanged parts. */
  edit(doc: TopologyDocument): void;
  /** Cumulative metrics since the start (or since `resetMetrics`). */
  snapshot(): MetricsSnapshot;
  /** Forget samples so far (the CLI's --warmup). */
  resetMetrics(): void;
  /**
   * Also keep latency samples of the last `windowMs` to 2 × `windowMs` of simulated time (default
   * 1000) for `recent`; off by default, as it costs a little per sample.
   */
  trackRecent(windowMs?: number): void;
  /** Recent latency summaries of services, orchestrators and clients ({} until `trackRecent`). */
  recent(): Record<string, RecentMetrics>;
  /** Messages in flight on edges right now; `visit` is called for each. */
  forEachInFlight(visit: (message: InFlightMessage) => void): number;
  /** How many messages are in flight right now (what `forEachInFlight` would visit). */
  inFlightCount(): number;
  /** Event type names, indexed by `InFlightMessage.typeIndex`. */
  readonly eventTypes: readonly string[];
  /** Start recording journeys of messages with this key (bounded); returns those recorded so far. */
  trace(key: number): Journey[];
  /** Stops recording journeys of `key`, or of every key when null (recorded ones are kept). */
  untrace(key: number | null): void;
  /**
   * The journey of one message. When its key was not traced, the journey starts with where the
   * message is now (on an edge, at a service, in a topic) and its key is traced from then on.
   */
  journeyOf(messageId: number): Journey | null;
  /** Ordering violations since the last call (bounded). */
  takeOrderViolations(): OrderViolation[];
  /** Projection against truth for a service: per key, applied and newest produced sequence. */
  projection(node: string, keys: number[]): { key: number; applied: number; truth: number }[];
  /** A processor's current rows (its table view), or null when `node` is not a processor. */
  processorTable(node: string): ProcessorTable | null;
}

/** A service's database: rows committed, and how many of them reached its topics. */
export interface DatabaseMetrics {
  publish: 'direct' | 'outbox' | 'cdc';
  /** Rows committed (one per event or request it handled). */
  committed: number;
  /** Committed rows published at least once. */
  published: number;
  /** Committed rows whose event can never be published (a crash emptied the send buffer). */
  lost: number;
  /** Events published for a change that was rolled back (`direct` with `order: publish-first` only). */
  phantoms: number;
  /** Extra publishes of a row already published (the relay crashed before marking it sent). */
  duplicates: number;
  /** Rows committed but not in the log: committed − published (waiting, or lost). */
  unpublished: number;
  /** Rows waiting now: in send buffers, the outbox, or the database log. */
  waiting: number;
  /** Age of the oldest waiting row, ms (0: none). */
  oldestWaitingMs: number;
  /** Row writes a crash rolled back (their events are delivered again). */
  rolledBack: number;
  /** Outbox relay: `running` on an instance, `down` with no live instance; null for the other paths. */
  relay: 'running' | 'down' | null;
  /** The key of the newest lost event (-1: none), to look it up in the trace. */
  lastLostKey: number;
}
