import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateLimited } from './inflateLimited';

const MiB = 1024 * 1024;

/** Whether the result holds exactly these bytes (a deep equality on a megabyte would be slow). */
function holds(result: ReturnType<typeof inflateLimited>, bytes: Uint8Array): boolean {
  return result.ok && Buffer.from(result.bytes).equals(Buffer.from(bytes));
}

function text(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  // A repeating but not trivially compressible pattern, so several DEFLATE blocks are produced.
  for (let i = 0; i < length; i++) bytes[i] = 32 + ((i * 7919) % 89);
  return bytes;
}

describe('inflateLimited', () => {
  it('inflates a whole stream fed in small steps', () => {
    const original = text(200_000);
    expect(holds(inflateLimited(deflateSync(original, { level: 9 }), MiB), original)).toBe(true);
  });

  it('inflates up to exactly the limit', () => {
    const original = new Uint8Array(MiB).fill(65);
    expect(holds(inflateLimited(deflateSync(original), MiB), original)).toBe(true);
    expect(inflateLimited(deflateSync(original), MiB - 1)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops a bomb of a few kilobytes that inflates past the limit', () => {
    const bomb = deflateSync(new Uint8Array(4 * MiB), { level: 9 });
    expect(bomb.length).toBeLessThan(8 * 1024);
    expect(inflateLimited(bomb, MiB)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('stops before reading further: garbage after the limit is never reached', () => {
    const bomb = deflateSync(new Uint8Array(16 * MiB), { level: 9 });
    const damaged = bomb.slice();
    damaged.fill(0xff, Math.floor(bomb.length / 2));
    expect(inflateLimited(damaged, MiB)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reports a stream that ends before its final block as cut off', () => {
    const whole = deflateSync(text(50_000), { level: 9 });
    for (const keep of [1, 10, Math.floor(whole.length / 2), whole.length - 1]) {
      expect(inflateLimited(whole.subarray(0, keep), MiB)).toEqual({ ok: false, reason: 'cut-off' });
    }
    expect(inflateLimited(new Uint8Array(0), MiB)).toEqual({ ok: false, reason: 'cut-off' });
  });

  it('reports every prefix of a stream as cut off, never as corrupt', () => {
    const whole = deflateSync(text(3_000), { level: 9 });
    for (let keep = 1; keep < whole.length; keep++) {
      expect(inflateLimited(whole.subarray(0, keep), MiB)).toEqual({ ok: false, reason: 'cut-off' });
    }
  });

  it('reports bytes that are not DEFLATE as corrupt', () => {
    // Block type 3 is reserved: no valid stream starts with 0b111.
    expect(inflateLimited(new Uint8Array([0xff, 0xff, 0xff, 0xff]), MiB)).toEqual({ ok: false, reason: 'corrupt' });
  });
});
