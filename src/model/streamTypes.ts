// The config of a `processor` node: a stream application with a short pipeline of operators,
// reading the topics it subscribes to and writing the topics it publishes to. Kept apart from
// types.ts so the stream vocabulary lives in one place.
import type { Distribution } from './types';

export const OPERATOR_KINDS = ['filter', 'map', 'aggregate', 'join'] as const;
export type OperatorKind = (typeof OPERATOR_KINDS)[number];

export const WINDOW_KINDS = ['tumbling', 'hopping', 'session', 'none'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/**
 * Which events an aggregate groups together besides their key: fixed `size` ms windows
 * (tumbling), `size` ms windows starting every `advance` ms (hopping), runs of events at most
 * `gap` ms apart (session), or none: one running value per key (a table).
 */
export type Window =
  | { kind: 'tumbling'; size: number }
  | { kind: 'hopping'; size: number; advance: number }
  | { kind: 'session'; gap: number }
  | { kind: 'none' };

/** Keeps a fraction of the events (`keep`, by a hash of key and sequence) of the listed `types` (empty: every type). */
export interface FilterOperator {
  op: 'filter';
  keep: number;
  types: string[];
}

/** Changes the event type (`type`, null keeps it) and re-keys into `rekey` keys (key mod rekey; null keeps it). */
export interface MapOperator {
  op: 'map';
  type: string | null;
  rekey: number | null;
}

/** Counts events, or sums their amounts, per key over a window. */
export interface AggregateOperator {
  op: 'aggregate';
  fn: 'count' | 'sum';
  window: Window;
}

/**
 * Joins each event with the topic `with`: `as: table`, the latest row for its key of a table built
 * from that topic; `as: stream`, every event of that topic with the same key at most `windowMs` apart.
 */
export interface JoinOperator {
  op: 'join';
  with: string;
  as: 'table' | 'stream';
  windowMs: number;
}

export type Operator = FilterOperator | MapOperator | AggregateOperator | JoinOperator;

export interface ProcessorConfig {
  instances: number;
  concurrency: number;
  processing: Distribution;
  operators: Operator[];
  /** The watermark trails the highest event time seen by this much. */
  allowedLatenessMs: number;
  /** A window closes once the watermark passes its end plus this. */
  graceMs: number;
  emit: 'on-close' | 'on-update';
  late: 'drop' | 'side-output';
  /** With `late: side-output`, the topic (one it publishes to) late events go to. */
  lateTopic: string | null;
  /** The event type of what it outputs; empty: its label + "Result". */
  publishes: string;
}
