// Duration distributions. `restore` completes them so the engine never guesses: uniform gets both
// bounds and its mean, lognormal gets its p99; constant and exponential carry only their mean.
import {
  checkKeys,
  describeValue,
  expectRecord,
  fieldPath,
  formatNumber,
  readChoice,
  readOptionalNumber,
  type NumberRule,
} from './fields';
import { LIMITS } from './limits';
import type { Report } from './report';
import { DIST_KINDS, type Distribution } from './types';

const MS: NumberRule = { min: 0, max: LIMITS.timeMs, unit: 'ms' };
const POSITIVE_MS: NumberRule = { min: 0, max: LIMITS.timeMs, above: true, unit: 'ms' };
const ANY_MS: NumberRule = { min: 0, max: LIMITS.timeMs * LIMITS.lognormalP99Ratio, unit: 'ms' };

/** A lognormal without p99 gets this many times its mean: a moderate tail. */
export const DEFAULT_P99_RATIO = 3;

/** The bounds a uniform distribution gets when only its mean is given. */
export function uniformBounds(mean: number): { min: number; max: number } {
  return { min: 0, max: 2 * mean };
}

/** Read a distribution at `path`; missing gives a copy of `fallback`, a missing `dist` its kind. */
export function readDistribution(value: unknown, path: string, report: Report, fallback: Distribution): Distribution {
  if (value === undefined) return completeFallback(fallback);
  const obj = expectRecord(value, path, report);
  if (!obj) return completeFallback(fallback);
  checkKeys(obj, ['dist', 'mean', 'p99', 'min', 'max'], path, report);
  const dist = readChoice(obj, 'dist', path, report, DIST_KINDS, fallback.dist);
  const mean = readOptionalNumber(obj, 'mean', path, report, dist === 'lognormal' ? POSITIVE_MS : MS);
  const p99 = readOptionalNumber(obj, 'p99', path, report, ANY_MS);
  const min = readOptionalNumber(obj, 'min', path, report, ANY_MS);
  const max = readOptionalNumber(obj, 'max', path, report, ANY_MS);
  const ignore = (key: string) => report.warn(fieldPath(path, key), `only used by ${key === 'p99' ? 'lognormal' : 'uniform'} distributions; ignored`);

  if (dist === 'uniform') {
    if (p99 !== undefined) ignore('p99');
    return readUniform(path, report, { mean, min, max }, fallback.mean);
  }
  if (min !== undefined) ignore('min');
  if (max !== undefined) ignore('max');
  if (dist === 'lognormal') return readLognormal(path, report, mean ?? fallbackMean(fallback, path, report), p99);
  if (p99 !== undefined) ignore('p99');
  return { dist, mean: mean ?? fallback.mean };
}

function completeFallback(fallback: Distribution): Distribution {
  if (fallback.dist === 'uniform') return { dist: 'uniform', mean: fallback.mean, ...uniformBounds(fallback.mean) };
  if (fallback.dist === 'lognormal') return { dist: 'lognormal', mean: fallback.mean, p99: DEFAULT_P99_RATIO * fallback.mean };
  return { dist: fallback.dist, mean: fallback.mean };
}

// A lognormal needs a positive mean; a default of 0 (a zero latency) cannot serve.
function fallbackMean(fallback: Distribution, path: string, report: Report): number {
  if (fallback.mean > 0) return fallback.mean;
  report.error(fieldPath(path, 'mean'), 'a lognormal distribution needs a mean > 0');
  return 1;
}

function readLognormal(path: string, report: Report, mean: number, p99: number | undefined): Distribution {
  const tail = p99 ?? DEFAULT_P99_RATIO * mean;
  if (p99 !== undefined && tail <= mean) {
    report.error(fieldPath(path, 'p99'), `must be more than the mean (${formatNumber(mean)} ms); it is ${describeValue(tail)}`);
  } else if (tail > LIMITS.lognormalP99Ratio * mean) {
    report.error(
      fieldPath(path, 'p99'),
      `can be at most ${LIMITS.lognormalP99Ratio} × the mean (${formatNumber(LIMITS.lognormalP99Ratio * mean)} ms) for a lognormal; it is ${describeValue(tail)}`,
    );
  }
  return { dist: 'lognormal', mean, p99: tail };
}

interface UniformParts {
  mean: number | undefined;
  min: number | undefined;
  max: number | undefined;
}

// Any two of mean, min and max fix the third; with mean alone the range is 0..2·mean.
function readUniform(path: string, report: Report, given: UniformParts, fallbackMean: number): Distribution {
  const mean = given.mean ?? (given.min !== undefined && given.max !== undefined ? (given.min + given.max) / 2 : fallbackMean);
  const bounds = uniformBounds(mean);
  const min = given.min ?? (given.max !== undefined ? 2 * mean - given.max : bounds.min);
  const max = given.max ?? (given.min !== undefined ? 2 * mean - given.min : bounds.max);
  if (given.mean !== undefined && given.min !== undefined && given.max !== undefined && given.mean !== (min + max) / 2) {
    report.error(
      fieldPath(path, 'mean'),
      `must be (min + max) / 2 = ${formatNumber((min + max) / 2)} for a uniform distribution, or be left out`,
    );
  }
  if (min < 0) report.error(fieldPath(path, 'min'), `must be at least 0; it is ${describeValue(min)}${given.min === undefined ? ' (2 × mean - max)' : ''}`);
  if (max < min) report.error(fieldPath(path, 'max'), `must be at least min (${formatNumber(min)}); it is ${describeValue(max)}`);
  if (max > ANY_MS.max) report.error(fieldPath(path, 'max'), `must be at most ${formatNumber(ANY_MS.max)} ms`);
  return { dist: 'uniform', mean, min, max };
}

