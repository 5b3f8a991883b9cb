// The buffers of a stream–stream join: per side and key, the event times seen in the last
// `windowMs` + grace of watermark. An event matches every buffered event of the other side with
// the same key at most `windowMs` apart; each match is one result (at the later of the two times).
// Buffers are trimmed as the watermark moves, so state is bounded by the join window.

/** Both sides' buffered event times. */
export class StreamJoinStore {
  private readonly sides = [new Map<number, number[]>(), new Map<number, number[]>()];
  /** Event times of results not yet sent, with their keys: key, time, repeated. */
  readonly out: number[] = [];
  results = 0;
  buffered = 0;
  private nextTrim = -Infinity;

  constructor(
    readonly windowMs: number,
    readonly graceMs: number,
  ) {}

  /** Whether an event at `t` can no longer match anything at watermark `wm`. */
  isLate(t: number, wm: number): boolean {
    return t + this.windowMs + this.graceMs <= wm;
  }

  /** Buffers an event of `side` (0: the stream, 1: the `with` topic) and pushes its matches to `out`. */
  add(side: number, key: number, t: number): void {
    const other = this.sides[1 - side].get(key);
    if (other) {
      for (let i = 0; i < other.length; i++) {
        if (Math.abs(other[i] - t) <= this.windowMs) {
          this.out.push(key, Math.max(other[i], t));
          this.results++;
        }
      }
    }
    const own = this.sides[side].get(key);
    if (own) own.push(t);
    else this.sides[side].set(key, [t]);
    this.buffered++;
  }

  /** Forgets events no later event can match; runs at most once per `windowMs` of watermark. */
  trim(wm: number): void {
    if (wm < this.nextTrim) return;
    this.nextTrim = wm + this.windowMs;
    const horizon = wm - this.windowMs - this.graceMs;
    for (const side of this.sides) {
      for (const [key, times] of side) {
        const kept = times.filter((t) => t > horizon);
        this.buffered -= times.length - kept.length;
        if (kept.length === 0) side.delete(key);
        else side.set(key, kept);
      }
    }
  }
}
