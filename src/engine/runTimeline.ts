// The run as a timeline that can be scrubbed back: snapshots of the engine at intervals, plus the
// live faults and edits with the engine time they were applied at. Seeking to t restores the last
// snapshot at or before t and simulates forward to t, applying the recorded actions on the way,
// so what it shows is what the run showed at t. Playing on from there meets the same recorded
// actions at the same times (the same future) until the user changes something: then the future
// after now is dropped and the run forks. Memory stays bounded: when the snapshots weigh more
// than the budget, or are more than `maxSnapshots`, every other older one goes and the interval
// doubles, so a long run keeps fewer, sparser snapshots and re-simulates a little more per seek.
// Where the user scrubs, a seek lays fine snapshots (every `nearInterval`) over the stretch just
// before the moment it shows, so dragging around there re-simulates a second or two, not the
// sparse interval; the fine snapshots farthest from the latest seek go first. While the run plays
// on, `markNear` (which the worker calls now and then) lays them behind the present too, so a
// pause and a step or drag back re-simulates little.
import type { FaultAction, TopologyDocument } from '../model/types';
import type { Simulation } from './api';
import { fromSnapshot, snapshotSimulation, snapshotWeight, type EngineSnapshot } from './engineSnapshot';
import type { BufferReuse } from './objectGraph';
import { createSimulation } from './simulation';

/** A user's action during the run, replayed at `at` when the timeline is simulated again. */
export type TimelineAction =
  | { at: number; type: 'fault'; node: string; action: FaultAction; duration: number | null }
  | { at: number; type: 'edit'; document: TopologyDocument };

export interface TimelineOptions {
  /** Simulated ms between snapshots to begin with [5000]. */
  interval?: number;
  /** Snapshots kept at most [64]. */
  maxSnapshots?: number;
  /** Estimated bytes the snapshots may hold together [120 MB]. */
  budgetBytes?: number;
  /** Simulated ms between the fine snapshots a seek lays before the moment it shows [2000]. */
  nearInterval?: number;
  /** How far back before that moment a seek lays them, simulated ms [40000: the sparsest interval of a 30-minute run]. */
  nearSpan?: number;
  /** Fine snapshots kept at most [32]. */
  nearMax?: number;
}

interface Mark {
  snapshot: EngineSnapshot;
  /** Actions applied before the snapshot was taken. */
  actions: number;
  /** The document the engine ran at that moment. */
  document: TopologyDocument;
}

/** A run that remembers its past. */
export class RunTimeline {
  private marks: Mark[] = [];
  /** Fine snapshots laid by seeks where the user scrubs, in time order. */
  private near: Mark[] = [];
  private actions: TimelineAction[] = [];
  /** Actions the live simulation has applied. */
  private applied = 0;
  private readonly reuse: BufferReuse = new WeakMap();
  private interval: number;
  private readonly maxSnapshots: number;
  private readonly budget: number;
  private readonly nearInterval: number;
  private readonly nearSpan: number;
  private readonly nearMax: number;
  /** The simulation at the timeline's current moment. */
  sim: Simulation;
  /** The document the engine runs now (edits change it). */
  document: TopologyDocument;
  /** The furthest simulated time this branch of the run has reached. */
  reached = 0;

  constructor(doc: TopologyDocument, seed: number, options: TimelineOptions = {}, prepare: (sim: Simulation) => void = () => {}) {
    this.interval = options.interval ?? 5000;
    this.maxSnapshots = Math.max(2, options.maxSnapshots ?? 64);
    this.budget = options.budgetBytes ?? 120 * 1024 * 1024;
    this.nearInterval = options.nearInterval ?? 2000;
    this.nearSpan = options.nearSpan ?? 40_000;
    this.nearMax = options.nearMax ?? 32;
    this.document = doc;
    this.sim = createSimulation(doc, { seed });
    prepare(this.sim);
    this.mark();
  }

  get now(): number {
    return this.sim.now;
  }

  /** Simulated ms between snapshots now (it doubles as the run grows). */
  get snapshotInterval(): number {
    return this.interval;
  }

  /** How many snapshots are kept (the fine ones of seeks included), and their estimated weight in bytes. */
  get stored(): { snapshots: number; bytes: number } {
    let bytes = 0;
    for (const mark of this.marks) bytes += snapshotWeight(mark.snapshot);
    for (const mark of this.near) bytes += snapshotWeight(mark.snapshot);
    return { snapshots: this.marks.length + this.near.length, bytes };
  }

  /** Simulated ms a seek to `t` would re-simulate now (from the snapshot it would restore, or from the present). */
  distanceTo(t: number): number {
    const at = Math.max(0, Math.min(t, this.reached));
    const from = this.markBefore(at).snapshot.now;
    return at >= this.sim.now && this.sim.now >= from ? at - this.sim.now : at - from;
  }

  /** Runs to `t`, applying recorded actions on the way and snapshotting at intervals. */
  runUntil(t: number): void {
    while (this.applied < this.actions.length && this.actions[this.applied].at <= t) {
      const next = this.actions[this.applied];
      this.advance(next.at);
      this.apply(next);
      this.applied++;
    }
    this.advance(t);
  }

