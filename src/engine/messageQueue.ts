// A first-in first-out queue of messages (the fields an event carries between nodes) in a
// growable ring of typed arrays: what a blocked producer holds while its topic is full.
import { powerOfTwoAtLeast } from './growable';

/** A FIFO of messages. */
export class MessageQueue {
  private mask = 15;
  private head = 0;
  size = 0;
  key = new Int32Array(16);
  seq = new Int32Array(16);
  type = new Int32Array(16);
  flags = new Int32Array(16);
  sourceTime = new Float64Array(16);
  publishTime = new Float64Array(16);
  messageId = new Float64Array(16);

  /** Adds a message at the back. */
  push(key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number, flags: number): void {
    if (this.size > this.mask) this.grow();
    const slot = (this.head + this.size++) & this.mask;
    this.key[slot] = key;
    this.seq[slot] = seq;
    this.type[slot] = type;
    this.flags[slot] = flags;
    this.sourceTime[slot] = sourceTime;
    this.publishTime[slot] = publishTime;
    this.messageId[slot] = messageId;
  }

  /** The slot of the front message (read its fields, then `shift`). */
  front(): number {
    return this.head;
  }

  /** Removes the front message. */
  shift(): void {
    this.head = (this.head + 1) & this.mask;
    this.size--;
  }

  private grow(): void {
    const size = powerOfTwoAtLeast((this.mask + 1) * 2);
    const order = Array.from({ length: this.size }, (_, i) => (this.head + i) & this.mask);
    const moveI = (a: Int32Array) => {
      const next = new Int32Array(size);
      order.forEach((slot, i) => (next[i] = a[slot]));
      return next;
    };
    const moveF = (a: Float64Array) => {
      const next = new Float64Array(size);
      order.forEach((slot, i) => (next[i] = a[slot]));
      return next;
    };
    this.key = moveI(this.key);
    this.seq = moveI(this.seq);
    this.type = moveI(this.type);
    this.flags = moveI(this.flags);
    this.sourceTime = moveF(this.sourceTime);
    this.publishTime = moveF(this.publishTime);
    this.messageId = moveF(this.messageId);
    this.head = 0;
    this.mask = size - 1;
  }
}
