// What the client knows of the run in the worker, and the parts of the client each of its jobs
// (playback, store writing, following the document, room replay) works on.
import type { TopologyDocument } from '../../src/model/types';
import type { Command } from '../../src/protocol/messages';
import type { SimulationState } from '../store/simulationSlice';
import type { EditorStore } from '../store/store';
import type { ComparedLive } from './comparedLive';
import type { LiveFrame } from './liveFrame';
import type { RewindTimeline } from './rewindTimeline';

export interface EngineRun {
  /** The document the engine runs; null until the next play loads one (and after a reset). */
  running: TopologyDocument | null;
  /** Edits sent since the last load: a frame numbered before the newest one is stale. */
  editsSent: number;
  /** The `until` of the last play, while no other command has come since. */
  stopAt: number | null;
  /** What the UI asked to follow; replies about anything else are stale. */
  tracedKey: number | null;
  followedId: number | null;
}

export function idleRun(): EngineRun {
  return { running: null, editsSent: 0, stopAt: null, tracedKey: null, followedId: null };
}

/** The shared parts of one engine client. */
export interface ClientParts {
  store: EditorStore;
  run: EngineRun;
  frame: LiveFrame;
  /** B's live frame in compare mode (see ./comparedLive.ts). */
  compared: ComparedLive;
  timeline: RewindTimeline;
  send(command: Command): void;
  /** Write what the worker told into the simulation slice. */
  patch(patch: Partial<SimulationState>): void;
}
