// One partition of a topic: an append-only log addressed by offset. Offsets only grow; retention
// moves `start` forward. Entries live in a ring of typed arrays that doubles when full, so an
// offset's slot is `offset & mask` and nothing is allocated per event.
import { moveRing, powerOfTwoAtLeast } from './growable';

/** A partition's log of events. */
export class PartitionLog {
  /** First offset still stored. */
  start = 0;
  /** Offset the next append gets. */
  end = 0;
  mask: number;
  appendTime: Float64Array;
  publishTime: Float64Array;
  sourceTime: Float64Array;
  messageId: Float64Array;
  key: Int32Array;
  seq: Int32Array;
  type: Int32Array;
  /** Per entry, `maskWords` words of bits: bit g set = dropped for the topic's subscriber g. */
  dropMask: Uint32Array | null = null;
  maskWords = 0;

  constructor(capacity = 16) {
    const size = powerOfTwoAtLeast(capacity);
    this.mask = size - 1;
    this.appendTime = new Float64Array(size);
    this.publishTime = new Float64Array(size);
    this.sourceTime = new Float64Array(size);
    this.messageId = new Float64Array(size);
    this.key = new Int32Array(size);
    this.seq = new Int32Array(size);
    this.type = new Int32Array(size);
  }

  /** Events stored now. */
  get size(): number {
    return this.end - this.start;
  }

  /** Appends an event and returns its offset. */
  append(appendTime: number, publishTime: number, sourceTime: number, messageId: number, key: number, seq: number, type: number): number {
    if (this.end - this.start > this.mask) this.grow();
    const offset = this.end++;
    const slot = offset & this.mask;
    this.appendTime[slot] = appendTime;
    this.publishTime[slot] = publishTime;
    this.sourceTime[slot] = sourceTime;
    this.messageId[slot] = messageId;
    this.key[slot] = key;
    this.seq[slot] = seq;
    this.type[slot] = type;
    if (this.dropMask !== null) this.dropMask.fill(0, slot * this.maskWords, (slot + 1) * this.maskWords);
    return offset;
  }

  /** Whether the entry at `offset` was dropped for subscriber `bit`. */
  isDropped(offset: number, bit: number): boolean {
    if (this.dropMask === null) return false;
    const word = (offset & this.mask) * this.maskWords + (bit >>> 5);
    return (this.dropMask[word] & (1 << (bit & 31))) !== 0;
  }

  /** Marks the entry at `offset` as dropped for subscriber `bit`. */
  drop(offset: number, bit: number): void {
    if (this.dropMask === null) this.useMasks(bit + 1);
    const mask = this.dropMask as Uint32Array;
    mask[(offset & this.mask) * this.maskWords + (bit >>> 5)] |= 1 << (bit & 31);
  }

  /** Makes room for drop bits of `subscribers` subscribers (keeping bits already set). */
  useMasks(subscribers: number): void {
    const words = Math.max(1, Math.ceil(subscribers / 32));
    if (this.dropMask !== null && words <= this.maskWords) return;
    const next = new Uint32Array((this.mask + 1) * words);
    if (this.dropMask !== null) {
      for (let slot = 0; slot <= this.mask; slot++) {
        for (let w = 0; w < this.maskWords; w++) next[slot * words + w] = this.dropMask[slot * this.maskWords + w];
      }
    }
    this.dropMask = next;
    this.maskWords = words;
  }

  /** The first offset whose append time is at or after `time` (`end` when none). */
  offsetAtTime(time: number): number {
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.appendTime[mid & this.mask] < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private grow(): void {
    const oldMask = this.mask;
    const size = (oldMask + 1) * 2;
    const newMask = size - 1;
    const { start, end } = this;
    const moveF = (a: Float64Array) => {
      const next = new Float64Array(size);
      moveRing(a, oldMask, next, newMask, start, end);
      return next;
    };
    const moveI = (a: Int32Array) => {
      const next = new Int32Array(size);
      moveRing(a, oldMask, next, newMask, start, end);
      return next;
    };
    this.appendTime = moveF(this.appendTime);
    this.publishTime = moveF(this.publishTime);
    this.sourceTime = moveF(this.sourceTime);
    this.messageId = moveF(this.messageId);
    this.key = moveI(this.key);
    this.seq = moveI(this.seq);
    this.type = moveI(this.type);
    if (this.dropMask !== null) {
      const next = new Uint32Array(size * this.maskWords);
      moveRing(this.dropMask, oldMask, next, newMask, start, end, this.maskWords);
      this.dropMask = next;
    }
    this.mask = newMask;
  }
}
