// The live run as React sees it: whether it plays, the simulated clock (as of the last metrics),
// the latest metric snapshot and its history for the charts, ordering violations, the watched
// projection, traces. The engine client writes it, about five times a second; frames (particles)
// never pass through here. The actions only forward to the engine client once it is attached.
import type { StateCreator } from 'zustand';
import type { Journey, MetricsSnapshot, OrderViolation, ProcessorTable } from '../../src/engine/api';
import type { FaultAction, TopologyDocument } from '../../src/model/types';
import { EMPTY_HISTORY, type MetricsHistory } from '../engine/metricsHistory';
import type { StoreState } from './store';

export type PlaybackStatus = 'idle' | 'playing' | 'paused';

/** How far a step goes: one engine event, or 100 ms of simulated time. */
export type StepSize = 'event' | '100ms';

export const MIN_SPEED = 0.1;
export const MAX_SPEED = 100;

/** The violations kept for the log; the oldest go first. */
export const VIOLATION_LIMIT = 200;

export interface ProjectionView {
  node: string;
  rows: { key: number; applied: number; truth: number }[];
}

export interface TraceView {
  key: number;
  journeys: Journey[];
}

/** What the playback controls and panels can ask of the engine (the engine client does it). */
export interface SimulationControls {
  /** Play; with `until` (simulated ms), pause by itself exactly then (a lesson step). */
  play(until?: number): void;
  pause(): void;
  step(size: StepSize): void;
  setSpeed(speed: number): void;
  /** Back to time zero (with `seed`, or the document's); the next play loads the document afresh. */
  reset(seed?: number): void;
  applyFault(node: string, action: FaultAction, duration?: number | null): void;
  traceKey(key: number | null): void;
  showJourney(messageId: number | null): void;
  watchProjection(node: string | null, keys: number[]): void;
  /** Show the run as it was at simulated ms `at` (rewind), paused. */
  seek(at: number): void;
  /** Compare mode: run `document` (B) beside the current one, on one clock and seed; null ends it. */
  compareWith(document: TopologyDocument | null): void;
  /** Run (without animating) to simulated ms `at` and pause there: a link's `t=`. */
  runTo(at: number): void;
  /** Report this processor's table view with the metrics (null stops). */
  watchProcessor(node: string | null): void;
}

export interface SimulationState {
  status: PlaybackStatus;
  /** Simulated ms, as of the last metrics (the overlay keeps its own, finer clock). */
  now: number;
  /** Simulated ms per wall ms. */
  speed: number;
  /** The seed of the current run (the document's seed until a reset chooses another). */
  seed: number;
  metrics: MetricsSnapshot | null;
  /** The series the charts draw (named so, because `history` is the document's undo history). */
  metricsHistory: MetricsHistory;
  /** The latest ordering violations, oldest first, at most `VIOLATION_LIMIT`. */
  violations: OrderViolation[];
  projection: ProjectionView | null;
  trace: TraceView | null;
  journey: Journey | null;
  /** Whether the worker keeps up with the wall clock × speed. */
  keepingUp: boolean;
  /** Engine events per wall second, over the last metrics interval. */
  eventsPerSecond: number;
  /** Event type names by particle type index (the particle legend's colours). */
  eventTypes: readonly string[];
  /** The furthest simulated ms the run has reached: the end of the rewind timeline. */
  reached: number;
  /** Compare mode's second document (B), or null. */
  compareDocument: TopologyDocument | null;
  /** B's latest figures and chart series, point for point with A's. */
  compareMetrics: MetricsSnapshot | null;
  compareHistory: MetricsHistory;
  /** The watched processor's table view, while one is watched. */
  processorTable: ProcessorTable | null;
}

/** The live fault menu of a node, open at a point of the screen (client px). */
export interface FaultMenuAt {
  node: string;
  x: number;
  y: number;
}

export interface SimulationSlice extends SimulationState, SimulationControls {
  faultMenu: FaultMenuAt | null;
  openFaultMenu(menu: FaultMenuAt | null): void;
  /** The engine client, once it is attached; the actions do nothing without it. */
  engine: SimulationControls | null;
  /** For the engine client only: attach itself. */
  attachEngine(engine: SimulationControls | null): void;
  /** For the engine client only: what it learned from the worker. */
  receiveSimulation(patch: Partial<SimulationState>): void;
}

export const INITIAL_SIMULATION: SimulationState = {
  status: 'idle',
  now: 0,
  speed: 1,
  seed: 0,
  metrics: null,
  metricsHistory: EMPTY_HISTORY,
  violations: [],
  projection: null,
  trace: null,
  journey: null,
  keepingUp: true,
  eventsPerSecond: 0,
  eventTypes: [],
  reached: 0,
  compareDocument: null,
  compareMetrics: null,
  compareHistory: EMPTY_HISTORY,
  processorTable: null,
};

/** A speed within what the worker accepts. */
export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

export const createSimulationSlice: StateCreator<StoreState, [], [], SimulationSlice> = (set, get) => ({
  ...INITIAL_SIMULATION,
  engine: null,
  faultMenu: null,
  openFaultMenu(faultMenu) {
    set({ faultMenu });
  },
  attachEngine(engine) {
    set({ engine });
  },
  receiveSimulation(patch) {
    set(patch);
  },
  play: (until) => get().engine?.play(until),
  pause: () => get().engine?.pause(),
  step: (size) => get().engine?.step(size),
  setSpeed: (speed) => get().engine?.setSpeed(clampSpeed(speed)),
  reset: (seed) => get().engine?.reset(seed),
  applyFault: (node, action, duration = null) => get().engine?.applyFault(node, action, duration),
  traceKey: (key) => get().engine?.traceKey(key),
  showJourney: (messageId) => get().engine?.showJourney(messageId),
  watchProjection: (node, keys) => get().engine?.watchProjection(node, keys),
  seek: (at) => get().engine?.seek(at),
  compareWith: (document) => get().engine?.compareWith(document),
  runTo: (at) => get().engine?.runTo(at),
  watchProcessor: (node) => get().engine?.watchProcessor(node),
});
