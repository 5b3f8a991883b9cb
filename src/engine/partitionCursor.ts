// A consumer group's position in one partition. `next` is the next offset to fetch; `committed`
// is the acknowledged position a new owner starts from after a crash; `doneUpTo` is the first
// offset not yet finished. Between `committed` and `next` a ring keeps each offset's history, so
// that events delivered again after a crash are known to be duplicates when they were applied
// before (however many times they are delivered again).

/** How a delivery of an offset ended, for `finish`. */
export const Outcome = { applied: 1, finished: 2 } as const;

/** Bits of an offset's history: `done` for the current delivery; the others stay set. */
export const History = { open: 0, done: 1, finished: 2, applied: 4 } as const;
const STICKY = History.finished | History.applied;

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
   * Takes offset `next` for delivery and returns its history bits from deliveries before a
   * rewind (`History.open` for a first delivery). It is not done again until `finish`.
   */
  take(): number {
    const offset = this.next;
    if (offset - this.committed >= this.mask) this.grow();
    const slot = offset & this.mask;
    const before = offset < this.redeliverUntil ? this.ring[slot] : History.open;
    this.ring[slot] = before & STICKY;
    this.next = offset + 1;
    return before;
  }

  /** Takes offset `next` and finishes it without delivering it (expired, or dropped for this group). */
  skip(): number {
    const before = this.take();
    this.finish(this.next - 1, Outcome.finished);
    return before;
  }

  /** Whether an offset not yet (re)fetched was finished before a rewind. */
  wasFinished(offset: number): boolean {
    return offset >= this.next && offset < this.redeliverUntil && (this.ring[offset & this.mask] & History.finished) !== 0;
  }

  /** Records how a fetched offset's delivery ended and moves `doneUpTo` past done ones. */
  finish(offset: number, outcome: number): void {
    if (offset < this.doneUpTo || offset >= this.next) return;
    const slot = offset & this.mask;
    this.ring[slot] |= History.done | History.finished | (outcome === Outcome.applied ? History.applied : 0);
    let done = this.doneUpTo;
    const next = this.next;
    while (done < next && (this.ring[done & this.mask] & History.done) !== 0) done++;
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
