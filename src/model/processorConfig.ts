// Reads the config of a `processor` node: worker settings as a service's, the stream settings, and
// the operator pipeline. Checks here need nothing but the config itself (window sizes, the order
// of operators); checks against the edges (the topic a join reads) are in processorRules.ts.
import { readDistribution } from './distribution';
import {
  checkKeys,
  describeValue,
  expectRecord,
  fieldPath,
  isRecord,
  itemPath,
  own,
  readChoice,
  readKind,
  readNullableNumber,
  readNumber,
  type NumberRule,
  type Raw,
} from './fields';
import { idProblem } from './ids';
import { LIMITS } from './limits';
import { eventTypeProblem } from './nodeConfig';
import {
  AGGREGATE_DEFAULTS,
  FILTER_DEFAULTS,
  JOIN_DEFAULTS,
  MAP_DEFAULTS,
  PROCESSOR_DEFAULTS,
  WINDOW_DEFAULTS,
  defaultProcessorOutput,
} from './processorDefaults';
import type { Report } from './report';
import { OPERATOR_KINDS, WINDOW_KINDS, type Operator, type ProcessorConfig, type Window } from './streamTypes';

const MS: NumberRule = { min: 0, max: LIMITS.timeMs, unit: 'ms' };
const POSITIVE_MS: NumberRule = { min: 0, max: LIMITS.timeMs, above: true, unit: 'ms' };
const INSTANCES: NumberRule = { min: 1, max: LIMITS.instances, integer: true };
const CONCURRENCY: NumberRule = { min: 1, max: LIMITS.concurrency, integer: true };
const FRACTION: NumberRule = { min: 0, max: 1 };
const KEYS: NumberRule = { min: 1, max: LIMITS.keys, integer: true };

/** At most this many operators in one processor's pipeline. */
export const MAX_OPERATORS = 8;

function configObject(value: unknown, path: string, report: Report, known: readonly string[]): Raw {
  if (value === undefined) return {};
  const obj = expectRecord(value, path, report);
  if (obj) checkKeys(obj, known, path, report);
  return obj ?? {};
}

function readTypeName(obj: Raw, key: string, path: string, report: Report, fallback: string | null): string | null {
  const value = own(obj, key);
  if (value === undefined || value === null || value === '') return value === undefined ? fallback : null;
  const problem = typeof value === 'string' ? eventTypeProblem(value) : `must be an event type name, not ${describeValue(value)}`;
  if (problem) report.error(fieldPath(path, key), problem);
  return problem ? fallback : (value as string);
}

function readTypeList(obj: Raw, key: string, path: string, report: Report): string[] {
  const value = own(obj, key);
  if (value === undefined) return [];
  const listPath = fieldPath(path, key);
  if (!Array.isArray(value) || value.length > LIMITS.eventTypes) {
    report.error(listPath, `must be a list of at most ${LIMITS.eventTypes} event type names, not ${describeValue(value)}`);
    return [];
  }
  const names: string[] = [];
  value.forEach((name: unknown, index) => {
    const problem = typeof name === 'string' ? eventTypeProblem(name) : `must be a text, not ${describeValue(name)}`;
    if (problem) report.error(itemPath(listPath, index), problem);
    else names.push(name as string);
  });
  return names;
}

function readWindow(value: unknown, path: string, report: Report): Window {
  if (value === undefined) return { ...(AGGREGATE_DEFAULTS.window as { kind: 'tumbling'; size: number }) };
  if (!isRecord(value)) {
    report.error(path, `must be a window object such as {"kind": "tumbling", "size": 1000}, not ${describeValue(value)}`);
    return { kind: 'none' };
  }
  const kind = readKind(value, path, report, WINDOW_KINDS, 'a window kind') ?? 'none';
  const d = WINDOW_DEFAULTS;
  switch (kind) {
    case 'tumbling':
      checkKeys(value, ['kind', 'size'], path, report);
      return { kind, size: readNumber(value, 'size', path, report, POSITIVE_MS, d.size) };
    case 'hopping': {
      checkKeys(value, ['kind', 'size', 'advance'], path, report);
      const size = readNumber(value, 'size', path, report, POSITIVE_MS, d.size);
      const advance = readNumber(value, 'advance', path, report, POSITIVE_MS, Math.min(d.advance, size));
      if (advance > size) report.error(fieldPath(path, 'advance'), `must be at most the window's size (${size} ms); it is ${advance}`);
      return { kind, size, advance };
    }
    case 'session':
      checkKeys(value, ['kind', 'gap'], path, report);
      return { kind, gap: readNumber(value, 'gap', path, report, POSITIVE_MS, d.gap) };
    case 'none':
      checkKeys(value, ['kind'], path, report);
      return { kind };
  }
}

