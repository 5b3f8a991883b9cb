// The acks-all events a partition committed within the last fetch delay: their acknowledgement is
// still on its way back to the producer. If the leader goes down now, the producer never hears it
// and sends them again; only an idempotent producer's events are then recognised, not duplicated.

/** A FIFO of committed events with their commit time, in plain arrays. */
export class RecentCommits {
  private fields: number[] = [];
  private at: number[] = [];
  private head = 0;

  get size(): number {
    return this.at.length - this.head;
  }

  /** Notes an event committed at `time` (its seven message fields, flags last). */
  push(time: number, key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number, flags: number): void {
    this.fields.push(key, seq, type, sourceTime, publishTime, messageId, flags);
    this.at.push(time);
  }

  /** Forgets events committed before `time`. */
  forgetBefore(time: number): void {
    while (this.head < this.at.length && this.at[this.head] < time) this.head++;
    if (this.head > 256 && this.head * 2 > this.at.length) {
      this.fields = this.fields.slice(this.head * 7);
      this.at = this.at.slice(this.head);
      this.head = 0;
    }
  }

  /** The message fields of the i-th event kept (0: the oldest). */
  fieldsOf(i: number): number[] {
    const from = (this.head + i) * 7;
    return this.fields.slice(from, from + 7);
  }

  /** Forgets everything. */
  clear(): void {
    this.fields = [];
    this.at = [];
    this.head = 0;
  }
}
