// One edge of a document: id, kind, the ids of its two ends, and the config of its kind.
import { CALL_DEFAULTS, PUBLISH_DEFAULTS, SUBSCRIBE_DEFAULTS } from './defaults';
import { readDistribution } from './distribution';
import {
  checkKeys,
  describeValue,
  expectRecord,
  fieldPath,
  isRecord,
  own,
  readChoice,
  readKind,
  readNullableNumber,
  readNumber,
  type NumberRule,
  type Raw,
} from './fields';
import { LIMITS } from './limits';
import { readId } from './node';
import type { Report } from './report';
import { EDGE_KINDS, type CallConfig, type PublishConfig, type SubscribeConfig, type TopologyEdge } from './types';

const MS: NumberRule = { min: 0, max: LIMITS.timeMs, unit: 'ms' };
const POSITIVE_MS: NumberRule = { min: 0, max: LIMITS.timeMs, above: true, unit: 'ms' };
const RETRIES: NumberRule = { min: 0, max: LIMITS.callRetries, integer: true };
const ORDER: NumberRule = { min: -LIMITS.callOrder, max: LIMITS.callOrder };

function configObject(value: unknown, path: string, report: Report, known: readonly string[]): Raw {
  if (value === undefined) return {};
  const obj = expectRecord(value, path, report);
  if (obj) checkKeys(obj, known, path, report);
  return obj ?? {};
}

function readPublishConfig(value: unknown, path: string, report: Report): PublishConfig {
  const obj = configObject(value, path, report, ['latency']);
  return { latency: readDistribution(own(obj, 'latency'), fieldPath(path, 'latency'), report, PUBLISH_DEFAULTS.latency) };
}

function readSubscribeConfig(value: unknown, path: string, report: Report): SubscribeConfig {
  const obj = configObject(value, path, report, ['startFrom']);
  return { startFrom: readChoice(obj, 'startFrom', path, report, ['earliest', 'latest'], SUBSCRIBE_DEFAULTS.startFrom) };
}

function readCallConfig(value: unknown, path: string, report: Report): CallConfig {
  const d = CALL_DEFAULTS;
  const obj = configObject(value, path, report, ['timeout', 'retries', 'backoff', 'order']);
  return {
    timeout: readNullableNumber(obj, 'timeout', path, report, POSITIVE_MS, d.timeout),
    retries: readNumber(obj, 'retries', path, report, RETRIES, d.retries),
    backoff: readNumber(obj, 'backoff', path, report, MS, d.backoff),
    order: readNullableNumber(obj, 'order', path, report, ORDER, d.order),
  };
}

function readEndpoint(obj: Raw, key: 'source' | 'target', path: string, report: Report): string | null {
  const value = own(obj, key);
  if (typeof value === 'string' && value !== '') return value;
  const found = value === undefined ? 'missing' : `not ${describeValue(value)}`;
  report.error(fieldPath(path, key), `must be the id of a node; ${found}`);
  return null;
}

/** Read the edge at `path`; null when it is too broken to take part in checks. */
export function readEdge(value: unknown, path: string, report: Report): TopologyEdge | null {
  if (!isRecord(value)) {
    report.error(path, `must be an edge object, not ${describeValue(value)}`);
    return null;
  }
  checkKeys(value, ['id', 'kind', 'source', 'target', 'config'], path, report);
  const id = readId(value, path, report);
  const kind = readKind(value, path, report, EDGE_KINDS, 'an edge kind');
  const source = readEndpoint(value, 'source', path, report);
  const target = readEndpoint(value, 'target', path, report);
  const config = own(value, 'config');
  const configPath = fieldPath(path, 'config');
  if (id === null || kind === null || source === null || target === null) return null;
  switch (kind) {
    case 'publish':
      return { id, kind, source, target, config: readPublishConfig(config, configPath, report) };
    case 'subscribe':
      return { id, kind, source, target, config: readSubscribeConfig(config, configPath, report) };
    case 'call':
      return { id, kind, source, target, config: readCallConfig(config, configPath, report) };
    case 'deadletter':
      configObject(config, configPath, report, []);
      return { id, kind, source, target, config: {} };
  }
}
