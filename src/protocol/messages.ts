// Messages between the UI and the engine's Web Worker. The UI sends commands; the worker answers
// with frames (particles, up to 60 a second), metric snapshots (about 5 a second) and replies.
import type { Journey, MetricsSnapshot, OrderViolation, ProcessorTable, RecentMetrics } from '../engine/api';
import type { FaultAction, TopologyDocument } from '../model/types';
import type { ComparedFrame } from './comparedFrame';

/** Commands the UI sends to the worker. */
export type Command =
  | { type: 'load'; document: TopologyDocument; seed: number }
  /** Play; with `until` (simulated ms), pause by itself exactly then (a lesson step). */
  | { type: 'play'; until?: number }
  | { type: 'pause' }
  /** Advance by one engine event (`events: 1`) or by `ms` of simulated time, then stay paused. */
  | { type: 'step'; events?: number; ms?: number }
  /** Simulated ms per wall ms: 0.1 to 100. */
  | { type: 'speed'; speed: number }
  | { type: 'reset'; seed?: number }
  | { type: 'fault'; node: string; action: FaultAction; duration: number | null }
  | { type: 'edit'; document: TopologyDocument }
  /** Record and report the journeys of messages with this key (null stops tracing). */
  | { type: 'trace'; key: number | null }
  /** Report one message's journey, and keep reporting it as it goes on (null stops). */
  | { type: 'journey'; messageId: number | null }
  /** Which service's projection to report against the truth, and for which keys. */
  | { type: 'watch-projection'; node: string | null; keys: number[] }
  /** Run exactly to simulated ms `at` (nothing when already there), then stay paused: a room replays the teacher's run. */
  | { type: 'run-to'; at: number }
  /** Show the run as it was at simulated ms `at` (rewind), paused; playing on continues from there. */
  | { type: 'seek'; at: number }
  /**
   * Run a second document (B) beside the first, on the same clock and seed; live faults on a node
   * id it also has hit it too. Null ends compare mode.
   */
  | { type: 'compare'; document: TopologyDocument | null }
  /** Which processor's table view to report with the metrics (null stops). */
  | { type: 'watch-processor'; node: string | null };

/** A frame: the simulated clock and the messages in flight, packed (see ./frame.ts). */
export interface FrameMessage {
  type: 'frame';
  now: number;
  playing: boolean;
  /** Messages in flight in the engine, before sampling. */
  inFlight: number;
  /** Packed particles (`PARTICLE_STRIDE` numbers each, see ./frame.ts), transferred, not copied. */
  particles: Float64Array;
  /** How many particles `particles` holds (it may be longer). */
  count: number;
  /** True in-flight counts per edge index, so a sample can say how many it stands for. */
  edgeCounts: Uint32Array;
  /** Edits applied since the last load: a frame from before an edit numbers the edges as before. */
  edits: number;
  /** The furthest simulated ms this run has reached (the end of the rewind timeline). */
  reached?: number;
  /** In compare mode, the second run's particles at the same moment. */
  compare?: ComparedFrame;
}

export interface MetricsMessage {
  type: 'metrics';
  snapshot: MetricsSnapshot;
  /** Latency of the last one to two simulated seconds per service, orchestrator and client (for the charts). */
  recent: Record<string, RecentMetrics>;
  violations: OrderViolation[];
  projection: { node: string; rows: { key: number; applied: number; truth: number }[] } | null;
  /** Engine events per wall second over the last interval, and whether it keeps up with `speed`. */
  eventsPerSecond: number;
  keepingUp: boolean;
  /** Event type names by the particles' type index (they only grow during a run). */
  eventTypes: string[];
  /** The traced key's journeys so far, while a key is traced (one message, one UI update). */
  trace?: Omit<TraceMessage, 'type'>;
  /** The followed message's journey so far, while one is followed. */
  journey?: Omit<JourneyMessage, 'type'>;
  /** In compare mode, the second run's figures at the same simulated time. */
  compare?: { snapshot: MetricsSnapshot; recent: Record<string, RecentMetrics>; eventTypes?: string[] };
  /** The watched processor's table view, while one is watched (null: it is not a processor). */
  processorTable?: ProcessorTable | null;
}

export interface TraceMessage {
  type: 'trace';
  key: number | null;
  journeys: Journey[];
}

export interface JourneyMessage {
  type: 'journey';
  messageId: number;
  journey: Journey | null;
}

/** A fault applied live, with the engine time it took effect, so the UI can record it. */
export interface FaultAppliedMessage {
  type: 'fault-applied';
  at: number;
  node: string;
  action: FaultAction;
  duration: number | null;
}

export interface ErrorMessage {
  type: 'error';
  message: string;
}

/** A run started with `play` and `until` reached that time and paused (after its frame and metrics). */
export interface StoppedMessage {
  type: 'stopped';
  at: number;
}

/** Everything the worker posts. */
export type WorkerMessage =
  | FrameMessage
  | MetricsMessage
  | TraceMessage
  | JourneyMessage
  | FaultAppliedMessage
  | StoppedMessage
  | ErrorMessage;
