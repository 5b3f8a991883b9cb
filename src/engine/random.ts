// Seeded randomness for the engine. Nothing here reads the wall clock or the platform's random source: the same
// seed gives the same numbers in Node and in a Web Worker, so a run can be replayed exactly.

/** One step of splitmix32: a well-mixed 32-bit value from a counter, used to seed generators. */
export function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A 32-bit hash of a string (FNV-1a), so a node's random stream depends on its id, not its position. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const TWO_TO_32 = 4294967296;

/** sfc32: a small, fast generator with a 128-bit state, seeded through splitmix32. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    let s = (seed ^ Math.imul(stream, 0x632be5ab)) | 0;
    this.a = splitmix32((s = (s + 0x9e3779b9) | 0));
    this.b = splitmix32((s = (s + 0x9e3779b9) | 0));
    this.c = splitmix32((s = (s + 0x9e3779b9) | 0));
    this.d = splitmix32(s + 0x9e3779b9) | 1;
    // The first outputs of sfc32 still show the seed's structure; burn them.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform number in [0, 1). */
  float(): number {
    return this.uint32() / TWO_TO_32;
  }

  /** An exponentially distributed number with the given mean. */
  exponential(mean: number): number {
    // 1 - u lies in (0, 1], so the logarithm is finite.
    return -mean * Math.log(1 - this.float());
  }

  /** A standard normal number (Box–Muller). */
  normal(): number {
    const u = 1 - this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
