// The fetches of one follower on their way: what the leader's log end was when each left (the
// follower holds that much when it arrives) and when it left. First in, first out.

/** A FIFO of (leader log end, sent time) pairs in plain arrays. */
export class FetchQueue {
  private ends: number[] = [];
  private sent: number[] = [];
  private head = 0;

  get size(): number {
    return this.ends.length - this.head;
  }

  /** Adds a fetch that left at `sentAt` carrying the log up to `end`. */
  push(end: number, sentAt: number): void {
    this.ends.push(end);
    this.sent.push(sentAt);
  }

  /** The log end of the oldest fetch on its way. */
  frontEnd(): number {
    return this.ends[this.head];
  }

  /** The time the oldest fetch on its way left. */
  frontSent(): number {
    return this.sent[this.head];
  }

  /** Removes the oldest fetch. */
  shift(): void {
    this.head++;
    // Drop the consumed front now and then, so the arrays do not grow for ever.
    if (this.head > 256 && this.head * 2 > this.ends.length) {
      this.ends = this.ends.slice(this.head);
      this.sent = this.sent.slice(this.head);
      this.head = 0;
    }
  }

  /** Forgets every fetch on its way (the leader changed). */
  clear(): void {
    this.ends = [];
    this.sent = [];
    this.head = 0;
  }
}
