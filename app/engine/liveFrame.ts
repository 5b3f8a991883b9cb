// The latest frame for the particle overlay: one mutable object, updated in place as frames arrive,
// which the overlay reads every animation frame without going through React.
import type { FrameMessage } from '../../src/protocol/messages';

/** The particles of one frame the worker sent. */
export interface FrameParticles {
  now: number;
  particles: Float64Array;
  count: number;
}

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

export function emptyFrame(): LiveFrame {
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

/** One run's particles in a frame: A's frame message, or compare mode's part for B. */
export type FramePart = Pick<FrameMessage, 'now' | 'inFlight' | 'particles' | 'count' | 'edgeCounts'>;

/** Take `part` into `frame`: it arrived at wall ms `receivedAt` while `playing`; the last `keep` are kept for drawing. */
export function takeFrame(frame: LiveFrame, part: FramePart, playing: boolean, receivedAt: number, keep = RECENT_FRAMES): void {
  frame.version++;
  frame.now = part.now;
  frame.receivedAt = receivedAt;
  frame.playing = playing;
  frame.inFlight = part.inFlight;
  frame.particles = part.particles;
  frame.count = part.count;
  frame.recent.push({ now: part.now, particles: part.particles, count: part.count });
  if (frame.recent.length > keep) frame.recent.shift();
  frame.edgeCounts = part.edgeCounts;
}

/** Back to time zero: nothing in flight, nothing to draw. */
export function clearFrame(frame: LiveFrame): void {
  frame.version++;
  frame.now = 0;
  frame.count = 0;
  frame.recent = [];
  frame.inFlight = 0;
  frame.playing = false;
}
