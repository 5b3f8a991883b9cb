// Raw DEFLATE decompression that cannot be made to fill memory: a link of a few kilobytes can
// inflate to gigabytes, so the input is fed in small pieces and decoding stops as soon as the
// output passes the limit.
import { Inflate } from 'fflate';

/**
 * Input bytes per step. DEFLATE expands at most ~1,032×, so one step yields at most ~0.5 MiB past
 * the limit before the check runs.
 */
const STEP_BYTES = 512;

export type Inflated =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'cut-off' | 'corrupt' };

/** The raw-DEFLATE `input` decompressed, or why not: over `limit` bytes, cut off, or corrupt. */
export function inflateLimited(input: Uint8Array, limit: number): Inflated {
  // fflate accepts an empty final push as a whole stream; an empty link is one that was cut off.
  if (input.length === 0) return { ok: false, reason: 'cut-off' };
  const pieces: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    // Each chunk is a fresh copy, so it can be kept without copying again.
    if (size <= limit && chunk.length > 0) pieces.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < input.length && size <= limit; at += STEP_BYTES) {
      const end = Math.min(at + STEP_BYTES, input.length);
      inflate.push(input.subarray(at, end), end === input.length);
    }
  } catch (error) {
    // fflate's code 0 is "unexpected EOF": the stream stopped before its final block.
    const code = (error as { code?: unknown }).code;
    return { ok: false, reason: code === 0 ? 'cut-off' : 'corrupt' };
  }
  if (size > limit) return { ok: false, reason: 'too-large' };
  if (!ended) return { ok: false, reason: 'cut-off' };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return { ok: true, bytes };
}
