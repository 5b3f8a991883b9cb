// Readers for untrusted input. Each checks one field against its rule, records what is wrong
// under the field's path, and still returns a usable value, so one pass reports every problem.
// They read own properties only and never copy an object wholesale: what gets through is built
// fresh, field by field.
import type { Report } from './report';
import { orList } from './rules';

export type Raw = Readonly<Record<string, unknown>>;

/** Keys that could reach an object's prototype; a document never carries them. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own property, or undefined; inherited properties are never read. */
export function own(obj: Raw, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** The path of a field inside the object at `path`. */
export function fieldPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The path of an array element. */
export function itemPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** How a value reads in an error message: `"abc"`, `-5`, `null`, `an array`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A number for people: 1,000,000. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/**
 * Check the keys of an object: forbidden keys are errors, unknown keys are dropped with a warning
 * (a newer Eventscape may have written them).
 */
export function checkKeys(obj: Raw, known: readonly string[], path: string, report: Report): void {
  for (const key of Object.getOwnPropertyNames(obj)) {
    if (FORBIDDEN_KEYS.includes(key)) report.error(fieldPath(path, key), 'this key is not allowed');
    else if (!known.includes(key)) report.warn(fieldPath(path, key), 'unknown field, ignored');
  }
}

/** The object at `path`, or null (with an error) when it is something else. */
export function expectRecord(value: unknown, path: string, report: Report): Raw | null {
  if (isRecord(value)) return value;
  report.error(path, `must be an object, not ${describeValue(value)}`);
  return null;
}

/** A numeric range; `above` makes `min` exclusive. */
export interface NumberRule {
  min: number;
  max: number;
  above?: boolean;
  integer?: boolean;
  unit?: string;
}

/** The rule in words: "a finite number > 0 and at most 1,000,000 (per second)". */
export function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? 'a whole number' : 'a finite number';
  const range = rule.above
    ? `> ${formatNumber(rule.min)} and at most ${formatNumber(rule.max)}`
    : `from ${formatNumber(rule.min)} to ${formatNumber(rule.max)}`;
  return `${kind} ${range}${rule.unit ? ` (${rule.unit})` : ''}`;
}

/** Whether a number satisfies the rule. */
export function fitsRule(value: number, rule: NumberRule): boolean {
  if (!Number.isFinite(value)) return false;
  if (rule.integer && !Number.isInteger(value)) return false;
  if (rule.above ? value <= rule.min : value < rule.min) return false;
  return value <= rule.max;
}

/** Check a value that is present; returns the number, or undefined after recording an error. */
export function checkNumber(value: unknown, path: string, report: Report, rule: NumberRule, orNull = false): number | undefined {
  const alternative = orNull ? ', or null for none' : '';
  if (typeof value !== 'number') {
    report.error(path, `must be ${describeRule(rule)}${alternative}, not ${describeValue(value)}`);
    return undefined;
  }
  if (!fitsRule(value, rule)) {
    report.error(path, `must be ${describeRule(rule)}${alternative}; it is ${describeValue(value)}`);
    return undefined;
  }
  // JSON can carry -0; it means 0, and 0 compares and serializes more predictably.
  return value === 0 ? 0 : value;
}

/** A number field; missing gives `fallback`. */
export function readNumber(obj: Raw, key: string, path: string, report: Report, rule: NumberRule, fallback: number): number {
  const value = own(obj, key);
  if (value === undefined) return fallback;
  return checkNumber(value, fieldPath(path, key), report, rule) ?? fallback;
}

/** A number field where null means "none"; missing gives `fallback`. */
export function readNullableNumber(
  obj: Raw,
  key: string,
  path: string,
  report: Report,
  rule: NumberRule,
  fallback: number | null,
): number | null {
  const value = own(obj, key);
  if (value === undefined) return fallback;
  if (value === null) return null;
  return checkNumber(value, fieldPath(path, key), report, rule, true) ?? fallback;
}

/** A number field that may be missing (undefined); present values must fit the rule. */
export function readOptionalNumber(obj: Raw, key: string, path: string, report: Report, rule: NumberRule): number | undefined {
  const value = own(obj, key);
  if (value === undefined) return undefined;
  return checkNumber(value, fieldPath(path, key), report, rule);
}

/** One of a fixed set of words; missing gives `fallback`. */
export function readChoice<T extends string>(
  obj: Raw,
  key: string,
  path: string,
  report: Report,
  choices: readonly T[],
  fallback: T,
): T {
  const value = own(obj, key);
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value);
  if (found !== undefined) return found;
  const list = choices.map((choice) => `"${choice}"`).join(', ');
  report.error(fieldPath(path, key), `must be one of ${list}, not ${describeValue(value)}`);
  return fallback;
}

/** The `kind` field of a node or edge (`noun` names which), or null with an error when it is not one of `kinds`. */
export function readKind<T extends string>(obj: Raw, path: string, report: Report, kinds: readonly T[], noun: string): T | null {
  const kind = own(obj, 'kind');
  const found = kinds.find((known) => known === kind);
  if (found) return found;
  const expected = `use ${orList(kinds)}`;
  if (kind === undefined) report.error(fieldPath(path, 'kind'), `missing; ${expected}`);
  else report.error(fieldPath(path, 'kind'), `${describeValue(kind)} is not ${noun}; ${expected}`);
  return null;
}

/** A true/false field; missing gives `fallback`. */
export function readBoolean(obj: Raw, key: string, path: string, report: Report, fallback: boolean): boolean {
  const value = own(obj, key);
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  report.error(fieldPath(path, key), `must be true or false, not ${describeValue(value)}`);
  return fallback;
}

// Line breaks and other control characters have no place in a one-line name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Problem with a one-line name of at most `maxLength` characters, or null when it is fine. */
export function nameProblem(value: string, maxLength: number): string | null {
  const length = [...value].length;
  if (length > maxLength) return `must be at most ${maxLength} characters; it has ${length}`;
  if (CONTROL.test(value)) return 'must not contain line breaks or control characters';
  return null;
}

/** A one-line text field; missing gives `fallback`. */
export function readName(obj: Raw, key: string, path: string, report: Report, maxLength: number, fallback: string): string {
  const value = own(obj, key);
  if (value === undefined) return fallback;
  if (typeof value !== 'string') {
    report.error(fieldPath(path, key), `must be a text, not ${describeValue(value)}`);
    return fallback;
  }
  const problem = nameProblem(value, maxLength);
  if (problem) report.error(fieldPath(path, key), problem);
  return problem ? fallback : value;
}
