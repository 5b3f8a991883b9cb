// What the playback controls and panels ask of the engine, turned into commands for the worker.
import type { FaultAction } from '../../src/model/types';
import { clampSpeed, INITIAL_SIMULATION, type SimulationControls, type StepSize } from '../store/simulationSlice';
import type { ClientParts } from './engineRun';
import { clearFrame } from './liveFrame';

/** The controls; `ensureLoaded` loads the store's document when nothing runs, `started` tells whether a worker is there. */
export function createPlaybackControls(parts: ClientParts, ensureLoaded: () => void, started: () => boolean): SimulationControls {
  const { store, run, frame, timeline, send, patch } = parts;
  const state = () => store.getState();

  const controls: SimulationControls = {
    play(until?: number) {
      ensureLoaded();
      timeline.goOn();
      run.stopAt = until ?? null;
      send(until === undefined ? { type: 'play' } : { type: 'play', until });
      patch({ status: 'playing' });
    },
    pause() {
      run.stopAt = null;
      if (!run.running) return;
      send({ type: 'pause' });
      patch({ status: 'paused' });
    },
    step(size: StepSize) {
      run.stopAt = null;
      ensureLoaded();
      timeline.goOn();
      send(size === 'event' ? { type: 'step', events: 1 } : { type: 'step', ms: 100 });
      patch({ status: 'paused' });
    },
    setSpeed(speed) {
      const clamped = clampSpeed(speed);
      frame.speed = clamped;
      patch({ speed: clamped });
      // Before the worker is there, the speed goes with its first command.
      if (started()) send({ type: 'speed', speed: clamped });
    },
    reset(seed) {
      run.stopAt = null;
      const s = state();
      // The seed belongs to the document, so a shared link replays the same run.
      if (seed !== undefined && Number.isInteger(seed) && seed !== s.document.seed && !s.readOnly) {
        s.commit({ ...s.document, seed }, 'seed');
      }
      if (started()) send({ type: 'pause' });
      run.running = null;
      timeline.forget();
      timeline.cancelSeeks();
      clearFrame(frame);
      parts.compared.clear();
      patch({ ...INITIAL_SIMULATION, compareDocument: s.compareDocument, speed: s.speed, seed: state().document.seed, trace: s.trace && { key: s.trace.key, journeys: [] } });
    },
    applyFault(node: string, action: FaultAction, duration: number | null = null) {
      ensureLoaded();
      timeline.goOn();
      send({ type: 'fault', node, action, duration });
    },
    traceKey(key) {
      run.tracedKey = key;
      send({ type: 'trace', key });
      if (key === null) patch({ trace: null });
    },
    showJourney(messageId) {
      run.followedId = messageId;
      send({ type: 'journey', messageId });
      if (messageId === null) patch({ journey: null });
    },
    watchProjection(node, keys) {
      send({ type: 'watch-projection', node, keys });
      if (node === null) patch({ projection: null });
    },
    seek(at) {
      if (!run.running || !Number.isFinite(at)) return;
      run.stopAt = null;
      const to = timeline.seek(at);
      if (to === null) return;
      send({ type: 'seek', at: to });
      patch({ status: 'paused' });
    },
    runTo(at) {
      if (!Number.isFinite(at) || at < 0) return;
      run.stopAt = null;
      ensureLoaded();
      timeline.goOn();
      send({ type: 'step', ms: Math.max(0, at - frame.now) });
      patch({ status: 'paused' });
    },
    compareWith(document) {
      timeline.forgetCompare();
      parts.compared.show(document);
      patch({ compareDocument: document, compareMetrics: null, compareHistory: INITIAL_SIMULATION.compareHistory });
      send({ type: 'compare', document });
    },
    watchProcessor(node) {
      send({ type: 'watch-processor', node });
      if (node === null) patch({ processorTable: null });
    },
  };
  return controls;
}
