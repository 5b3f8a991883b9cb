// Draws one frame of particles on the overlay's 2D context. Each particle sits at the fraction of
// its trip elapsed at `time` along its edge's polyline (a response travels back, from target to
// source). Plain dots are stamped from one pre-drawn dot per colour into the canvas's pixels and
// put on it at once (./dotPixels.ts); the few marked ones are drawn as paths over them.
import { MessageFlag } from '../../../src/engine/api';
import { Field, PARTICLE_STRIDE } from '../../../src/protocol/frame';
import { DotPixels, fadedStamp, type Stamp } from './dotPixels';
import { MARK_COLOURS, TYPE_COLOURS } from './palette';
import { pointAt, type Polyline } from './polyline';

/** Where the particles were drawn, for picking with the pointer (flow coordinates). */
export class DrawnParticles {
  xs = new Float32Array(0);
  ys = new Float32Array(0);
  ids = new Float64Array(0);
  flags = new Int32Array(0);
  types = new Int32Array(0);
  count = 0;

  /** Makes room for `n`, keeping the first `count`. */
  reserve(n: number): void {
    if (this.xs.length >= n) return;
    const size = Math.max(n, this.xs.length * 2);
    const grow = <T extends Float32Array | Float64Array | Int32Array>(old: T, next: T): T => {
      next.set(old.subarray(0, this.count));
      return next;
    };
    this.xs = grow(this.xs, new Float32Array(size));
    this.ys = grow(this.ys, new Float32Array(size));
    this.ids = grow(this.ids, new Float64Array(size));
    this.flags = grow(this.flags, new Int32Array(size));
    this.types = grow(this.types, new Int32Array(size));
  }

  /** The message id of the particle nearest (x, y) within `radius`, or null. */
  nearest(x: number, y: number, radius: number): number | null {
    let best = radius * radius;
    let found: number | null = null;
    for (let i = 0; i < this.count; i++) {
      const dx = this.xs[i] - x;
      const dy = this.ys[i] - y;
      const d = dx * dx + dy * dy;
      if (d <= best) {
        best = d;
        found = this.ids[i];
      }
    }
    return found;
  }
}

const MARKED = MessageFlag.deadLetter | MessageFlag.failed | MessageFlag.timedOut;

/**
 * Positions the particles of one frame at `time`, adding those on their way to `out` (after what
 * it holds). Only particles that arrive by `arrivedBy` are taken: an older frame contributes just
 * the particles a newer frame no longer has, so none is drawn twice.
 */
export function placeParticles(
  particles: Float64Array,
  count: number,
  lines: readonly (Polyline | null)[],
  time: number,
  out: DrawnParticles,
  arrivedBy = Infinity,
): void {
  out.reserve(out.count + count);
  const point = { x: 0, y: 0 };
  let n = out.count;
  for (let i = 0; i < count; i++) {
    const at = i * PARTICLE_STRIDE;
    const line = lines[particles[at + Field.edgeIndex]];
    if (!line) continue;
    const send = particles[at + Field.sendTime];
    const arrive = particles[at + Field.arriveTime];
    if (arrive > arrivedBy) continue;
    const t = arrive > send ? (time - send) / (arrive - send) : 1;
    // Arrived, or not yet sent at the drawn time: not on the edge.
    if (t >= 1 || t < 0) continue;
    const flags = particles[at + Field.flags];
    pointAt(line, flags & MessageFlag.response ? 1 - t : t, point);
    out.xs[n] = point.x;
    out.ys[n] = point.y;
    out.ids[n] = particles[at + Field.messageId];
    out.flags[n] = flags;
    out.types[n] = particles[at + Field.typeIndex];
    n++;
  }
  out.count = n;
}

function dots(ctx: CanvasRenderingContext2D, drawn: DrawnParticles, r: number, keep: (i: number) => boolean, dx = 0): void {
  ctx.beginPath();
  for (let i = 0; i < drawn.count; i++) {
    if (!keep(i)) continue;
    const x = drawn.xs[i] + dx;
    ctx.moveTo(x + r, drawn.ys[i]);
    ctx.arc(x, drawn.ys[i], r, 0, Math.PI * 2);
  }
}

