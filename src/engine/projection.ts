// A service's read model in numbers: per key, the sequence number of the last event it applied,
// against the truth, the newest sequence number its sources produced for that key. A key is stale
// while the two differ; the count is kept up to date on every produce and every apply.

/** Per-key applied and true sequence numbers of one service, and its stale-key count. */
export class Projection {
  /** Sequence number of the last event applied per key (0: none yet). */
  applied: Int32Array;
  /** Highest sequence number ever applied per key, to spot events applied out of order. */
  highest: Int32Array;
  /** Newest sequence number produced per key by the sources upstream of this service. */
  truth: Int32Array;
  staleKeys = 0;

  constructor(public keys: number) {
    this.applied = new Int32Array(keys);
    this.highest = new Int32Array(keys);
    this.truth = new Int32Array(keys);
  }

  /** Makes room for `keys` keys (a source's key count grew); what is known stays. */
  ensureKeys(keys: number): void {
    if (keys <= this.keys) return;
    const grow = (a: Int32Array) => {
      const next = new Int32Array(keys);
      next.set(a);
      return next;
    };
    this.applied = grow(this.applied);
    this.highest = grow(this.highest);
    this.truth = grow(this.truth);
    this.keys = keys;
  }

  /** A source upstream produced `seq` for `key`. */
  produced(key: number, seq: number): void {
    const truth = this.truth[key];
    if (seq <= truth) return;
    const applied = this.applied[key];
    if (applied === truth) this.staleKeys++;
    else if (applied === seq) this.staleKeys--;
    this.truth[key] = seq;
  }

  /** This service applied `seq` for `key`; returns the highest sequence number applied before. */
  apply(key: number, seq: number): number {
    const truth = this.truth[key];
    const before = this.applied[key];
    if (before !== truth && seq === truth) this.staleKeys--;
    else if (before === truth && seq !== truth) this.staleKeys++;
    this.applied[key] = seq;
    const highest = this.highest[key];
    if (seq > highest) this.highest[key] = seq;
    return highest;
  }

  /** Forgets everything applied (a replay rebuilds the read model from the log). */
  clearApplied(): void {
    this.applied.fill(0);
    this.highest.fill(0);
    let stale = 0;
    const truth = this.truth;
    for (let k = 0; k < truth.length; k++) if (truth[k] !== 0) stale++;
    this.staleKeys = stale;
  }
}
