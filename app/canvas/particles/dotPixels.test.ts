import { describe, expect, it } from 'vitest';
import { DotPixels, fadedStamp, type Stamp } from './dotPixels';

const OPAQUE = 0xff0000ff;
const SOFT = 0x800000ff;
/** A 3×3 dot: opaque centre and sides, soft corners. */
const dot: Stamp = { size: 3, pixels: Uint32Array.from([SOFT, OPAQUE, SOFT, OPAQUE, OPAQUE, OPAQUE, SOFT, OPAQUE, SOFT]) };
const GREEN = 0xff00ff00;
const green: Stamp = { size: 1, pixels: Uint32Array.from([GREEN]) };

function canvas(width: number, height: number): DotPixels {
  const pixels = new DotPixels();
  pixels.resize(width, height);
  return pixels;
}

describe('dots stamped as pixels', () => {
  it('copies a stamp where it lands and remembers the rectangle it covers', () => {
    const pixels = canvas(5, 4);
    pixels.stamp(dot, 1, 1);
    expect(pixels.pixels[1 * 5 + 1]).toBe(SOFT);
    expect(pixels.pixels[2 * 5 + 2]).toBe(OPAQUE);
    expect(pixels.pixels[0]).toBe(0);
    expect([pixels.x0, pixels.y0, pixels.x1, pixels.y1]).toEqual([1, 1, 4, 4]);
  });

  it('cuts what falls off the canvas and keeps the rectangle inside it', () => {
    const pixels = canvas(4, 4);
    pixels.stamp(dot, -1, 2);
    expect(pixels.pixels[2 * 4 + 0]).toBe(OPAQUE);
    expect(pixels.pixels[3 * 4 + 1]).toBe(OPAQUE);
    expect([pixels.x0, pixels.y0, pixels.x1, pixels.y1]).toEqual([0, 2, 2, 4]);
    pixels.stamp(dot, 10, 10);
    expect([pixels.x0, pixels.y0, pixels.x1, pixels.y1]).toEqual([0, 2, 2, 4]);
  });

  it('keeps the more opaque pixel where dots overlap, and the later one on a tie', () => {
    const pixels = canvas(4, 4);
    pixels.stamp(dot, 0, 0);
    pixels.stamp(green, 0, 0);
    pixels.stamp(green, 1, 1);
    expect(pixels.pixels[0]).toBe(GREEN);
    expect(pixels.pixels[1 * 4 + 1]).toBe(GREEN);
    pixels.stamp(dot, 0, 0);
    expect(pixels.pixels[0]).toBe(GREEN);
    expect(pixels.pixels[1 * 4 + 1]).toBe(OPAQUE);
  });

  it('clears only what the last frame stamped, leaving the canvas empty', () => {
    const pixels = canvas(6, 6);
    pixels.stamp(dot, 0, 0);
    pixels.stamp(dot, 3, 3);
    pixels.clear();
    expect(pixels.empty).toBe(true);
    expect(pixels.pixels.every((word) => word === 0)).toBe(true);
  });

  it('fades a stamp by scaling its opacity only', () => {
    const faded = fadedStamp(dot, 0.5);
    expect(faded.pixels[4]).toBe(0x800000ff);
    expect(faded.pixels[0]).toBe(0x400000ff);
  });
});