function crosses(ctx: CanvasRenderingContext2D, drawn: DrawnParticles, r: number, keep: (i: number) => boolean): void {
  ctx.beginPath();
  const d = r * 0.6;
  for (let i = 0; i < drawn.count; i++) {
    if (!keep(i)) continue;
    const x = drawn.xs[i];
    const y = drawn.ys[i];
    ctx.moveTo(x - d, y - d);
    ctx.lineTo(x + d, y + d);
    ctx.moveTo(x + d, y - d);
    ctx.lineTo(x - d, y + d);
  }
  ctx.stroke();
}

/** One pre-drawn dot per colour and size, as a small canvas to copy. */
const sprites = new Map<string, HTMLCanvasElement>();

function spriteOf(colour: string, radius: number): HTMLCanvasElement {
  const key = `${colour}/${radius}`;
  let found = sprites.get(key);
  if (!found) {
    found = document.createElement('canvas');
    found.width = found.height = Math.ceil(radius * 2 + 2);
    const c = found.getContext('2d');
    if (c) {
      c.fillStyle = colour;
      c.beginPath();
      c.arc(found.width / 2, found.height / 2, radius, 0, Math.PI * 2);
      c.fill();
    }
    if (sprites.size > 256) sprites.clear();
    sprites.set(key, found);
  }
  return found;
}

/** The same dot per colour, size and opacity, as pixels to stamp. */
const stamps = new Map<string, Stamp>();

function stampOf(colour: string, radius: number, alpha: number): Stamp {
  const key = `${colour}/${radius}/${alpha}`;
  let found = stamps.get(key);
  if (!found) {
    if (alpha !== 1) found = fadedStamp(stampOf(colour, radius, 1), alpha);
    else {
      const sprite = spriteOf(colour, radius);
      const size = sprite.width;
      const c = sprite.getContext('2d');
      found = { size, pixels: c ? new Uint32Array(c.getImageData(0, 0, size, size).data.buffer) : new Uint32Array(size * size) };
    }
    if (stamps.size > 256) stamps.clear();
    stamps.set(key, found);
  }
  return found;
}

/** The ImageData over a DotPixels' bytes (no copy), made once per size. */
const images = new WeakMap<Uint8ClampedArray, ImageData>();

function putDots(ctx: CanvasRenderingContext2D, dots: DotPixels): void {
  if (dots.empty) return;
  let image = images.get(dots.bytes);
  if (!image) {
    image = new ImageData(dots.bytes, dots.width, dots.height);
    images.set(dots.bytes, image);
  }
  ctx.putImageData(image, 0, 0, dots.x0, dots.y0, dots.x1 - dots.x0, dots.y1 - dots.y0);
}

/** Where flow coordinates land on the canvas, in its pixels. */
export interface CanvasView {
  zoom: number;
  x: number;
  y: number;
  dpr: number;
}

/** Plain dots stamped as pixels into `pixels`, then put on the canvas at once (software raster). */
function stampDots(ctx: CanvasRenderingContext2D, drawn: DrawnParticles, r: number, k: number, radius: number, view: CanvasView, pixels: DotPixels): void {
  const solid = TYPE_COLOURS.map((colour) => stampOf(colour, radius, 1));
  const pale = TYPE_COLOURS.map((colour) => stampOf(colour, radius, 0.55));
  const half = solid[0].size / 2;
  const ox = view.x * view.dpr - half;
  const oy = view.y * view.dpr - half;
  pixels.resize(ctx.canvas.width, ctx.canvas.height);
  pixels.clear();
  // Duplicates: a second, paler dot behind the first.
  for (let i = 0; i < drawn.count; i++) {
    if ((drawn.flags[i] & MessageFlag.duplicate) === 0 || (drawn.flags[i] & MARKED) !== 0) continue;
    pixels.stamp(pale[drawn.types[i] % TYPE_COLOURS.length], Math.round((drawn.xs[i] - r * 1.6) * k + ox), Math.round(drawn.ys[i] * k + oy));
  }
  for (let i = 0; i < drawn.count; i++) {
    if ((drawn.flags[i] & MARKED) !== 0) continue;
    pixels.stamp(solid[drawn.types[i] % TYPE_COLOURS.length], Math.round(drawn.xs[i] * k + ox), Math.round(drawn.ys[i] * k + oy));
  }
  putDots(ctx, pixels);
}

