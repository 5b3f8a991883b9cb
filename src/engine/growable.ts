// Growing typed arrays: the engine keeps its per-event state in typed arrays that double when full.

/** A copy of `array` with room for `length` elements. */
export function grownFloat64(array: Float64Array, length: number): Float64Array<ArrayBuffer> {
  const next = new Float64Array(length);
  next.set(array.length <= length ? array : array.subarray(0, length));
  return next;
}

/** A copy of `array` with room for `length` elements. */
export function grownInt32(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(length);
  next.set(array.length <= length ? array : array.subarray(0, length));
  return next;
}

/** A copy of `array` with room for `length` elements. */
export function grownUint8(array: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(length);
  next.set(array.length <= length ? array : array.subarray(0, length));
  return next;
}

/** The smallest power of two at least `n` (and at least 16). */
export function powerOfTwoAtLeast(n: number): number {
  let size = 16;
  while (size < n) size *= 2;
  return size;
}

type NumberArray = Float64Array | Int32Array | Uint8Array | Uint32Array;

/**
 * Copies the ring entries of offsets [start, end) from a ring with `oldMask` into one with
 * `newMask` (both power-of-two sizes, slot = offset & mask), in contiguous runs.
 */
export function moveRing<T extends NumberArray>(from: T, oldMask: number, to: T, newMask: number, start: number, end: number, stride = 1): void {
  let o = start;
  while (o < end) {
    const a = o & oldMask;
    const b = o & newMask;
    const run = Math.min(end - o, oldMask + 1 - a, newMask + 1 - b);
    to.set(from.subarray(a * stride, (a + run) * stride) as never, b * stride);
    o += run;
  }
}
