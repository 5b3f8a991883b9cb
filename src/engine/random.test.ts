import { describe, expect, it } from 'vitest';
import { compileDistribution, lognormalParameters, sample } from './distribution';
import { KeySampler } from './keySampler';
import { Random } from './random';

const draw = (n: number, f: () => number) => Array.from({ length: n }, f);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * xs.length)];

describe('Random', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = new Random(7);
    const b = new Random(7);
    const c = new Random(8);
    const xs = draw(5, () => a.uint32());
    expect(draw(5, () => b.uint32())).toEqual(xs);
    expect(draw(5, () => c.uint32())).not.toEqual(xs);
    expect(new Random(7, 1).uint32()).not.toBe(new Random(7, 2).uint32());
  });

  it('draws floats in [0, 1) with mean ½ and exponentials with the requested mean', () => {
    const rng = new Random(1);
    const us = draw(100_000, () => rng.float());
    expect(Math.min(...us)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...us)).toBeLessThan(1);
    expect(mean(us)).toBeCloseTo(0.5, 2);
    expect(mean(draw(100_000, () => rng.exponential(10)))).toBeCloseTo(10, 0);
  });
});

describe('distributions', () => {
  const rng = new Random(3);
  it('samples constant, exponential and uniform with their means', () => {
    expect(sample(compileDistribution({ dist: 'constant', mean: 4 }), rng)).toBe(4);
    const exp = compileDistribution({ dist: 'exponential', mean: 20 });
    expect(mean(draw(100_000, () => sample(exp, rng)))).toBeGreaterThan(19.6);
    const uni = compileDistribution({ dist: 'uniform', mean: 15, min: 10, max: 20 });
    const us = draw(50_000, () => sample(uni, rng));
    expect(Math.min(...us)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...us)).toBeLessThan(20);
    expect(mean(us)).toBeCloseTo(15, 0);
  });

  it('turns a lognormal mean and p99 into μ and σ that reproduce them', () => {
    const d = compileDistribution({ dist: 'lognormal', mean: 50, p99: 400 });
    const xs = draw(200_000, () => sample(d, rng));
    expect(Math.abs(mean(xs) - 50) / 50).toBeLessThan(0.03);
    expect(Math.abs(quantile(xs, 0.99) - 400) / 400).toBeLessThan(0.05);
    expect(lognormalParameters(10, 5).sigma).toBe(0);
  });
});

describe('KeySampler', () => {
  it('draws uniform keys without skew', () => {
    const rng = new Random(5);
    const keys = new KeySampler(10, 0);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[keys.next(rng)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  it('draws Zipf-skewed keys with the probabilities of the formula, up to a million keys', () => {
    const rng = new Random(5);
    const keys = new KeySampler(1_000_000, 1.1);
    const n = 200_000;
    let hottest = 0;
    let second = 0;
    for (let i = 0; i < n; i++) {
      const k = keys.next(rng);
      expect(k).toBeLessThan(1_000_000);
      if (k === 0) hottest++;
      if (k === 1) second++;
    }
    expect(Math.abs(hottest / n - keys.probability(0))).toBeLessThan(0.005);
    expect(keys.probability(0) / keys.probability(1)).toBeCloseTo(Math.pow(2, 1.1), 6);
    expect(second / hottest).toBeCloseTo(Math.pow(2, -1.1), 1);
  });
});
