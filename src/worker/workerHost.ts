// What the engine's Web Worker does, with its clock and timer injected so tests can drive it in
// Node. It runs the simulation against the wall clock × speed in short slices (the worker must
// stay free to hear the next command), posts frames at most 60 times a second and metrics about
// five times a second, and answers the trace, journey and projection questions.
import type { Simulation } from '../engine/api';
import { RunTimeline } from '../engine/runTimeline';
import type { TopologyDocument } from '../model/types';
import { ComparedFramePacker } from '../protocol/comparedFrame';
import { FramePacker } from '../protocol/frame';
import type { Command, WorkerMessage } from '../protocol/messages';
import { Pace } from './pace';

/** The wall clock (ms) and a one-shot timer. */
export interface HostClock {
  now(): number;
  after(ms: number, run: () => void): void;
}

export type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

/** Wall ms one slice of simulation may take before the worker looks at its messages again. */
export const SLICE_BUDGET_MS = 8;
export const FRAME_INTERVAL_MS = 1000 / 60;
export const METRICS_INTERVAL_MS = 200;
/** Particles one frame carries at most; more in flight are sampled. */
export const FRAME_PARTICLES = 2500;
/** Simulated time may fall this much wall time behind before the rest is let go. */
const MAX_BEHIND_WALL_MS = 250;
/** Wall ms between fine rewind snapshots behind the present while playing: each stalls the worker for a snapshot (~20 ms at 1,000 events/s), so not more often. */
const NEAR_MARK_WALL_MS = 1000;

