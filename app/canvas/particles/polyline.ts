// An edge's drawn path as evenly spaced points, so a particle at fraction `t` of its trip sits
// at `t` of the path's length. Sampled from the rendered SVG path when the edges or nodes change,
// never per frame.

/** Points along a path at equal arc-length steps, in flow coordinates. */
export interface Polyline {
  xs: Float32Array;
  ys: Float32Array;
  /** Length of the path in flow units. */
  length: number;
}

/** Anything that can say where along itself a length falls (an SVGPathElement, in the browser). */
export interface MeasurablePath {
  getTotalLength(): number;
  getPointAtLength(distance: number): { x: number; y: number };
}

/** Flow units between two samples; short edges still get `MIN_SAMPLES`. */
const SAMPLE_SPACING = 6;
const MIN_SAMPLES = 8;
const MAX_SAMPLES = 256;

/** Samples a path into a polyline. */
export function samplePath(path: MeasurablePath): Polyline {
  const length = path.getTotalLength();
  const n = Math.min(MAX_SAMPLES, Math.max(MIN_SAMPLES, Math.ceil(length / SAMPLE_SPACING) + 1));
  const xs = new Float32Array(n);
  const ys = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const point = path.getPointAtLength((length * i) / (n - 1));
    xs[i] = point.x;
    ys[i] = point.y;
  }
  return { xs, ys, length };
}

/** Writes the point at fraction `t` (0..1, clamped) of the polyline into `out`. */
export function pointAt(line: Polyline, t: number, out: { x: number; y: number }): void {
  const last = line.xs.length - 1;
  const at = Math.min(1, Math.max(0, t)) * last;
  const i = Math.min(last - 1, Math.floor(at));
  const f = at - i;
  out.x = line.xs[i] + (line.xs[i + 1] - line.xs[i]) * f;
  out.y = line.ys[i] + (line.ys[i + 1] - line.ys[i]) * f;
}
