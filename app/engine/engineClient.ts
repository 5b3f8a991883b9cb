// The UI's side of the engine: owns the Web Worker, turns the simulation slice's actions into
// commands, keeps the latest frame in a mutable object the particle overlay reads every animation
// frame (never through React), and writes metrics into the store about five times a second.
// The document is loaded when playback starts; while a run is on, a changed topology is sent as an
// edit (applied at the engine's current time) and a live fault is recorded in the fault script.
import { faultHasDuration } from '../../src/model/fault';
import { LIMITS } from '../../src/model/limits';
import type { Fault, FaultAction, TopologyDocument } from '../../src/model/types';
import type { MetricsSnapshot } from '../../src/engine/api';
import type { Command, FaultAppliedMessage, FrameMessage, MetricsMessage, WorkerMessage } from '../../src/protocol/messages';
import { clampSpeed, INITIAL_SIMULATION, VIOLATION_LIMIT, type SimulationControls, type StepSize } from '../store/simulationSlice';
import type { EditorStore } from '../store/store';
import { editorStore } from '../store/useEditor';
import { ComparedLive } from './comparedLive';
import { appendSnapshot, type MetricsHistory } from './metricsHistory';
import { archiveLatest, emptyArchive, historyAt, wholeHistory } from './runArchive';

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(command: Command): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  terminate(): void;
}

/** The particles of one frame the worker sent. */
export interface FrameParticles {
  now: number;
  particles: Float64Array;
  count: number;
}

/** Simulated ms a rate is measured over, at least (when the run is that long). */
const RATE_WINDOW_MS = 1000;
/** Snapshots kept for rates: enough for a simulated second at 0.1× speed. */
const MAX_RATE_SNAPSHOTS = 60;

/** Frames kept for drawing: the overlay draws a little behind the newest one (see there). */
export const RECENT_FRAMES = 4;

/** The latest frame, as the overlay reads it; the same object, updated in place. */
export interface LiveFrame {
  /** The last few frames' particles, oldest first (the newest is this frame's). */
  recent: FrameParticles[];
  /** Increases with every frame received (and on reset). */
  version: number;
  /** Simulated ms when the frame was taken. */
  now: number;
  /** Wall ms (performance.now) when it arrived, to advance the clock between frames. */
  receivedAt: number;
  playing: boolean;
  speed: number;
  inFlight: number;
  particles: Float64Array;
  count: number;
  edgeCounts: Uint32Array;
  /** Edge ids by the engine's edge index: the edges of the document the engine runs. */
  edgeIds: readonly string[];
  eventTypes: readonly string[];
}

/** Sees every command sent to the worker and every message back (a workshop room records the teacher's run). */
export interface EngineTap {
  sent(command: Command): void;
  received(message: WorkerMessage): void;
}

export interface EngineClient extends SimulationControls {
  latestFrame(): LiveFrame;
  /** Watch the worker's traffic; returns how to stop. */
  tap(listener: EngineTap): () => void;
  /** Send a room's replay: from `load` a new run of which `shown` is the document at the end, else more of the current one. */
  runCommands(commands: readonly Command[], shown: TopologyDocument): void;
  /** Every chart point of the run so far (A's, and B's in compare mode), for reports. */
  runHistories(): { a: MetricsHistory; b: MetricsHistory | null };
  /** Stop the worker (tests, page teardown). */
  dispose(): void;
  /** B's latest frame in compare mode, as B's overlay reads it (see ./comparedLive.ts). */
  latestCompareFrame(): LiveFrame;
}

/** Whether two documents run the same: only positions, labels or faults differ. */
export function sameRun(a: TopologyDocument, b: TopologyDocument): boolean {
  if (a.nodes.length !== b.nodes.length || a.edges.length !== b.edges.length) return false;
  const nodesSame = a.nodes.every((node, i) => {
    const other = b.nodes[i];
    return node.id === other.id && node.kind === other.kind && node.config === other.config;
  });
  return nodesSame && a.edges.every((edge, i) => edge === b.edges[i]);
}

/** The fault as the script records it, at engine time `at`. */
export function recordedFault(message: FaultAppliedMessage): Fault {
  const duration = faultHasDuration(message.action.type) ? message.duration : null;
  return { ...message.action, at: Math.round(message.at), node: message.node, duration };
}

function emptyFrame(): LiveFrame {
  return {
    recent: [],
    version: 0,
    now: 0,
    receivedAt: 0,
    playing: false,
    speed: 1,
    inFlight: 0,
    particles: new Float64Array(0),
    count: 0,
    edgeCounts: new Uint32Array(0),
    edgeIds: [],
    eventTypes: [],
  };
}

