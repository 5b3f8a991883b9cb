// The second run's part of a frame in compare mode: B's messages in flight, packed like A's and
// taken at the same simulated moment, so B's canvas animates from the same worker and clock.
import type { Simulation } from '../engine/api';
import { FramePacker } from './frame';

/** B's particles of one frame (see FrameMessage for the meaning of each field). */
export interface ComparedFrame {
  now: number;
  inFlight: number;
  particles: Float64Array;
  count: number;
  edgeCounts: Uint32Array;
}

/** Packs the compared run's messages in flight, one frame at a time; one per worker. */
export class ComparedFramePacker {
  private readonly packer: FramePacker;

  constructor(capacity: number) {
    this.packer = new FramePacker(0, capacity);
  }

  /** B's frame now, and the buffers to transfer with it. */
  pack(sim: Simulation, edgeCount: number): { frame: ComparedFrame; transfer: ArrayBuffer[] } {
    const inFlight = sim.inFlightCount();
    this.packer.begin(inFlight, edgeCount);
    sim.forEachInFlight((message) => this.packer.add(message));
    const { particles, count, edgeCounts } = this.packer.take();
    return { frame: { now: sim.now, inFlight, particles, count, edgeCounts }, transfer: [particles.buffer as ArrayBuffer, edgeCounts.buffer as ArrayBuffer] };
  }
}
