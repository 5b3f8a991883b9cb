import { describe, expect, it } from 'vitest';
import { pointAt, samplePath, type MeasurablePath } from './polyline';

/** An L-shaped path: 60 units right, then 40 down. */
const elbow: MeasurablePath = {
  getTotalLength: () => 100,
  getPointAtLength: (d) => (d <= 60 ? { x: d, y: 0 } : { x: 60, y: d - 60 }),
};

describe('edge polylines', () => {
  it('puts a particle at the same fraction of the path length as of its trip', () => {
    const line = samplePath(elbow);
    const out = { x: 0, y: 0 };
    pointAt(line, 0, out);
    expect(out).toEqual({ x: 0, y: 0 });
    pointAt(line, 0.3, out);
    expect(out.x).toBeCloseTo(30, 4);
    expect(out.y).toBeCloseTo(0, 4);
    pointAt(line, 0.8, out);
    expect(out.x).toBeCloseTo(60, 4);
    expect(out.y).toBeCloseTo(20, 4);
    pointAt(line, 1.5, out);
    expect(out).toEqual({ x: 60, y: 40 });
  });

  it('samples short paths enough to bend and long ones at a bounded count', () => {
    expect(samplePath({ getTotalLength: () => 3, getPointAtLength: (d) => ({ x: d, y: 0 }) }).xs.length).toBe(8);
    expect(samplePath({ getTotalLength: () => 1e6, getPointAtLength: (d) => ({ x: d, y: 0 }) }).xs.length).toBe(256);
  });
});
