// The state of an aggregate over session windows: per key, runs of events at most `gap` ms apart.
// An event joins every open session of its key that it falls within `gap` of, merging them into
// one; a session closes once the watermark passes its last event + gap + grace. Only open sessions
// are kept. Results go into `out` as (key, time, value) triples, as in WindowStore.

/** Open sessions of one key as flat triples: start, end, value. */
type Sessions = number[];

/** Open sessions of every key. */
export class SessionStore {
  private readonly sessions = new Map<number, Sessions>();
  /** Results not yet sent: key, event time, value, repeated. */
  readonly out: number[] = [];
  /** When each key's value last changed (for the table view). */
  readonly changed = new Map<number, number>();
  closedValue = 0;
  closedLate = 0;
  windowsClosed = 0;
  closeDelay = 0;
  private open = 0;
  /** The earliest watermark at which some session may close; a scan happens only then. */
  private nextClose = Infinity;
  /** The last closed sessions as (key, start, end, value) for the table view, newest last. */
  readonly recentClosed: number[] = [];

  constructor(
    readonly gap: number,
    readonly graceMs: number,
    readonly onUpdate: boolean,
  ) {}

  /** Open sessions. */
  openWindows(): number {
    return this.open;
  }

  /** Whether an event at `t` that merges with no open session would be late at watermark `wm`. */
  isLate(t: number, wm: number): boolean {
    return t + this.gap + this.graceMs <= wm;
  }

  /** Adds value `v` of `key` at `t`; returns 1 when it is late (it merged with no open session and its own closed), else 0. */
  add(key: number, t: number, v: number, wm: number, now: number): number {
    const gap = this.gap;
    const list = this.sessions.get(key);
    let start = t;
    let end = t;
    let value = v;
    let merged = 0;
    if (list) {
      for (let i = 0; i < list.length; ) {
        if (t >= list[i] - gap && t <= list[i + 1] + gap) {
          start = Math.min(start, list[i]);
          end = Math.max(end, list[i + 1]);
          value += list[i + 2];
          list.splice(i, 3);
          merged++;
        } else i += 3;
      }
    }
    if (merged === 0 && this.isLate(t, wm)) {
      this.closedLate += v;
      return 1;
    }
    this.open += 1 - merged;
    if (list) list.push(start, end, value);
    else this.sessions.set(key, [start, end, value]);
    this.changed.set(key, now);
    this.nextClose = Math.min(this.nextClose, end + gap + this.graceMs);
    if (this.onUpdate) this.out.push(key, t, value);
    return 0;
  }

  /** Closes every session whose end + gap + grace the watermark has reached. */
  close(wm: number, now: number): void {
    if (wm < this.nextClose) return;
    let next = Infinity;
    const limit = this.gap + this.graceMs;
    for (const [key, list] of this.sessions) {
      for (let i = 0; i < list.length; ) {
        const closesAt = list[i + 1] + limit;
        if (closesAt > wm) {
          next = Math.min(next, closesAt);
          i += 3;
          continue;
        }
        const value = list[i + 2];
        this.closedValue += value;
        if (!this.onUpdate) this.out.push(key, list[i + 1], value);
        this.recentClosed.push(key, list[i], list[i + 1], value);
        if (this.recentClosed.length > 4 * 32) this.recentClosed.splice(0, 4);
        list.splice(i, 3);
        this.open--;
        this.windowsClosed++;
        this.closeDelay += now - (list[i + 1] + this.gap);
      }
      if (list.length === 0) {
        this.sessions.delete(key);
        this.changed.delete(key);
      }
    }
    this.nextClose = next;
  }

  /** The open sessions of every key, as (key, start, end, value) quadruples. */
  rows(limit: number): number[] {
    const rows: number[] = [];
    for (const [key, list] of this.sessions) {
      for (let i = 0; i < list.length && rows.length < 4 * limit; i += 3) rows.push(key, list[i], list[i + 1], list[i + 2]);
    }
    return rows;
  }

  /** Open sessions of one key, as flat (start, end, value) triples. */
  sessionsOf(key: number): readonly number[] {
    return this.sessions.get(key) ?? [];
  }
}
