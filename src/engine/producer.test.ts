import { describe, expect, it } from 'vitest';
import { nextArrival } from './arrivals';
import { Random } from './random';
import { documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { producerIn, runFor } from './testing/metrics';

const BURST = { on: 1000, off: 4000, rate: 500 };

function arrivals(arrival: 'constant' | 'poisson' | 'burst', rate: number, until: number): number[] {
  const rng = new Random(1);
  const times: number[] = [];
  for (let t = nextArrival(rng, 0, arrival, rate, BURST); t < until; t = nextArrival(rng, t, arrival, rate, BURST)) times.push(t);
  return times;
}

describe('arrivals', () => {
  it('constant: evenly spaced at 1000/rate ms', () => {
    const times = arrivals('constant', 50, 1000);
    expect(times).toHaveLength(49);
    expect(times[1] - times[0]).toBeCloseTo(20, 9);
  });

  it('poisson: the requested rate on average, with exponential gaps', () => {
    const times = arrivals('poisson', 100, 100_000);
    expect(times.length / 100).toBeGreaterThan(97);
    expect(times.length / 100).toBeLessThan(103);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    // For exponential gaps the standard deviation equals the mean.
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length);
    expect(sd / mean).toBeCloseTo(1, 1);
  });

  it('burst: the burst rate during `on`, the base rate during `off`', () => {
    const times = arrivals('burst', 20, 500_000);
    const inBurst = times.filter((t) => t % 5000 < 1000).length;
    const outside = times.length - inBurst;
    // 100 cycles: 100 s at 500/s in bursts, 400 s at 20/s between them.
    expect(inBurst / 100).toBeGreaterThan(480);
    expect(inBurst / 100).toBeLessThan(520);
    expect(outside / 400).toBeGreaterThan(18);
    expect(outside / 400).toBeLessThan(22);
  });

  it('a rate of zero produces nothing', () => {
    expect(nextArrival(new Random(1), 0, 'poisson', 0, BURST)).toBe(Infinity);
    expect(nextArrival(new Random(1), 0, 'constant', 0, BURST)).toBe(Infinity);
    expect(nextArrival(new Random(1), 0, 'burst', 0, { on: 100, off: 100, rate: 0 })).toBe(Infinity);
  });
});

describe('producer', () => {
  it('gives each key its own sequence numbers and walks its lifecycle of event types', () => {
    const doc = documentOf(
      [producer('p', { rate: 100, keys: 3, eventTypes: ['Placed', 'Paid', 'Shipped'] }), topic('t'), service('s')],
      [publish('p', 't'), subscribe('t', 's')],
    );
    const sim = runFor(doc, 0);
    sim.trace(2);
    sim.runUntil(5000);
    const journeys = sim.trace(2).sort((a, b) => a.seq - b.seq);
    expect(journeys.length).toBeGreaterThan(100);
    journeys.forEach((j, i) => {
      expect(j.seq).toBe(i + 1);
      expect(j.type).toBe(['Placed', 'Paid', 'Shipped'][i % 3]);
    });
  });

  it('a rate fault changes the rate and its end restores it', () => {
    const doc = documentOf([producer('p', { rate: 100 }), topic('t')], [publish('p', 't')], [{ at: 10_000, node: 'p', type: 'rate', rate: 0, duration: 10_000 }]);
    const sim = runFor(doc, 10_000);
    const before = producerIn(sim.snapshot(), 'p').produced;
    sim.runUntil(20_000);
    expect(producerIn(sim.snapshot(), 'p').produced).toBe(before);
    sim.runUntil(30_000);
    expect(producerIn(sim.snapshot(), 'p').produced).toBeGreaterThan(before + 900);
  });
});
