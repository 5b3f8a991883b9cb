// Draws one frame of particles on the overlay's 2D context, which is already transformed to flow
// coordinates. Each particle sits at the fraction of its trip elapsed at `time` along its edge's
// polyline (a response travels back, from target to source). Particles of one colour are drawn
// as one path, so a few thousand cost a few paths, not a few thousand fills.
import { MessageFlag } from '../../../src/engine/api';
import { Field, PARTICLE_STRIDE } from '../../../src/protocol/frame';
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

  /** Makes room for `n`, keeping nothing. */
  reserve(n: number): void {
    if (this.xs.length >= n) return;
    this.xs = new Float32Array(n);
    this.ys = new Float32Array(n);
    this.ids = new Float64Array(n);
    this.flags = new Int32Array(n);
    this.types = new Int32Array(n);
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

/** Positions the particles of `particles` at `time`, keeping those on their way. */
export function placeParticles(particles: Float64Array, count: number, lines: readonly (Polyline | null)[], time: number, out: DrawnParticles): void {
  out.reserve(count);
  const point = { x: 0, y: 0 };
  let n = 0;
  for (let i = 0; i < count; i++) {
    const at = i * PARTICLE_STRIDE;
    const line = lines[particles[at + Field.edgeIndex]];
    if (!line) continue;
    const send = particles[at + Field.sendTime];
    const arrive = particles[at + Field.arriveTime];
    const t = arrive > send ? (time - send) / (arrive - send) : 1;
    // Arrived (or not yet sent, after a step back in the interpolated clock): not on the edge.
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

/** Draws placed particles with radius `r` (flow units) and their marks. */
export function drawParticles(ctx: CanvasRenderingContext2D, drawn: DrawnParticles, r: number): void {
  const has = (i: number, flag: number) => (drawn.flags[i] & flag) !== 0;
  // Duplicates: a second dot behind the first.
  ctx.globalAlpha = 0.55;
  TYPE_COLOURS.forEach((colour, c) => {
    ctx.fillStyle = colour;
    dots(ctx, drawn, r, (i) => has(i, MessageFlag.duplicate) && !has(i, MARKED) && drawn.types[i] % TYPE_COLOURS.length === c, -r * 1.6);
    ctx.fill();
  });
  ctx.globalAlpha = 1;
  TYPE_COLOURS.forEach((colour, c) => {
    ctx.fillStyle = colour;
    dots(ctx, drawn, r, (i) => !has(i, MARKED) && drawn.types[i] % TYPE_COLOURS.length === c);
    ctx.fill();
  });
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
}