/** A client for `store`; `spawn` makes the worker, on the first command that needs it. */
export function createEngineClient(store: EditorStore, spawn: () => WorkerLike, wallClock: () => number = () => performance.now()): EngineClient {
  let worker: WorkerLike | null = null;
  let running: TopologyDocument | null = null;
  /** Edits sent since the last load. */
  let editsSent = 0;
  /** What the UI asked to follow; replies about anything else are stale. */
  let tracedKey: number | null = null;
  let followedId: number | null = null;
  /** The `until` of the last play, while no other command has come since. */
  let stopAt: number | null = null;
  const frame = emptyFrame();
  const comparedLive = new ComparedLive(RECENT_FRAMES);
  /** Every chart point of the run, for the charts of a moment sought back to. */
  let archive = emptyArchive();
  let compareArchive = emptyArchive();
  let compareSnapshots: MetricsSnapshot[] = [];
  /** Sought back and not played on since: metrics show the archive up to then, adding nothing. */
  let rewound = false;
  /** The end of the rewind timeline, as the latest frame told. */
  let reached = 0;
  /** A seek waiting for the one before it to be answered (dragging sends many). */
  let seekInFlight = false;
  let nextSeek: number | null = null;
  const state = () => store.getState();
  const patch = store.getState().receiveSimulation;
  const taps = new Set<EngineTap>();

  const send = (command: Command) => {
    if (!worker) {
      worker = spawn();
      worker.onmessage = (event) => receive(event.data);
      worker.postMessage({ type: 'speed', speed: state().speed });
    }
    for (const listener of taps) listener.sent(command);
    worker.postMessage(command);
  };

  /** A new run: nothing to rewind to, no archived chart points. */
  const forgetTimeline = () => {
    archive = emptyArchive();
    compareArchive = emptyArchive();
    compareSnapshots = [];
    rewound = false;
    reached = 0;
  };

  const ensureLoaded = () => {
    if (running) return;
    const doc = state().document;
    running = doc;
    editsSent = 0;
    frame.edgeIds = doc.edges.map((edge) => edge.id);
    forgetTimeline();
    patch({ compareMetrics: null, compareHistory: INITIAL_SIMULATION.compareHistory });
    patch({ seed: doc.seed, metricsHistory: INITIAL_SIMULATION.metricsHistory, metrics: null, violations: [] });
    send({ type: 'load', document: doc, seed: doc.seed });
  };

  const onFrame = (message: FrameMessage) => {
    // A frame from before a reset (the worker answers the pause that went with it) is stale; so is
    // one from before the last edit (its edge indices are the old document's).
    if (!running || message.edits < editsSent) return;
    frame.version++;
    frame.now = message.now;
    frame.receivedAt = wallClock();
    frame.playing = message.playing;
    frame.inFlight = message.inFlight;
    frame.particles = message.particles;
    frame.count = message.count;
    frame.recent.push({ now: message.now, particles: message.particles, count: message.count });
    if (frame.recent.length > RECENT_FRAMES) frame.recent.shift();
    frame.edgeCounts = message.edgeCounts;
    if (message.reached !== undefined) reached = message.reached;
    comparedLive.receive(message, frame);
  };

  // Rates are taken over at least a simulated second where the run has one: over a single metrics
  // interval (0.2 s at 1×) a count of a few events would make the figures jump.
  let snapshots: MetricsSnapshot[] = [];
  const rateBase = (snapshot: MetricsSnapshot): MetricsSnapshot | null => {
    if (snapshots.length > 0 && snapshots[snapshots.length - 1].now > snapshot.now) snapshots = [];
    let base: MetricsSnapshot | null = snapshots[0] ?? null;
    for (const old of snapshots) if (old.now <= snapshot.now - RATE_WINDOW_MS) base = old;
    snapshots.push(snapshot);
    if (snapshots.length > MAX_RATE_SNAPSHOTS) snapshots.shift();
    return base;
  };

  const onMetrics = (message: MetricsMessage) => {
    if (!running) return;
    const s = state();
    const typesChanged = message.eventTypes.length !== s.eventTypes.length || message.eventTypes.some((t, i) => t !== s.eventTypes[i]);
    frame.eventTypes = message.eventTypes;
    const violations = message.violations.length === 0 ? s.violations : [...s.violations, ...message.violations].slice(-VIOLATION_LIMIT);
    const base = rateBase(message.snapshot);
    const history = rewound ? historyAt(archive, message.snapshot.now / 1000) : appendSnapshot(s.metricsHistory, base, message.snapshot, message.recent);
    if (!rewound) archiveLatest(archive, history);
    if (message.compare) onCompareMetrics(message.compare.snapshot, message.compare.recent);
    if (message.compare?.eventTypes) comparedLive.types(message.compare.eventTypes, message.eventTypes);
    patch({
      now: message.snapshot.now,
      reached: Math.max(reached, message.snapshot.now),
      metrics: message.snapshot,
      metricsHistory: history,
      violations,
      projection: message.projection,
      keepingUp: message.keepingUp,
      eventsPerSecond: message.eventsPerSecond,
      ...(typesChanged ? { eventTypes: message.eventTypes } : {}),
      ...(message.trace && message.trace.key !== null && message.trace.key === tracedKey ? { trace: { key: message.trace.key, journeys: message.trace.journeys } } : {}),
      ...(message.journey && message.journey.messageId === followedId ? { journey: message.journey.journey } : {}),
      ...(message.processorTable !== undefined ? { processorTable: message.processorTable } : {}),
    });
    if (seekInFlight) {
      seekInFlight = false;
      if (nextSeek !== null) {
        const at = nextSeek;
        nextSeek = null;
        client.seek(at);
      }
    }
  };

  // B's series, built like A's, point for point (both come in one message).
  const onCompareMetrics = (snapshot: MetricsSnapshot, recent: MetricsMessage['recent']) => {
    if (compareSnapshots.length > 0 && compareSnapshots[compareSnapshots.length - 1].now > snapshot.now) compareSnapshots = [];
    let base: MetricsSnapshot | null = compareSnapshots[0] ?? null;
    for (const old of compareSnapshots) if (old.now <= snapshot.now - RATE_WINDOW_MS) base = old;
    compareSnapshots.push(snapshot);
    if (compareSnapshots.length > MAX_RATE_SNAPSHOTS) compareSnapshots.shift();
    const history = rewound ? historyAt(compareArchive, snapshot.now / 1000) : appendSnapshot(state().compareHistory, base, snapshot, recent);
    if (!rewound) archiveLatest(compareArchive, history);
    patch({ compareMetrics: snapshot, compareHistory: history });
  };

  /** Playing, stepping or changing the run after a seek continues it from there. */
  const goOn = () => {
    rewound = false;
    nextSeek = null;
  };

  const onFaultApplied = (message: FaultAppliedMessage) => {
    const s = state();
    if (s.readOnly) return;
    if (s.document.faults.length >= LIMITS.faults) {
      s.notify('info', 'Fault applied but not recorded', [`the fault script holds at most ${LIMITS.faults} faults`]);
      return;
    }
    s.commit({ ...s.document, faults: [...s.document.faults, recordedFault(message)] });
  };

  function receive(message: WorkerMessage) {
    for (const listener of taps) listener.received(message);
    switch (message.type) {
      case 'frame':
        onFrame(message);
        return;
      case 'metrics':
        onMetrics(message);
        return;
      case 'trace':
        if (message.key === tracedKey) patch({ trace: message.key === null ? null : { key: message.key, journeys: message.journeys } });
        return;
      case 'journey':
        if (message.messageId === followedId) patch({ journey: message.journey });
        return;
      case 'fault-applied':
        onFaultApplied(message);
        return;
      case 'stopped':
        if (message.at === stopAt) {
          stopAt = null;
          patch({ status: 'paused' });
        }
        return;
      case 'error':
        patch({ status: 'paused' });
        state().notify('error', 'The simulation stopped', [message.message]);
        return;
    }
  }

  // A topology changed during a run goes to the engine as an edit at its current time; a document
  // opened (file, example, link) starts a fresh run instead. The edit waits for the end of the
  // current task, by when an open has shown itself.
  let editQueued = false;
  const sendEdit = () => {
    editQueued = false;
    const doc = state().document;
    if (!running || sameRun(running, doc)) return;
    running = doc;
    frame.edgeIds = running.edges.map((edge) => edge.id);
    // Older frames number the edges as before the edit.
    frame.recent = [];
    editsSent++;
    goOn();
    send({ type: 'edit', document: running });
  };
  store.subscribe((next, previous) => {
    if (running && next.opened !== previous.opened) {
      client.reset();
      return;
    }
    if (!running || editQueued || next.document === previous.document) return;
    editQueued = true;
    queueMicrotask(sendEdit);
  });

  const client: EngineClient = {
    latestFrame: () => frame,
    // Up to the moment on screen: after a rewind, the report tells of that moment.
    runHistories: () => ({ a: wholeHistory(archive, state().now), b: state().compareDocument ? wholeHistory(compareArchive, state().now) : null }),
    play(until?: number) {
      ensureLoaded();
      goOn();
      stopAt = until ?? null;
      send(until === undefined ? { type: 'play' } : { type: 'play', until });
      patch({ status: 'playing' });
    },
    pause() {
      stopAt = null;
      if (!running) return;
      send({ type: 'pause' });
      patch({ status: 'paused' });
    },
    step(size: StepSize) {
      stopAt = null;
      ensureLoaded();
      goOn();
      send(size === 'event' ? { type: 'step', events: 1 } : { type: 'step', ms: 100 });
      patch({ status: 'paused' });
    },
    setSpeed(speed) {
      const clamped = clampSpeed(speed);
      frame.speed = clamped;
      patch({ speed: clamped });
      if (worker) send({ type: 'speed', speed: clamped });
    },
    reset(seed) {
      stopAt = null;
      const s = state();
      // The seed belongs to the document, so a shared link replays the same run.
      if (seed !== undefined && Number.isInteger(seed) && seed !== s.document.seed && !s.readOnly) {
        s.commit({ ...s.document, seed }, 'seed');
      }
      if (worker) send({ type: 'pause' });
      running = null;
      forgetTimeline();
      seekInFlight = false;
      nextSeek = null;
      frame.version++;
      frame.now = 0;
      frame.count = 0;
      frame.recent = [];
      frame.inFlight = 0;
      frame.playing = false;
      comparedLive.clear();
      patch({ ...INITIAL_SIMULATION, compareDocument: s.compareDocument, speed: s.speed, seed: state().document.seed, trace: s.trace && { key: s.trace.key, journeys: [] } });
    },
    applyFault(node: string, action: FaultAction, duration: number | null = null) {
      ensureLoaded();
      goOn();
      send({ type: 'fault', node, action, duration });
    },
    traceKey(key) {
      tracedKey = key;
      send({ type: 'trace', key });
      if (key === null) patch({ trace: null });
    },
    showJourney(messageId) {
      followedId = messageId;
      send({ type: 'journey', messageId });
      if (messageId === null) patch({ journey: null });
    },
    watchProjection(node, keys) {
      send({ type: 'watch-projection', node, keys });
      if (node === null) patch({ projection: null });
    },
    tap(listener) {
      taps.add(listener);
      return () => void taps.delete(listener);
    },
    runCommands(commands, shown) {
      const last = commands[commands.length - 1];
      stopAt = last?.type === 'play' ? (last.until ?? null) : null;
      const first = commands[0];
      if (first?.type === 'load') {
        running = null;
        forgetTimeline();
        frame.recent = [];
        frame.count = 0;
        editsSent = 0;
        patch({ seed: first.seed, metricsHistory: INITIAL_SIMULATION.metricsHistory, metrics: null, violations: [] });
      }
      running = shown;
      frame.edgeIds = shown.edges.map((edge) => edge.id);
      editsSent += commands.filter((command) => command.type === 'edit').length;
      for (const command of commands) {
        if (command.type === 'speed') frame.speed = command.speed;
        send(command);
      }
      patch({ status: last?.type === 'play' ? 'playing' : 'paused', speed: frame.speed });
    },
    seek(at) {
      if (!running || !Number.isFinite(at)) return;
      stopAt = null;
      if (seekInFlight) {
        nextSeek = at;
        return;
      }
      seekInFlight = true;
      rewound = true;
      snapshots = [];
      compareSnapshots = [];
      send({ type: 'seek', at: Math.max(0, Math.min(at, reached)) });
      patch({ status: 'paused' });
    },
    runTo(at) {
      if (!Number.isFinite(at) || at < 0) return;
      stopAt = null;
      ensureLoaded();
      goOn();
      send({ type: 'step', ms: Math.max(0, at - frame.now) });
      patch({ status: 'paused' });
    },
    compareWith(document) {
      compareArchive = emptyArchive();
      compareSnapshots = [];
      comparedLive.show(document);
      patch({ compareDocument: document, compareMetrics: null, compareHistory: INITIAL_SIMULATION.compareHistory });
      send({ type: 'compare', document });
    },
    watchProcessor(node) {
      send({ type: 'watch-processor', node });
      if (node === null) patch({ processorTable: null });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      running = null;
    },
    latestCompareFrame: () => comparedLive.frame,
  };
  store.getState().attachEngine(client);
  return client;
}

function spawnWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/** The app's engine client, attached to the app's store; the worker starts on first use. */
export const engineClient: EngineClient = createEngineClient(editorStore, spawnWorker);
