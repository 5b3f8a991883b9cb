// Messages travelling along publish edges that have a latency: each holds a slot from the time it
// is sent until it reaches its topic. A dense list of the slots in use lets the animation visit
// them without scanning free ones.
import { grownFloat64, grownInt32 } from './growable';

/** Messages on their way along publish edges. */
export class Transit {
  key = new Int32Array(64);
  seq = new Int32Array(64);
  type = new Int32Array(64);
  flags = new Int32Array(64);
  link = new Int32Array(64);
  gen = new Int32Array(64);
  sourceTime = new Float64Array(64);
  publishTime = new Float64Array(64);
  arriveTime = new Float64Array(64);
  messageId = new Float64Array(64);
  /** Slots in use, densely; `position[slot]` is where a slot sits in it. */
  active = new Int32Array(64);
  private position = new Int32Array(64);
  size = 0;
  private capacity = 64;
  private free: number[] = [];
  private used = 0;

  /** Takes a slot for a message on `link`; the caller fills the fields. */
  add(link: number): number {
    let slot: number;
    if (this.free.length > 0) slot = this.free.pop() as number;
    else {
      if (this.used === this.capacity) this.grow();
      slot = this.used++;
    }
    this.link[slot] = link;
    this.position[slot] = this.size;
    this.active[this.size++] = slot;
    return slot;
  }

  /** Frees a slot whose message arrived (or whose edge went away). */
  remove(slot: number): void {
    const at = this.position[slot];
    const last = this.active[--this.size];
    this.active[at] = last;
    this.position[last] = at;
    this.gen[slot]++;
    this.free.push(slot);
  }

  private grow(): void {
    const c = this.capacity * 2;
    this.key = grownInt32(this.key, c);
    this.seq = grownInt32(this.seq, c);
    this.type = grownInt32(this.type, c);
    this.flags = grownInt32(this.flags, c);
    this.link = grownInt32(this.link, c);
    this.gen = grownInt32(this.gen, c);
    this.active = grownInt32(this.active, c);
    this.position = grownInt32(this.position, c);
    this.sourceTime = grownFloat64(this.sourceTime, c);
    this.publishTime = grownFloat64(this.publishTime, c);
    this.arriveTime = grownFloat64(this.arriveTime, c);
    this.messageId = grownFloat64(this.messageId, c);
    this.capacity = c;
  }
}