function readOperator(value: unknown, path: string, report: Report): Operator | null {
  if (!isRecord(value)) {
    report.error(path, `must be an operator object such as {"op": "filter", "keep": 0.5}, not ${describeValue(value)}`);
    return null;
  }
  const op = own(value, 'op');
  const kind = OPERATOR_KINDS.find((known) => known === op);
  if (!kind) {
    report.error(fieldPath(path, 'op'), `${op === undefined ? 'missing' : `${describeValue(op)} is not an operator`}; use filter, map, aggregate or join`);
    return null;
  }
  switch (kind) {
    case 'filter':
      checkKeys(value, ['op', 'keep', 'types'], path, report);
      return { op: kind, keep: readNumber(value, 'keep', path, report, FRACTION, FILTER_DEFAULTS.keep), types: readTypeList(value, 'types', path, report) };
    case 'map': {
      checkKeys(value, ['op', 'type', 'rekey'], path, report);
      return { op: kind, type: readTypeName(value, 'type', path, report, MAP_DEFAULTS.type), rekey: readNullableNumber(value, 'rekey', path, report, KEYS, MAP_DEFAULTS.rekey) };
    }
    case 'aggregate':
      checkKeys(value, ['op', 'fn', 'window'], path, report);
      return {
        op: kind,
        fn: readChoice(value, 'fn', path, report, ['count', 'sum'], AGGREGATE_DEFAULTS.fn),
        window: readWindow(own(value, 'window'), fieldPath(path, 'window'), report),
      };
    case 'join': {
      checkKeys(value, ['op', 'with', 'as', 'windowMs'], path, report);
      const topic = own(value, 'with');
      const problem = topic === undefined ? 'missing; name the topic to join with (one the processor subscribes to)' : idProblem(topic);
      if (problem) report.error(fieldPath(path, 'with'), problem);
      return {
        op: kind,
        with: typeof topic === 'string' && !problem ? topic : JOIN_DEFAULTS.with,
        as: readChoice(value, 'as', path, report, ['table', 'stream'], JOIN_DEFAULTS.as),
        windowMs: readNumber(value, 'windowMs', path, report, POSITIVE_MS, JOIN_DEFAULTS.windowMs),
      };
    }
  }
}

/** Reports a pipeline whose operators cannot run in that order: one join, one aggregate, the aggregate last. */
function checkPipeline(operators: readonly Operator[], path: string, report: Report): void {
  const aggregates = operators.flatMap((op, index) => (op.op === 'aggregate' ? [index] : []));
  const joins = operators.flatMap((op, index) => (op.op === 'join' ? [index] : []));
  if (aggregates.length > 1) report.error(itemPath(path, aggregates[1]), `a pipeline has at most one aggregate; operators[${aggregates[0]}] is one already`);
  if (joins.length > 1) report.error(itemPath(path, joins[1]), `a pipeline has at most one join; operators[${joins[0]}] is one already`);
  if (aggregates.length > 0 && aggregates[0] !== operators.length - 1) {
    report.error(itemPath(path, aggregates[0]), 'the aggregate must be the last operator: what it outputs are its results, not events to transform');
  }
}

function readOperators(value: unknown, path: string, report: Report): Operator[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_OPERATORS) {
    const found = Array.isArray(value) ? `it has ${value.length}` : `not ${describeValue(value)}`;
    report.error(path, `must be a list of at most ${MAX_OPERATORS} operators; ${found}`);
    return [];
  }
  const operators: Operator[] = [];
  value.forEach((item: unknown, index) => {
    const op = readOperator(item, itemPath(path, index), report);
    if (op) operators.push(op);
  });
  if (operators.length === value.length) checkPipeline(operators, path, report);
  return operators;
}

/** A processor's config; missing fields take their defaults. */
export function readProcessorConfig(value: unknown, path: string, report: Report): ProcessorConfig {
  const d = PROCESSOR_DEFAULTS;
  const known = ['instances', 'concurrency', 'processing', 'operators', 'allowedLatenessMs', 'graceMs', 'emit', 'late', 'lateTopic', 'publishes'];
  const obj = configObject(value, path, report, known);
  // An emptied text field means none.
  const lateTopic = own(obj, 'lateTopic') === '' ? null : own(obj, 'lateTopic');
  const lateProblem = lateTopic === undefined || lateTopic === null ? null : idProblem(lateTopic);
  if (lateProblem) report.error(fieldPath(path, 'lateTopic'), lateProblem);
  return {
    instances: readNumber(obj, 'instances', path, report, INSTANCES, d.instances),
    concurrency: readNumber(obj, 'concurrency', path, report, CONCURRENCY, d.concurrency),
    processing: readDistribution(own(obj, 'processing'), fieldPath(path, 'processing'), report, d.processing),
    operators: readOperators(own(obj, 'operators'), fieldPath(path, 'operators'), report),
    allowedLatenessMs: readNumber(obj, 'allowedLatenessMs', path, report, MS, d.allowedLatenessMs),
    graceMs: readNumber(obj, 'graceMs', path, report, MS, d.graceMs),
    emit: readChoice(obj, 'emit', path, report, ['on-close', 'on-update'], d.emit),
    late: readChoice(obj, 'late', path, report, ['drop', 'side-output'], d.late),
    lateTopic: typeof lateTopic === 'string' && !lateProblem ? lateTopic : null,
    publishes: readTypeName(obj, 'publishes', path, report, null) ?? '',
  };
}

/** What a processor outputs: its `publishes`, or its label + "Result". */
export function processorOutput(publishes: string, label: string): string {
  return publishes !== '' ? publishes : defaultProcessorOutput(label);
}
