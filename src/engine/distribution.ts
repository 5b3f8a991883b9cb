// Duration distributions of the document, compiled once into a small record so that sampling on
// the hot path is a switch on a number, with no allocation and no closure.
import type { Distribution } from '../model/types';
import type { Random } from './random';

export const SamplerKind = { constant: 0, exponential: 1, uniform: 2, lognormal: 3 } as const;

/** A compiled distribution: `a`/`b` are mean/-, min/span or μ/σ depending on `kind`. */
export interface Sampler {
  kind: number;
  a: number;
  b: number;
  mean: number;
}

/** The 99th percentile of the standard normal distribution. */
const Z99 = 2.3263478740408408;

/**
 * μ and σ of a lognormal with the given mean and 99th percentile. Solving
 * mean = exp(μ + σ²/2) and p99 = exp(μ + z·σ) gives σ = z − √(z² − 2·ln(p99/mean)), the smaller
 * root, so the tail grows with p99. A ratio beyond what a lognormal can reach (≈ 14.97) is capped
 * there, and a p99 at or below the mean gives a constant.
 */
export function lognormalParameters(mean: number, p99: number): { mu: number; sigma: number } {
  const ratio = Math.log(p99 / mean);
  if (!(ratio > 0) || mean <= 0) return { mu: Math.log(Math.max(mean, Number.MIN_VALUE)), sigma: 0 };
  const disc = Z99 * Z99 - 2 * ratio;
  const sigma = disc > 0 ? Z99 - Math.sqrt(disc) : Z99;
  return { mu: Math.log(mean) - (sigma * sigma) / 2, sigma };
}

/** Compiles a document distribution into a sampler. */
export function compileDistribution(d: Distribution): Sampler {
  const mean = Math.max(0, d.mean);
  switch (d.dist) {
    case 'constant':
      return { kind: SamplerKind.constant, a: mean, b: 0, mean };
    case 'exponential':
      return { kind: SamplerKind.exponential, a: mean, b: 0, mean };
    case 'uniform': {
      const min = Math.max(0, d.min ?? 0);
      const max = Math.max(min, d.max ?? 2 * mean);
      return { kind: SamplerKind.uniform, a: min, b: max - min, mean: (min + max) / 2 };
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParameters(mean, d.p99 ?? mean * 4);
      return { kind: SamplerKind.lognormal, a: mu, b: sigma, mean };
    }
  }
}

/** Draws one duration (ms) from a compiled distribution. */
export function sample(s: Sampler, rng: Random): number {
  switch (s.kind) {
    case SamplerKind.constant:
      return s.a;
    case SamplerKind.exponential:
      return s.a === 0 ? 0 : rng.exponential(s.a);
    case SamplerKind.uniform:
      return s.a + s.b * rng.float();
    default:
      return Math.exp(s.a + s.b * rng.normal());
  }
}