/** Plain dots copied one by one from a sprite per colour (a GPU batches the copies). */
function copyDots(ctx: CanvasRenderingContext2D, drawn: DrawnParticles, r: number, k: number, radius: number, view: CanvasView): void {
  const sprites = TYPE_COLOURS.map((colour) => spriteOf(colour, radius));
  const half = sprites[0].width / 2;
  const ox = view.x * view.dpr - half;
  const oy = view.y * view.dpr - half;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 0.55;
  for (let i = 0; i < drawn.count; i++) {
    if ((drawn.flags[i] & MessageFlag.duplicate) === 0 || (drawn.flags[i] & MARKED) !== 0) continue;
    ctx.drawImage(sprites[drawn.types[i] % TYPE_COLOURS.length], Math.round((drawn.xs[i] - r * 1.6) * k + ox), Math.round(drawn.ys[i] * k + oy));
  }
  ctx.globalAlpha = 1;
  for (let i = 0; i < drawn.count; i++) {
    if ((drawn.flags[i] & MARKED) !== 0) continue;
    ctx.drawImage(sprites[drawn.types[i] % TYPE_COLOURS.length], Math.round(drawn.xs[i] * k + ox), Math.round(drawn.ys[i] * k + oy));
  }
}

/**
 * Draws placed particles with radius `r` (flow units) and their marks on a cleared canvas. Plain
 * dots go in canvas pixels: stamped into `pixels` (which mirrors the canvas) and put at once when
 * it is given, as suits a canvas rastered in software; copied from sprites when it is null, as
 * suits a GPU. The few marked ones are drawn as paths in flow coordinates.
 */
export function drawParticles(ctx: CanvasRenderingContext2D, drawn: DrawnParticles, r: number, view: CanvasView, pixels: DotPixels | null): void {
  const has = (i: number, flag: number) => (drawn.flags[i] & flag) !== 0;
  const k = view.zoom * view.dpr;
  const radius = Math.max(1, Math.round(r * k * 2) / 2);
  if (pixels) stampDots(ctx, drawn, r, k, radius, view, pixels);
  else copyDots(ctx, drawn, r, k, radius, view);
  ctx.setTransform(k, 0, 0, k, view.x * view.dpr, view.y * view.dpr);
  ctx.fillStyle = MARK_COLOURS.deadLetter;
  dots(ctx, drawn, r * 1.15, (i) => has(i, MessageFlag.deadLetter));
  ctx.fill();
  ctx.fillStyle = MARK_COLOURS.failed;
  dots(ctx, drawn, r * 1.15, (i) => has(i, MessageFlag.failed | MessageFlag.timedOut) && !has(i, MessageFlag.deadLetter));
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = r * 0.35;
  crosses(ctx, drawn, r, (i) => has(i, MARKED));
  // Retries: a ring around the dot, in a grey that shows on light and dark canvases.
  ctx.strokeStyle = '#94a3b8';
  ctx.lineWidth = r * 0.3;
  dots(ctx, drawn, r * 1.7, (i) => has(i, MessageFlag.retry));
  ctx.stroke();
  ctx.strokeStyle = MARK_COLOURS.outOfOrder;
  ctx.lineWidth = r * 0.5;
  dots(ctx, drawn, r * 1.05, (i) => has(i, MessageFlag.outOfOrder));
  ctx.stroke();
  // Late events (behind a processor's watermark): an orange square around the dot.
  ctx.strokeStyle = MARK_COLOURS.late;
  ctx.lineWidth = r * 0.45;
  ctx.beginPath();
  for (let i = 0; i < drawn.count; i++) if (has(i, MessageFlag.late)) ctx.rect(drawn.xs[i] - r * 1.6, drawn.ys[i] - r * 1.6, r * 3.2, r * 3.2);
  ctx.stroke();
}
