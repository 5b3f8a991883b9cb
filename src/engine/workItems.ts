// The events a consumer group has fetched and not yet finished, one slot each in typed arrays
// reused through a free list. A slot's `gen` grows each time it is freed, so engine events that
// refer to a slot (a retry timer) can tell when the item they meant is gone.
import { grownFloat64, grownInt32, grownUint8 } from './growable';

/** Where a fetched event is. */
export const ItemState = {
  free: 0,
  /** In its instance's buffer, waiting for a worker. */
  waiting: 1,
  /** Being processed by a worker. */
  running: 2,
  /** Failed; its worker waits out the backoff and tries again (blocking retry). */
  holding: 3,
  /** Failed; waits out the backoff off the workers, then goes back to the buffer (requeue retry). */
  backoff: 4,
} as const;

/** Flags of a fetched event. */
export const ItemFlag = {
  /** Delivered again after this group had already applied it. */
  duplicate: 1,
  /** Delivered again after this group finished it without applying it (dead letter, drop). */
  redelivered: 2,
} as const;

/** Which lock an item holds while it runs (the ordering mode it started under). */
export const LockKind = { none: 0, partition: 1, key: 2 } as const;

/** A pool of fetched events in struct-of-arrays form. */
export class WorkItems {
  capacity = 0;
  key = new Int32Array(0);
  seq = new Int32Array(0);
  type = new Int32Array(0);
  gp = new Int32Array(0);
  instance = new Int32Array(0);
  worker = new Int32Array(0);
  attempts = new Int32Array(0);
  flags = new Int32Array(0);
  gen = new Int32Array(0);
  prev = new Int32Array(0);
  next = new Int32Array(0);
  state = new Uint8Array(0);
  lock = new Uint8Array(0);
  offset = new Float64Array(0);
  messageId = new Float64Array(0);
  sourceTime = new Float64Array(0);
  publishTime = new Float64Array(0);
  availableTime = new Float64Array(0);
  startTime = new Float64Array(0);
  private free = new Int32Array(0);
  private freeCount = 0;
  /** Slots ever handed out: every live item is below this. */
  used = 0;
  live = 0;

  constructor() {
    this.grow(64);
  }

  /** A fresh slot (state still `free`: the caller sets it). */
  alloc(): number {
    let item: number;
    if (this.freeCount > 0) item = this.free[--this.freeCount];
    else {
      if (this.used === this.capacity) this.grow(this.capacity * 2);
      item = this.used++;
    }
    this.live++;
    this.attempts[item] = 0;
    this.flags[item] = 0;
    this.lock[item] = LockKind.none;
    this.prev[item] = -1;
    this.next[item] = -1;
    this.worker[item] = -1;
    return item;
  }

  /** Items in `state` (for metrics). */
  count(state: number): number {
    let count = 0;
    for (let item = 0; item < this.used; item++) if (this.state[item] === state) count++;
    return count;
  }

  /** Returns a slot to the pool. */
  release(item: number): void {
    this.state[item] = ItemState.free;
    this.gen[item]++;
    this.free[this.freeCount++] = item;
    this.live--;
  }

  private grow(capacity: number): void {
    this.key = grownInt32(this.key, capacity);
    this.seq = grownInt32(this.seq, capacity);
    this.type = grownInt32(this.type, capacity);
    this.gp = grownInt32(this.gp, capacity);
    this.instance = grownInt32(this.instance, capacity);
    this.worker = grownInt32(this.worker, capacity);
    this.attempts = grownInt32(this.attempts, capacity);
    this.flags = grownInt32(this.flags, capacity);
    this.gen = grownInt32(this.gen, capacity);
    this.prev = grownInt32(this.prev, capacity);
    this.next = grownInt32(this.next, capacity);
    this.state = grownUint8(this.state, capacity);
    this.lock = grownUint8(this.lock, capacity);
    this.offset = grownFloat64(this.offset, capacity);
    this.messageId = grownFloat64(this.messageId, capacity);
    this.sourceTime = grownFloat64(this.sourceTime, capacity);
    this.publishTime = grownFloat64(this.publishTime, capacity);
    this.availableTime = grownFloat64(this.availableTime, capacity);
    this.startTime = grownFloat64(this.startTime, capacity);
    this.free = grownInt32(this.free, capacity);
    this.capacity = capacity;
  }
}
