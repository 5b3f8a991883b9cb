// The lesson format: a document plus narrated steps. Each step says what to look at, what to do
// and what to expect, and carries an optional action (a button) and checks a machine can verify
// against the engine's metrics, so the headless tests and the browser tests can both step through
// a lesson and confirm that the figures move the way the narration says.
//
// How a step runs, in the UI and in `runLesson` alike: when the step opens, its `action` is
// applied at the engine's current time; the engine then runs `runFor` ms of simulated time (the
// UI plays and pauses again at the end); then every check compares the figure at the end of the
// step with the same figure right before the action (the end of the previous step).
import type { FaultAction } from '../model/types';

export interface Lesson {
  /** Stable id, used in URLs and test names, e.g. `one-slow-dependency`. */
  id: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  /** One or two sentences for the lesson picker. */
  summary: string;
  /** How long the lesson takes in a workshop, talking included. */
  minutes: number;
  /**
   * The topology as raw JSON (format `eventscape/1`); it goes through `restore` like any file.
   * Its `seed` is the lesson's seed: the checks hold for it (and the tests try other seeds too).
   */
  document: unknown;
  steps: LessonStep[];
}

export interface LessonStep {
  /** Short heading of the step. */
  title: string;
  /** What to look at and what to do, in plain words, naming the figure on screen. */
  narration: string;
  /** What you should see at the end of the step, in words. */
  expect: string;
  /** Ids of the nodes the step talks about; the canvas highlights them. */
  highlight: string[];
  /** What the step's button does; without one the step only runs the simulation. */
  action?: LessonAction;
  /** The button's text, e.g. "Slow Email ×40". Present whenever `action` is. */
  label?: string;
  /** Simulated ms to run from the step's start (right after its action) before checking. */
  runFor: number;
  /** What must hold at the end of the step; the first is the step's headline figure. */
  checks: LessonCheck[];
}

/** A node or an edge to add, as raw JSON in the document format (defaults are filled in). */
export type RawPart = Record<string, unknown>;

/** Config fields to change on an existing node or edge; nested objects replace whole fields. */
export interface ConfigChange {
  id: string;
  config: Record<string, unknown>;
}

export type LessonAction =
  /** Start playback (the first step of most lessons). */
  | { type: 'play' }
  /** A live fault, as the fault menu applies it; `duration` undoes it later (null: never). */
  | { type: 'fault'; node: string; action: FaultAction; duration: number | null }
  /** A live edit of the topology: the result goes through `restore`, then to the engine. */
  | { type: 'edit'; add?: { nodes?: RawPart[]; edges?: RawPart[] }; remove?: string[]; set?: ConfigChange[] };

/**
 * How a figure is read. `value`: the metric as the snapshot has it (a gauge like lag or stale
 * keys, or a cumulative figure like failed or p99 since the start). `perSecond`: the change of a
 * cumulative counter over the step, divided by the step's length in seconds (throughput/s,
 * failures/s); its "before" is the same rate over the previous step.
 */
export type Measure = 'value' | 'perSecond';

/**
 * `rises`/`falls`: after > before (with `factor`, after >= before × factor, or after <= before /
 * factor). `above`/`below`: after > value, after < value. `stays`: after is within `factor`
 * (default 1.5) of before either way, or within `value` of it when `value` is given.
 */
export type Compare = 'rises' | 'falls' | 'above' | 'below' | 'stays';

export interface LessonCheck {
  /** Node id whose figure is read. */
  node: string;
  /**
   * A dotted path into the node's metrics (`NodeMetrics` in src/engine/api.ts): `latencyMs.p99`,
   * `lag.email` (a topic's lag for the group of service `email`), `staleKeys`, `failed`...
   */
  metric: string;
  measure?: Measure;
  compare: Compare;
  value?: number;
  factor?: number;
}