/** Starts a host; feed it every command the UI sends. */
export function createWorkerHost(post: Post, clock: HostClock): (command: Command) => void {
  let sim: Simulation | null = null;
  /** The run with its past (for rewind); `sim` is always its current simulation. */
  let timeline: RunTimeline | null = null;
  /** Compare mode: the second document and its run, kept in lockstep with the first. */
  let compareDoc: TopologyDocument | null = null;
  let compared: RunTimeline | null = null;
  let doc: TopologyDocument | null = null;
  let seed = 0;
  let packer = new FramePacker(0, FRAME_PARTICLES);
  const comparePacker = new ComparedFramePacker(FRAME_PARTICLES);
  let playing = false;
  let speed = 1;
  let ticking = false;
  let lastWall = 0;
  /** The simulated time the wall clock asks for; the engine may lag behind it. */
  let target = 0;
  /** Simulated ms per slice; grows and shrinks so a slice takes about a millisecond. */
  let chunk = 1;
  /** When the next frame is due: a fixed cadence, so frames average at most 60 a second. */
  let nextFrameAt = 0;
  let metricsAt = { wall: 0, sim: 0, asked: 0, events: 0 };
  let asked = 0;
  const pace = new Pace();
  /** Where a run started with `play` and `until` pauses by itself. */
  let until: number | null = null;
  let tracedKey: number | null = null;
  let journeyId: number | null = null;
  let watched: { node: string; keys: number[] } | null = null;
  let watchedProcessor: string | null = null;
  let edits = 0;
  let nearMarkAt = 0;

  const load = (next: TopologyDocument, nextSeed: number) => {
    edits = 0;
    doc = next;
    seed = nextSeed;
    timeline = new RunTimeline(next, seed, {}, (fresh) => fresh.trackRecent());
    sim = timeline.sim;
    compared = compareDoc ? new RunTimeline(compareDoc, seed, {}, (fresh) => fresh.trackRecent()) : null;
    packer = new FramePacker(next.edges.length, FRAME_PARTICLES);
    target = 0;
    asked = 0;
    metricsAt = { wall: clock.now(), sim: 0, asked: 0, events: 0 };
    pace.clear();
    if (tracedKey !== null) sim.trace(tracedKey);
  };

  const postFrame = () => {
    if (!sim || !doc) return;
    const total = sim.inFlightCount();
    packer.begin(total, doc.edges.length);
    sim.forEachInFlight((message) => packer.add(message));
    const { particles, count, edgeCounts } = packer.take();
    const b = compared ? comparePacker.pack(compared.sim, compared.document.edges.length) : null;
    post(
      { type: 'frame', now: sim.now, playing, inFlight: total, particles, count, edgeCounts, edits, reached: timeline?.reached ?? sim.now, ...(b ? { compare: b.frame } : {}) },
      [particles.buffer, edgeCounts.buffer, ...(b ? b.transfer : [])],
    );
    const wall = clock.now();
    nextFrameAt = wall - nextFrameAt > FRAME_INTERVAL_MS ? wall + FRAME_INTERVAL_MS : nextFrameAt + FRAME_INTERVAL_MS;
  };

  const postMetrics = () => {
    if (!sim) return;
    const wall = clock.now();
    const snapshot = sim.snapshot();
    const seconds = (wall - metricsAt.wall) / 1000;
    pace.record(asked - metricsAt.asked, sim.now - metricsAt.sim);
    const projection = watched ? { node: watched.node, rows: sim.projection(watched.node, watched.keys) } : null;
    post({
      type: 'metrics',
      snapshot,
      recent: sim.recent(),
      violations: sim.takeOrderViolations(),
      projection,
      eventsPerSecond: seconds > 0 ? (snapshot.engineEvents - metricsAt.events) / seconds : 0,
      keepingUp: !playing || pace.keepingUp(),
      eventTypes: [...sim.eventTypes],
      ...(tracedKey !== null ? { trace: { key: tracedKey, journeys: sim.trace(tracedKey) } } : {}),
      ...(journeyId !== null ? { journey: { messageId: journeyId, journey: sim.journeyOf(journeyId) } } : {}),
      ...(compared ? { compare: { snapshot: compared.sim.snapshot(), recent: compared.sim.recent(), eventTypes: [...compared.sim.eventTypes] } } : {}),
      ...(watchedProcessor !== null ? { processorTable: sim.processorTable(watchedProcessor) } : {}),
    });
    metricsAt = { wall, sim: sim.now, asked, events: snapshot.engineEvents };
  };

  const postAll = () => {
    postFrame();
    postMetrics();
  };

  // One slice: catch up with the wall clock for at most SLICE_BUDGET_MS, then let messages in.
  const tick = () => {
    ticking = false;
    if (!playing || !sim) return;
    const started = clock.now();
    const wanted = (started - lastWall) * speed;
    lastWall = started;
    asked += wanted;
    target = Math.max(target, sim.now) + wanted;
    // Beyond what a quarter second of wall time asks for, the rest is let go: slow, not stuck.
    target = Math.min(target, sim.now + MAX_BEHIND_WALL_MS * speed);
    if (until !== null) target = Math.min(target, until);
    while (sim.now < target) {
      const sliceStart = clock.now();
      (timeline as RunTimeline).runUntil(Math.min(target, sim.now + chunk));
      const took = clock.now() - sliceStart;
      if (took < 0.5) chunk = Math.min(chunk * 2, 60_000);
      else if (took > 2) chunk = Math.max(chunk / 2, 0.001);
      compared?.runUntil(sim.now);
      if (clock.now() - started >= SLICE_BUDGET_MS) break;
    }
    if (until !== null && sim.now >= until) {
      const at = until;
      playing = false;
      until = null;
      postAll();
      post({ type: 'stopped', at });
      return;
    }
    const wall = clock.now();
    if (wall - nearMarkAt >= NEAR_MARK_WALL_MS) {
      nearMarkAt = wall;
      timeline?.markNear();
      compared?.markNear();
    }
    if (wall >= nextFrameAt) postFrame();
    if (wall - metricsAt.wall >= METRICS_INTERVAL_MS) postMetrics();
    schedule();
  };

  const schedule = () => {
    if (ticking || !playing) return;
    ticking = true;
    // Behind the wall clock, the next slice follows at once (after the messages waiting); caught
    // up, the worker rests a few ms. A fixed 4 ms rest left it idle a third of the time at 100×.
    clock.after(sim !== null && sim.now < target ? 0 : 4, tick);
  };

  const handle = (command: Command) => {
    switch (command.type) {
      case 'load':
        load(command.document, command.seed);
        postAll();
        return;
      case 'reset':
        if (doc) load(doc, command.seed ?? seed);
        postAll();
        return;
      case 'play':
        if (!sim) return;
        playing = true;
        until = command.until ?? null;
        lastWall = clock.now();
        target = sim.now;
        metricsAt = { wall: lastWall, sim: sim.now, asked, events: sim.snapshot().engineEvents };
        pace.clear();
        schedule();
        return;
      case 'pause':
        playing = false;
        until = null;
        postAll();
        return;
      case 'step':
        if (!sim) return;
        playing = false;
        until = null;
        if (command.ms !== undefined) timeline?.runUntil(sim.now + command.ms);
        else for (let i = 0; i < (command.events ?? 1) && timeline?.step(); i++);
        compared?.runUntil(sim.now);
        postAll();
        return;
      case 'speed':
        speed = command.speed;
        return;
      case 'fault':
        if (!sim) return;
        timeline?.applyFault(command.node, command.action, command.duration);
        if (compared?.document.nodes.some((node) => node.id === command.node)) compared.applyFault(command.node, command.action, command.duration);
        post({ type: 'fault-applied', at: sim.now, node: command.node, action: command.action, duration: command.duration });
        postAll();
        return;
      case 'edit':
        if (!sim) return;
        timeline?.edit(command.document);
        doc = command.document;
        edits++;
        postFrame();
        return;
      case 'trace':
        if (tracedKey !== null) sim?.untrace(tracedKey);
        tracedKey = command.key;
        post({ type: 'trace', key: tracedKey, journeys: sim && tracedKey !== null ? sim.trace(tracedKey) : [] });
        return;
      case 'journey':
        journeyId = command.messageId;
        if (journeyId !== null) post({ type: 'journey', messageId: journeyId, journey: sim ? sim.journeyOf(journeyId) : null });
        return;
      case 'seek':
        if (!timeline) return;
        playing = false;
        until = null;
        timeline.seek(command.at);
        sim = timeline.sim;
        compared?.seek(sim.now);
        doc = timeline.document;
        packer = new FramePacker(doc.edges.length, FRAME_PARTICLES);
        if (tracedKey !== null) sim.trace(tracedKey);
        metricsAt = { wall: clock.now(), sim: sim.now, asked, events: sim.snapshot().engineEvents };
        pace.clear();
        postAll();
        return;
      case 'compare':
        compareDoc = command.document;
        compared = null;
        if (compareDoc && sim) {
          compared = new RunTimeline(compareDoc, seed, {}, (fresh) => fresh.trackRecent());
          compared.runUntil(sim.now);
        }
        if (sim) postAll();
        return;
      case 'watch-projection':
        watched = command.node === null ? null : { node: command.node, keys: command.keys };
        if (sim && !playing) postMetrics();
        return;
      case 'run-to':
        if (!sim) return;
        playing = false;
        until = null;
        sim.runUntil(command.at);
        postAll();
        return;
      case 'watch-processor':
        watchedProcessor = command.node;
        if (sim && !playing) postMetrics();
        return;
    }
  };

  return (command) => {
    try {
      handle(command);
    } catch (error) {
      playing = false;
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
