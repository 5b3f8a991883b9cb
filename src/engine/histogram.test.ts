import { describe, expect, it } from 'vitest';
import { Histogram, RecentHistogram } from './histogram';
import { Random } from './random';

describe('Histogram', () => {
  it('reports percentiles within 1% of the exact ones over a wide range', () => {
    const rng = new Random(11);
    const h = new Histogram();
    const xs: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      const x = Math.exp(rng.normal() * 3 + 2);
      xs.push(x);
      h.add(x);
    }
    xs.sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.95, 0.99, 0.999]) {
      const exact = xs[Math.ceil(q * xs.length) - 1];
      expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThanOrEqual(0.01);
    }
    expect(h.max).toBe(xs[xs.length - 1]);
    expect(h.mean()).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length, 6);
  });

  it('handles zero, tiny and huge values, and clears', () => {
    const h = new Histogram();
    h.add(0);
    h.add(1e-9);
    h.add(1e15);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(1)).toBe(1e15);
    h.clear();
    expect(h.count).toBe(0);
    expect(h.quantile(0.5)).toBe(0);
  });
});

describe('RecentHistogram', () => {
  it('holds the current and the previous window of simulated time, and forgets older ones', () => {
    const clock = { now: 0 };
    const recent = new RecentHistogram(clock, 1000);
    recent.add(100);
    clock.now = 999;
    recent.add(200);
    clock.now = 1000;
    recent.add(3);
    expect(recent.samples().count).toBe(3);
    expect(recent.samples().max).toBe(200);
    clock.now = 2500;
    recent.add(5);
    const samples = recent.samples();
    expect(samples.count).toBe(2);
    expect(samples.max).toBe(5);
    expect(samples.quantile(0.99)).toBeCloseTo(5, 1);
    clock.now = 4000;
    expect(recent.samples().count).toBe(0);
  });

  it('receives the samples of the histogram it is attached to, which keeps all of them', () => {
    const clock = { now: 0 };
    const h = new Histogram();
    h.recent = new RecentHistogram(clock, 100);
    h.add(50);
    clock.now = 300;
    h.add(1);
    expect(h.count).toBe(2);
    expect(h.recent.samples().count).toBe(1);
    h.clear();
    expect(h.recent.samples().count).toBe(0);
  });

  it('refuses a window that is not a positive number of ms', () => {
    expect(() => new RecentHistogram({ now: 0 }, 0)).toThrow(/recent window/);
  });
});
