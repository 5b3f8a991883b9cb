// Latency histograms with fixed log-spaced buckets, so memory does not grow with the number of
// samples. A bucket is an octave (power of two) split into 64 equal parts, read straight from the
// bits of the float: reporting a bucket's middle is within 1/128 ≈ 0.8% of any value in it.

const SUB_BITS = 6;
const SUB_BUCKETS = 1 << SUB_BITS;
/** Smallest octave kept: 2^-10 ms ≈ 1 µs; anything smaller lands in bucket 0. */
const MIN_EXPONENT = -10;
/** Largest octave kept: 2^40 ms ≈ 35 years of simulated time. */
const MAX_EXPONENT = 40;
// Bucket 0 holds values below the first octave, the last one values beyond the last octave.
const BUCKETS = (MAX_EXPONENT - MIN_EXPONENT + 1) * SUB_BUCKETS + 2;

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
// The high word of a float64 holds its sign, exponent and top 20 mantissa bits.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The bucket a non-negative value falls in. */
function bucketOf(value: number): number {
  if (!(value >= 0.0009765625)) return 0;
  scratch[0] = value;
  const high = scratchWords[HIGH];
  const exponent = (high >>> 20) - 1023;
  if (exponent > MAX_EXPONENT) return BUCKETS - 1;
  const sub = (high >>> (20 - SUB_BITS)) & (SUB_BUCKETS - 1);
  return 1 + (exponent - MIN_EXPONENT) * SUB_BUCKETS + sub;
}

/** The middle of a bucket: the value reported for every sample in it. */
function bucketMiddle(bucket: number): number {
  if (bucket === 0) return 0;
  if (bucket === BUCKETS - 1) return Infinity;
  const index = bucket - 1;
  const exponent = Math.floor(index / SUB_BUCKETS) + MIN_EXPONENT;
  const sub = index % SUB_BUCKETS;
  return Math.pow(2, exponent) * (1 + (sub + 0.5) / SUB_BUCKETS);
}

// Samples wait in a small buffer and are counted into buckets a batch at a time: the hot path
// then only stores a number, and the bucket arithmetic runs in one tight loop. Readers flush
// first, and the batch keeps the samples' order, so every figure is what adding one by one gives.
const BATCH = 256;

/** A histogram of durations in ms; the mean and max are exact, percentiles within 1%. */
export class Histogram {
  private counts = new Float64Array(BUCKETS);
  private counted = 0;
  private total = 0;
  private largest = 0;
  private pending = new Float64Array(BATCH);
  private pendingCount = 0;
  /** Also records each sample here when set (`Simulation.trackRecent`); null costs one test. */
  recent: RecentHistogram | null = null;

  /** Number of samples. */
  get count(): number {
    this.flush();
    return this.counted;
  }

  /** Sum of the samples. */
  get sum(): number {
    this.flush();
    return this.total;
  }

  /** The largest sample (0 with none). */
  get max(): number {
    this.flush();
    return this.largest;
  }

  /** Records one sample. */
  add(value: number): void {
    const n = this.pendingCount;
    this.pending[n] = value;
    this.pendingCount = n + 1;
    if (n + 1 === BATCH) this.flush();
    if (this.recent !== null) this.recent.add(value);
  }

  /** Counts the samples waiting in the batch, in the order they were added. */
  private flush(): void {
    const n = this.pendingCount;
    if (n === 0) return;
    const pending = this.pending;
    const counts = this.counts;
    let sum = this.total;
    let max = this.largest;
    for (let i = 0; i < n; i++) {
      const value = pending[i];
      counts[bucketOf(value)]++;
      sum += value;
      if (value > max) max = value;
    }
    this.counted += n;
    this.total = sum;
    this.largest = max;
    this.pendingCount = 0;
  }

  /** Adds every sample of `other` to this one. */
  merge(other: Histogram): void {
    this.flush();
    other.flush();
    const counts = this.counts;
    const theirs = other.counts;
    for (let b = 0; b < BUCKETS; b++) counts[b] += theirs[b];
    this.counted += other.counted;
    this.total += other.total;
    if (other.largest > this.largest) this.largest = other.largest;
  }

  /** The value below which a fraction `q` of samples lie (0 with no samples). */
  quantile(q: number): number {
    this.flush();
    if (this.counted === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.counted));
    let seen = 0;
    const counts = this.counts;
    for (let b = 0; b < BUCKETS; b++) {
      seen += counts[b];
      if (seen >= rank) return Math.min(bucketMiddle(b), this.largest);
    }
    return this.largest;
  }

  /** The mean of the samples (0 with none). */
  mean(): number {
    this.flush();
    return this.counted === 0 ? 0 : this.total / this.counted;
  }

  /** Forgets every sample. */
  clear(): void {
    this.counts.fill(0);
    this.counted = 0;
    this.total = 0;
    this.largest = 0;
    this.pendingCount = 0;
    this.recent?.clear();
  }
}

/** Anything that tells the simulated time, in ms. */
export interface Clock {
  readonly now: number;
}

// One scratch histogram for every `samples()`: each one kept would cost as much memory as a window.
const both = new Histogram();

/**
 * The samples of the recent past: two histograms take turns every `windowMs` of simulated time,
 * the current one recording and the previous one kept whole, so together they hold the last one
 * to two windows. What happened long ago no longer weighs on the figures.
 */
export class RecentHistogram {
  private current = new Histogram();
  private previous = new Histogram();
  /** When the current window ends. */
  private end: number;

  constructor(
    private readonly clock: Clock,
    readonly windowMs: number,
  ) {
    if (!(windowMs > 0) || !Number.isFinite(windowMs)) throw new Error(`recent window must be a positive number of ms, got ${windowMs}`);
    this.end = (Math.floor(clock.now / windowMs) + 1) * windowMs;
  }

  /** Records one sample at the clock's time. */
  add(value: number): void {
    if (this.clock.now >= this.end) this.turn();
    this.current.add(value);
  }

  // Windows are aligned to multiples of `windowMs`; when more than one has gone by without a
  // sample, the previous window was empty too.
  private turn(): void {
    const now = this.clock.now;
    if (now < this.end + this.windowMs) {
      const spare = this.previous;
      this.previous = this.current;
      this.current = spare;
    } else {
      this.previous.clear();
    }
    this.current.clear();
    this.end = (Math.floor(now / this.windowMs) + 1) * this.windowMs;
  }

  /** The samples of the previous and the current window, as one histogram (reused by the next call of any). */
  samples(): Histogram {
    if (this.clock.now >= this.end) this.turn();
    both.clear();
    both.merge(this.previous);
    both.merge(this.current);
    return both;
  }

  /** Forgets every sample. */
  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
