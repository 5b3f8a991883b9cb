import { describe, expect, it } from 'vitest';
import { Field, PARTICLE_STRIDE } from '../../../src/protocol/frame';
import { DrawnParticles, placeParticles } from './drawParticles';
import type { Polyline } from './polyline';

const line: Polyline = { xs: new Float32Array([0, 100]), ys: new Float32Array([0, 0]), length: 100 };

function frame(...particles: { id: number; send: number; arrive: number }[]): Float64Array {
  const packed = new Float64Array(particles.length * PARTICLE_STRIDE);
  particles.forEach((p, i) => {
    packed[i * PARTICLE_STRIDE + Field.edgeIndex] = 0;
    packed[i * PARTICLE_STRIDE + Field.sendTime] = p.send;
    packed[i * PARTICLE_STRIDE + Field.arriveTime] = p.arrive;
    packed[i * PARTICLE_STRIDE + Field.messageId] = p.id;
  });
  return packed;
}

describe('placing particles', () => {
  it('puts each at the share of its trip along its edge, and leaves out those not on their way', () => {
    const drawn = new DrawnParticles();
    placeParticles(frame({ id: 1, send: 0, arrive: 100 }, { id: 2, send: 60, arrive: 80 }, { id: 3, send: 0, arrive: 40 }), 3, [line], 50, drawn);
    expect(drawn.count).toBe(1);
    expect(drawn.ids[0]).toBe(1);
    expect(drawn.xs[0]).toBeCloseTo(50, 4);
  });

  it('takes from an older frame only the events a newer one no longer carries', () => {
    const older = frame({ id: 1, send: 0, arrive: 100 }, { id: 2, send: 50, arrive: 300 });
    const newer = frame({ id: 2, send: 50, arrive: 300 });
    const drawn = new DrawnParticles();
    placeParticles(newer, 1, [line], 90, drawn);
    placeParticles(older, 2, [line], 90, drawn, 120);
    expect(Array.from(drawn.ids.subarray(0, drawn.count)).sort()).toEqual([1, 2]);
  });
});