  /** One engine event (recorded actions due by then are applied after it). */
  step(): boolean {
    const moved = this.sim.step();
    while (this.applied < this.actions.length && this.actions[this.applied].at <= this.sim.now) this.apply(this.actions[this.applied++]);
    this.reached = Math.max(this.reached, this.sim.now);
    return moved;
  }

  /** Applies a live fault now: the future after now is forgotten, the run forks here. */
  applyFault(node: string, action: FaultAction, duration: number | null): void {
    this.record({ at: this.sim.now, type: 'fault', node, action, duration });
  }

  /** Applies a changed document now: the future after now is forgotten, the run forks here. */
  edit(document: TopologyDocument): void {
    this.record({ at: this.sim.now, type: 'edit', document });
  }

  /** Shows the run as it was at `t` (clamped to what this branch has reached). */
  seek(t: number): void {
    const at = Math.max(0, Math.min(t, this.reached));
    const mark = this.markBefore(at);
    // Seeking forward within reach needs no restore when the live run is on the way.
    if (!(at >= this.sim.now && this.sim.now >= mark.snapshot.now)) {
      this.sim = fromSnapshot(mark.snapshot, this.reuse);
      this.applied = mark.actions;
      this.document = mark.document;
    }
    const reached = this.reached;
    this.layNear(at);
    this.runUntil(at);
    this.reached = reached;
  }

  /**
   * At the frontier of the run, takes a fine snapshot when the last one is a fine interval behind;
   * the fine snapshots farthest from now go first. The caller paces it (each costs a snapshot).
   */
  markNear(): void {
    const now = this.sim.now;
    if (now < this.reached || now - this.markBefore(now).snapshot.now < this.nearInterval) return;
    this.near.push({ snapshot: snapshotSimulation(this.sim, this.reuse), actions: this.applied, document: this.document });
    this.keepNearest(now);
  }

  private keepNearest(at: number): void {
    if (this.near.length > this.nearMax) {
      const kept = new Set([...this.near].sort((a, b) => Math.abs(a.snapshot.now - at) - Math.abs(b.snapshot.now - at)).slice(0, this.nearMax));
      this.near = this.near.filter((mark) => kept.has(mark));
    }
    this.near.sort((a, b) => a.snapshot.now - b.snapshot.now);
  }

  /** The latest snapshot, sparse or fine, at or before `at`. */
  private markBefore(at: number): Mark {
    let best = this.marks[0];
    for (const mark of this.marks) if (mark.snapshot.now <= at && mark.snapshot.now > best.snapshot.now) best = mark;
    for (const mark of this.near) if (mark.snapshot.now <= at && mark.snapshot.now > best.snapshot.now) best = mark;
    return best;
  }

  /**
   * Runs towards `at`, snapshotting at each multiple of the fine interval in the span before it
   * that no snapshot covers yet; then keeps the fine snapshots nearest `at`.
   */
  private layNear(at: number): void {
    const step = this.nearInterval;
    for (let x = Math.ceil(Math.max(this.sim.now + 1, at - this.nearSpan) / step) * step; x < at; x += step) {
      if (this.markBefore(x).snapshot.now > x - step) continue;
      this.runUntil(x);
      this.near.push({ snapshot: snapshotSimulation(this.sim, this.reuse), actions: this.applied, document: this.document });
    }
    this.keepNearest(at);
  }

  private record(action: TimelineAction): void {
    this.actions.length = this.applied;
    this.marks = this.marks.filter((mark) => mark.snapshot.now <= action.at && mark.actions <= this.applied);
    this.near = this.near.filter((mark) => mark.snapshot.now <= action.at && mark.actions <= this.applied);
    this.reached = this.sim.now;
    this.actions.push(action);
    this.apply(action);
    this.applied++;
  }

  private apply(action: TimelineAction): void {
    if (action.type === 'fault') this.sim.applyFault(action.node, action.action, action.duration);
    else {
      this.sim.edit(action.document);
      this.document = action.document;
    }
  }

  /**
   * Runs the engine to `t`, stopping to snapshot each time an interval has passed since the last
   * snapshot. Only at the frontier of the run: inside the known past the snapshots exist already.
   */
  private advance(t: number): void {
    for (;;) {
      const due = this.marks[this.marks.length - 1].snapshot.now + this.interval;
      if (this.sim.now < this.reached || due > t) break;
      if (due > this.sim.now) this.sim.runUntil(due);
      this.mark();
    }
    this.sim.runUntil(t);
    this.reached = Math.max(this.reached, this.sim.now);
  }

  private mark(): void {
    this.marks.push({ snapshot: snapshotSimulation(this.sim, this.reuse), actions: this.applied, document: this.document });
    this.reached = Math.max(this.reached, this.sim.now);
    while (this.marks.length > this.maxSnapshots || (this.marks.length > 2 && this.stored.bytes > this.budget)) this.thin();
  }

  /** Drops every other snapshot but the first and the last, and doubles the interval. */
  private thin(): void {
    const last = this.marks.length - 1;
    this.marks = this.marks.filter((_, i) => i === 0 || i === last || i % 2 === 0);
    this.interval *= 2;
  }
}
