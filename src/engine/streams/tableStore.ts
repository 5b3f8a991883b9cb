// A table built from a topic, for a stream–table join: per key, the latest row (its version: how
// many updates the key has had) and when it changed. A joining event sees the version current when
// it is processed, not the one current at its event time; `seen` keeps the last few joins, so a
// person can see which version each event saw, and which it would have seen had the update come first.

/** Joins remembered for the table view. */
export const KEPT_JOINS = 24;

/** The rows of one table. */
export class TableStore {
  readonly version = new Map<number, number>();
  /** Event time of the update behind each key's current row. */
  readonly updatedAt = new Map<number, number>();
  readonly changed = new Map<number, number>();
  updates = 0;
  /** Recent joins as (key, event time, version seen, time processed) quadruples, newest last. */
  readonly seen: number[] = [];
  joined = 0;
  /** Events that found no row for their key (they go on without one: a left join). */
  unmatched = 0;
  /**
   * Updates that arrived after an event of their key with a later event time had already joined:
   * that event saw an older row than a perfect join (by event time) would have given it.
   */
  lateUpdates = 0;
  /** Per key, the latest event time of an event that joined. */
  private readonly joinedUpTo = new Map<number, number>();

  /** Applies an update of `key` that happened at event time `t`. */
  update(key: number, t: number, now: number): void {
    if ((this.joinedUpTo.get(key) ?? -Infinity) > t) this.lateUpdates++;
    this.version.set(key, (this.version.get(key) ?? 0) + 1);
    this.updatedAt.set(key, t);
    this.changed.set(key, now);
    this.updates++;
  }

  /** Looks up the row of `key` for an event at `t`; returns the version seen (0: none). */
  lookup(key: number, t: number, now: number): number {
    const version = this.version.get(key) ?? 0;
    if (version === 0) this.unmatched++;
    else this.joined++;
    if (t > (this.joinedUpTo.get(key) ?? -Infinity)) this.joinedUpTo.set(key, t);
    const seen = this.seen;
    seen.push(key, t, version, now);
    if (seen.length > 4 * KEPT_JOINS) seen.splice(0, 4);
    return version;
  }
}
