// One scripted fault: when, on which node, what, and for how long.
import {
  checkKeys,
  describeRule,
  describeValue,
  fieldPath,
  isRecord,
  own,
  readNullableNumber,
  readNumber,
  type NumberRule,
  type Raw,
} from './fields';
import { LIMITS } from './limits';
import type { Report } from './report';
import { FAULT_TARGETS, orList, withArticle } from './rules';
import type { NodeKinds } from './restore';
import { FAULT_TYPES, type Fault, type FaultAction, type FaultType } from './types';

const AT: NumberRule = { min: 0, max: LIMITS.timeMs, unit: 'ms' };
const DURATION: NumberRule = { min: 0, max: LIMITS.timeMs, above: true, unit: 'ms' };
const FACTOR: NumberRule = { min: 0, max: LIMITS.slowFactor, above: true };
const PROBABILITY: NumberRule = { min: 0, max: 1 };
// A source's rate may drop to 0 through a fault: that is how a run stops producing.
const RATE: NumberRule = { min: 0, max: LIMITS.rate, unit: 'per second' };
const VERSION: NumberRule = { min: 1, max: LIMITS.schemaVersions, integer: true };

/** The parameters each fault type takes besides at, node, type and duration. */
export const FAULT_PARAMS: { readonly [T in FaultType]: readonly string[] } = {
  slow: ['factor'],
  fail: ['rate'],
  crash: [],
  recover: [],
  rate: ['rate'],
  'add-instance': [],
  'remove-instance': [],
  replay: ['to'],
  deploy: ['version'],
  partition: [],
};

// A recovery or a replay is a one-off: there is nothing to undo after a duration.
const UNDOABLE: readonly FaultType[] = ['slow', 'fail', 'crash', 'rate', 'add-instance', 'remove-instance', 'deploy', 'partition'];

/** Whether a fault of this type can be undone after a `duration`. */
export function faultHasDuration(type: FaultType): boolean {
  return UNDOABLE.includes(type);
}

function required(obj: Raw, key: string, path: string, report: Report, rule: NumberRule): number {
  if (own(obj, key) === undefined) {
    report.error(fieldPath(path, key), `missing; must be ${describeRule(rule)}`);
    return rule.above ? rule.max : rule.min;
  }
  return readNumber(obj, key, path, report, rule, rule.above ? rule.max : rule.min);
}

function readReplayTarget(obj: Raw, path: string, report: Report): 'earliest' | number {
  const to = own(obj, 'to');
  if (to === undefined || to === 'earliest') return 'earliest';
  if (typeof to === 'number') return readNumber(obj, 'to', path, report, AT, 0);
  report.error(fieldPath(path, 'to'), `must be "earliest" or a time in ms, not ${describeValue(to)}`);
  return 'earliest';
}

function readAction(obj: Raw, type: FaultType, path: string, report: Report): FaultAction {
  switch (type) {
    case 'slow':
      return { type, factor: required(obj, 'factor', path, report, FACTOR) };
    case 'fail':
      return { type, rate: required(obj, 'rate', path, report, PROBABILITY) };
    case 'rate':
      return { type, rate: required(obj, 'rate', path, report, RATE) };
    case 'replay':
      return { type, to: readReplayTarget(obj, path, report) };
    case 'deploy':
      return { type, version: required(obj, 'version', path, report, VERSION) };
    default:
      return { type };
  }
}

/**
 * Read the fault at `path`. `kinds` maps node ids to kinds, to check that the node exists and
 * that the fault makes sense for it (see `NodeKinds`). Null when the fault is unusable.
 */
export function readFault(value: unknown, path: string, report: Report, kinds: NodeKinds): Fault | null {
  if (!isRecord(value)) {
    report.error(path, `must be a fault object, not ${describeValue(value)}`);
    return null;
  }
  const rawType = own(value, 'type');
  const type = FAULT_TYPES.find((known) => known === rawType);
  if (!type) {
    const found = rawType === undefined ? 'missing' : `${describeValue(rawType)} is not a fault type`;
    report.error(fieldPath(path, 'type'), `${found}; use ${orList(FAULT_TYPES)}`);
    checkKeys(value, ['at', 'node', 'type', 'duration', 'factor', 'rate', 'to', 'version'], path, report);
    return null;
  }
  checkKeys(value, ['at', 'node', 'type', 'duration', ...FAULT_PARAMS[type]], path, report);
  const at = readNumber(value, 'at', path, report, AT, 0);
  const node = own(value, 'node');
  const kind = typeof node === 'string' ? kinds?.get(node) : undefined;
  if (typeof node !== 'string') {
    report.error(fieldPath(path, 'node'), `must be the id of a node; ${node === undefined ? 'missing' : `not ${describeValue(node)}`}`);
  } else if (kinds && kind === undefined) {
    report.error(fieldPath(path, 'node'), `no node has the id ${describeValue(node)}`);
  } else if (kind && !FAULT_TARGETS[type].includes(kind)) {
    report.error(path, `${withArticle(`"${type}"`)} fault cannot apply to ${withArticle(kind)}; it applies to ${orList(FAULT_TARGETS[type].map((k) => `${k}s`))}`);
  }
  let duration = readNullableNumber(value, 'duration', path, report, DURATION, null);
  if (duration !== null && !faultHasDuration(type)) {
    report.warn(fieldPath(path, 'duration'), `${withArticle(`"${type}"`)} fault cannot be undone; duration ignored`);
    duration = null;
  }
  const action = readAction(value, type, path, report);
  if (typeof node !== 'string') return null;
  return { at, node, ...action, duration };
}
