// Whether a playing run keeps real time: the simulated time it covered against the simulated time
// the wall clock × speed asked of it, over the last second of metrics intervals. Over one interval
// (a fifth of a second) alone, a pause of the worker that the next interval makes up for — a rewind
// snapshot, a garbage collection — said "behind" while the run kept up.

/** The run keeps real time when it covers this share of the simulated time asked of it… */
export const KEEPING_UP_SHARE = 0.95;
/** …over the last this many metrics intervals. */
export const PACE_INTERVALS = 5;

/** The simulated time asked for and covered in the last few metrics intervals of one play. */
export class Pace {
  private readonly wanted: number[] = [];
  private readonly covered: number[] = [];

  /** Forgets the intervals so far (a new play, a load, a seek). */
  clear(): void {
    this.wanted.length = 0;
    this.covered.length = 0;
  }

  /** One metrics interval ended: `wanted` simulated ms were asked for, `covered` were run. */
  record(wanted: number, covered: number): void {
    this.wanted.push(wanted);
    this.covered.push(covered);
    if (this.wanted.length > PACE_INTERVALS) {
      this.wanted.shift();
      this.covered.shift();
    }
  }

  /** Whether the intervals kept, together, covered enough of what they asked for. */
  keepingUp(): boolean {
    let wanted = 0;
    let covered = 0;
    for (let i = 0; i < this.wanted.length; i++) {
      wanted += this.wanted[i];
      covered += this.covered[i];
    }
    return wanted <= 0 || covered >= wanted * KEEPING_UP_SHARE;
  }
}
