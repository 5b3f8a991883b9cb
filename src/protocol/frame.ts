// Packing of the messages in flight into one typed array per frame. Each particle is
// `PARTICLE_STRIDE` numbers; times are simulated ms. When more are in flight than a frame may
// carry, a sample is taken that is stable from frame to frame (chosen by message id), so drawn
// particles do not flicker, and the true per-edge counts travel alongside.
import type { InFlightMessage } from '../engine/api';

export const PARTICLE_STRIDE = 7;
export const Field = {
  edgeIndex: 0,
  sendTime: 1,
  arriveTime: 2,
  typeIndex: 3,
  flags: 4,
  messageId: 5,
  key: 6,
} as const;

/** The most particles one frame carries. */
export const MAX_PARTICLES = 4000;

/** Whether a message belongs to a stable sample of about `keep` out of `total`. */
export function inSample(messageId: number, keep: number, total: number): boolean {
  if (total <= keep) return true;
  // A multiplicative hash spreads consecutive ids evenly, so the sample is representative.
  const hash = Math.imul(messageId | 0, 0x9e3779b1) >>> 0;
  return hash / 0x1_0000_0000 < keep / total;
}

/** Collects messages in flight into a packed frame; reuse one per worker, `take` per frame. */
export class FramePacker {
  private buffer: Float64Array;
  private count = 0;
  private keep = MAX_PARTICLES;
  private total = 0;
  private edgeCounts: Uint32Array;

  constructor(edgeCount: number, private readonly capacity = MAX_PARTICLES) {
    this.buffer = new Float64Array(capacity * PARTICLE_STRIDE);
    this.edgeCounts = new Uint32Array(edgeCount);
  }

  /** Starts a frame that will see `total` messages in flight. */
  begin(total: number, edgeCount: number): void {
    this.count = 0;
    this.total = total;
    this.keep = this.capacity;
    if (this.edgeCounts.length !== edgeCount) this.edgeCounts = new Uint32Array(edgeCount);
    else this.edgeCounts.fill(0);
  }

  /** Counts one message and packs it when it is in the sample. */
  add(message: InFlightMessage): void {
    if (message.edgeIndex < this.edgeCounts.length) this.edgeCounts[message.edgeIndex]++;
    if (this.count >= this.capacity || !inSample(message.messageId, this.keep, this.total)) return;
    const at = this.count * PARTICLE_STRIDE;
    const b = this.buffer;
    b[at + Field.edgeIndex] = message.edgeIndex;
    b[at + Field.sendTime] = message.sendTime;
    b[at + Field.arriveTime] = message.arriveTime;
    b[at + Field.typeIndex] = message.typeIndex;
    b[at + Field.flags] = message.flags;
    b[at + Field.messageId] = message.messageId;
    b[at + Field.key] = message.key;
    this.count++;
  }

  /** Hands over the packed particles and counts; the packer starts on fresh buffers. */
  take(): { particles: Float64Array; count: number; edgeCounts: Uint32Array } {
    const out = { particles: this.buffer, count: this.count, edgeCounts: this.edgeCounts };
    this.buffer = new Float64Array(this.capacity * PARTICLE_STRIDE);
    this.edgeCounts = new Uint32Array(this.edgeCounts.length);
    return out;
  }
}
