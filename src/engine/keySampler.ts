// Which key an event is about. Keys are 0 … keys−1; with skew s > 0 key k is drawn with
// probability ∝ 1/(k+1)^s (Zipf), so key 0 is the hottest. The cumulative distribution is built
// once and each draw is a binary search over it.
import type { Random } from './random';

/** Draws keys uniformly or with Zipf skew. */
export class KeySampler {
  private readonly cdf: Float64Array | null;

  constructor(
    readonly keys: number,
    readonly skew: number,
  ) {
    if (skew <= 0 || keys <= 1) {
      this.cdf = null;
      return;
    }
    const cdf = new Float64Array(keys);
    let total = 0;
    for (let k = 0; k < keys; k++) {
      total += Math.pow(k + 1, -skew);
      cdf[k] = total;
    }
    for (let k = 0; k < keys; k++) cdf[k] /= total;
    cdf[keys - 1] = 1;
    this.cdf = cdf;
  }

  /** The next key. */
  next(rng: Random): number {
    const u = rng.float();
    const cdf = this.cdf;
    if (cdf === null) return Math.floor(u * this.keys);
    let lo = 0;
    let hi = this.keys - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The probability of drawing `key` (for tests and the docs). */
  probability(key: number): number {
    if (this.cdf === null) return 1 / this.keys;
    return key === 0 ? this.cdf[0] : this.cdf[key] - this.cdf[key - 1];
  }
}
