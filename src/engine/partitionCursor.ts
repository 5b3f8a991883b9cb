// A consumer group's position in one partition. `next` is the next offset to fetch; `committed`
// is the acknowledged position a new owner starts from after a crash; `doneUpTo` is the first
// offset not yet finished. Between `committed` and `next` a ring keeps each offset's outcome, so
// that events redelivered after a crash are known to be duplicates when they were applied before.

/** Outcome of an offset for this group. */
export const Outcome = { open: 0, applied: 1, finished: 2 } as const;

/** Offsets, commit and per-offset outcomes of one group in one partition. */
export class PartitionCursor {
  next = 0;
  committed = 0;
  doneUpTo = 0;
  /** Offsets below this were fetched before the last rewind; their outcomes are still known. */
  redeliverUntil = 0;
  private ring = new Uint8Array(16);
  private mask = 15;

  constructor(start = 0) {
    this.reset(start);
  }

  /** Starts over at `offset` with nothing known (a new subscription or a replay). */
  reset(offset: number): void {
    this.next = offset;
    this.committed = offset;
    this.doneUpTo = offset;
    this.redeliverUntil = offset;
    this.ring.fill(0);
  }

  /**
   * Takes offset `next` for delivery and returns what this group did with it before a rewind
   * (`Outcome.open` for a first delivery). Its outcome is open again until `finish`.
   */
  take(): number {
    const offset = this.next;
    if (offset - this.committed >= this.mask) this.grow();
    const slot = offset & this.mask;
    const before = offset < this.redeliverUntil ? this.ring[slot] : Outcome.open;
    this.ring[slot] = Outcome.open;
    this.next = offset + 1;
    return before;
  }

  /** Takes offset `next` and finishes it without delivering it (expired, or dropped for this group). */
  skip(): number {
    const before = this.take();
    this.finish(this.next - 1, Outcome.finished);
    return before;
  }

  /** Records the outcome of a fetched offset and moves `doneUpTo` past finished ones. */
  finish(offset: number, outcome: number): void {
    if (offset < this.doneUpTo || offset >= this.next) return;
    this.ring[offset & this.mask] = outcome;
    let done = this.doneUpTo;
    const next = this.next;
    while (done < next && this.ring[done & this.mask] !== Outcome.open) done++;
    this.doneUpTo = done;
  }

  /** Acknowledges everything finished so far. */
  commit(): void {
    this.committed = this.doneUpTo;
  }

  /** Goes back to the committed position; offsets fetched since will be delivered again. */
  rewindToCommitted(): void {
    if (this.next > this.redeliverUntil) this.redeliverUntil = this.next;
    this.next = this.committed;
    this.doneUpTo = this.committed;
  }

  private grow(): void {
    const oldMask = this.mask;
    const size = (oldMask + 1) * 2;
    const next = new Uint8Array(size);
    const until = Math.max(this.next, this.redeliverUntil);
    for (let o = this.committed; o < until; o++) next[o & (size - 1)] = this.ring[o & oldMask];
    this.ring = next;
    this.mask = size - 1;
  }
}
