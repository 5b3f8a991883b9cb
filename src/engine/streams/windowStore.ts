// The state of an aggregate over tumbling or hopping windows (a tumbling window is a hopping one
// whose advance is its size). Only open windows are kept, plus the last few closed ones so their
// rows can still be shown beside their true values: state is bounded by the open windows, never
// by the history. Results go into `out` as (key, time, value) triples for the processor to send.

/** How many closed windows stay readable (for the table view and late-event truth). */
export const KEPT_CLOSED = 3;

/** One window: its bounds and the value of every key in it. */
export class WindowCells {
  readonly value = new Map<number, number>();
  /** When each key's value last changed, simulated ms (the table view highlights recent ones). */
  readonly changed = new Map<number, number>();
  /** Per key, what late events would have added after the window closed. */
  readonly late = new Map<number, number>();
  closedAt = -1;

  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

/** Open and recently closed windows of one aggregate. */
export class WindowStore {
  /** Open windows, by start (and so by end: every window has the same size). */
  readonly open: WindowCells[] = [];
  /** The last `KEPT_CLOSED` closed windows, newest last. */
  readonly closed: WindowCells[] = [];
  /** Results not yet sent: key, event time, value, repeated. */
  readonly out: number[] = [];
  /** Sum of the final values of every closed window (what the processor said). */
  closedValue = 0;
  /** What late events would have added to closed windows (truth = closedValue + closedLate). */
  closedLate = 0;
  /** Windows closed so far. */
  windowsClosed = 0;
  /** Sum over closed windows of simulated time at close minus the window's end: how long results waited. */
  closeDelay = 0;

  constructor(
    readonly size: number,
    readonly advance: number,
    readonly graceMs: number,
    readonly onUpdate: boolean,
  ) {}

  /** Whether an event at `t` would find every one of its windows closed at watermark `wm`. */
  isLate(t: number, wm: number): boolean {
    const last = Math.floor(t / this.advance) * this.advance;
    return last + this.size + this.graceMs <= wm;
  }

  /**
   * Adds value `v` of `key` at event time `t` to its windows; returns how many of them had closed
   * (the event is late for those: dropped there, counted in `closedLate`).
   */
  add(key: number, t: number, v: number, wm: number, now: number): number {
    const { size, advance } = this;
    let missed = 0;
    // Windows start at 0 or later, as event times do.
    const first = Math.max(0, Math.floor((t - size) / advance) + 1);
    const last = Math.floor(t / advance);
    for (let k = first; k <= last; k++) {
      const start = k * advance;
      if (start + size + this.graceMs <= wm) {
        missed++;
        this.closedLate += v;
        const kept = this.closed.find((w) => w.start === start);
        if (kept) kept.late.set(key, (kept.late.get(key) ?? 0) + v);
        continue;
      }
      const cells = this.windowAt(start);
      const value = (cells.value.get(key) ?? 0) + v;
      cells.value.set(key, value);
      cells.changed.set(key, now);
      if (this.onUpdate) this.out.push(key, t, value);
    }
    return missed;
  }

  /** Closes every window whose end plus grace the watermark has reached. */
  close(wm: number, now: number): void {
    const open = this.open;
    while (open.length > 0 && open[0].end + this.graceMs <= wm) {
      const cells = open.shift() as WindowCells;
      cells.closedAt = now;
      for (const [key, value] of cells.value) {
        this.closedValue += value;
        if (!this.onUpdate) this.out.push(key, cells.end, value);
      }
      this.windowsClosed++;
      this.closeDelay += now - cells.end;
      this.closed.push(cells);
      if (this.closed.length > KEPT_CLOSED) this.closed.shift();
    }
  }

  /** Rows held in open windows. */
  rows(): number {
    let rows = 0;
    for (const cells of this.open) rows += cells.value.size;
    return rows;
  }

  private windowAt(start: number): WindowCells {
    const open = this.open;
    let i = open.length - 1;
    // Most events fall in the newest windows: search from the end.
    while (i >= 0 && open[i].start > start) i--;
    if (i >= 0 && open[i].start === start) return open[i];
    const cells = new WindowCells(start, start + this.size);
    open.splice(i + 1, 0, cells);
    return cells;
  }
}
