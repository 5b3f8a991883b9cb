// The UI's side of the engine: owns the Web Worker, turns the simulation slice's actions into
// commands, keeps the latest frame in a mutable object the particle overlay reads every animation
// frame (never through React), and writes metrics into the store about five times a second.
// Each job is a file of its own; this one puts them together:
//   transport.ts         spawning and talking to the worker, routing its messages, taps
//   liveFrame.ts         the frame buffer the canvas draws from
//   rateWindow.ts        rates over a simulated second
//   rewindTimeline.ts    chart archive, how far the run reached, seeks
//   storeWriter.ts       figures, traces, faults and stops into the store
//   runningDocument.ts   load on play, edits during a run, a fresh run on open
//   playbackControls.ts  play, pause, step, seek... as commands
//   roomReplay.ts        a workshop room's commands, replayed
import type { Command } from '../../src/protocol/messages';
import type { TopologyDocument } from '../../src/model/types';
import type { SimulationControls } from '../store/simulationSlice';
import type { EditorStore } from '../store/store';
import { editorStore } from '../store/useEditor';
import { ComparedLive } from './comparedLive';
import { idleRun, type ClientParts } from './engineRun';
import { emptyFrame, RECENT_FRAMES, takeFrame, type LiveFrame } from './liveFrame';
import type { MetricsHistory } from './metricsHistory';
import { createPlaybackControls } from './playbackControls';
import { createRewindTimeline } from './rewindTimeline';
import { runRoomCommands } from './roomReplay';
import { followDocument } from './runningDocument';
import { createStoreWriter } from './storeWriter';
import { createTransport, type EngineTap, type WorkerLike } from './transport';

export { RECENT_FRAMES, type FrameParticles, type LiveFrame } from './liveFrame';
export { sameRun } from './runningDocument';
export { recordedFault } from './storeWriter';
export type { EngineTap, WorkerLike } from './transport';

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

/** A client for `store`; `spawn` makes the worker, on the first command that needs it. */
export function createEngineClient(store: EditorStore, spawn: () => WorkerLike, wallClock: () => number = () => performance.now()): EngineClient {
  const state = () => store.getState();
  const parts: ClientParts = {
    store,
    run: idleRun(),
    frame: emptyFrame(),
    compared: new ComparedLive(RECENT_FRAMES),
    timeline: createRewindTimeline(),
    send: (command) => transport.send(command),
    patch: state().receiveSimulation,
  };
  const { run, frame, timeline } = parts;
  const transport = createTransport(
    spawn,
    {
      frame(message) {
        // A frame from before a reset (the worker answers the pause that went with it) is stale; so is
        // one from before the last edit (its edge indices are the old document's).
        if (!run.running || message.edits < run.editsSent) return;
        takeFrame(frame, message, message.playing, wallClock());
        if (message.reached !== undefined) timeline.reach(message.reached);
        parts.compared.receive(message, frame);
      },
      ...createStoreWriter(parts, (at) => controls.seek(at)),
    },
    () => ({ type: 'speed', speed: state().speed }),
  );
  const ensureLoaded = followDocument(parts, () => controls.reset());
  const controls = createPlaybackControls(parts, ensureLoaded, transport.started);

  const client: EngineClient = {
    ...controls,
    latestFrame: () => frame,
    latestCompareFrame: () => parts.compared.frame,
    // Up to the moment on screen: after a rewind, the report tells of that moment.
    runHistories: () => ({ a: timeline.whole('a', state().now), b: state().compareDocument ? timeline.whole('b', state().now) : null }),
    tap: transport.tap,
    runCommands: (commands, shown) => runRoomCommands(parts, commands, shown),
    dispose() {
      transport.dispose();
      run.running = null;
    },
  };
  state().attachEngine(client);
  return client;
}

function spawnWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/** The app's engine client, attached to the app's store; the worker starts on first use. */
export const engineClient: EngineClient = createEngineClient(editorStore, spawnWorker);
