// A first-in first-out queue of small integers in a growable ring (no `shift()` on arrays). The
// ring's length is a power of two, so positions wrap with a mask instead of a division.

/** A FIFO of integers. */
export class IntQueue {
  private ring = new Int32Array(16);
  private mask = 15;
  private head = 0;
  size = 0;

  /** Adds `value` at the back. */
  push(value: number): void {
    if (this.size === this.ring.length) {
      const next = new Int32Array(this.ring.length * 2);
      for (let i = 0; i < this.size; i++) next[i] = this.ring[(this.head + i) & this.mask];
      this.ring = next;
      this.mask = next.length - 1;
      this.head = 0;
    }
    this.ring[(this.head + this.size++) & this.mask] = value;
  }

  /** Removes and returns the front value (the queue must not be empty). */
  shift(): number {
    const value = this.ring[this.head];
    this.head = (this.head + 1) & this.mask;
    this.size--;
    return value;
  }

  /** Empties the queue. */
  clear(): void {
    this.head = 0;
    this.size = 0;
  }
}
