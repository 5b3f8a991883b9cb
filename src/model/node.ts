// One node of a document: id, kind, label, position and the config of its kind.
import {
  checkKeys,
  describeValue,
  expectRecord,
  fieldPath,
  isRecord,
  own,
  readKind,
  readName,
  readNumber,
  type NumberRule,
  type Raw,
} from './fields';
import { idProblem } from './ids';
import { LIMITS } from './limits';
import {
  readBrokerConfig,
  readClientConfig,
  readOrchestratorConfig,
  readProducerConfig,
  readServiceConfig,
  readTopicConfig,
} from './nodeConfig';
import { readProcessorConfig } from './processorConfig';
import type { Report } from './report';
import { NODE_KINDS, type Position, type TopologyNode } from './types';

const COORDINATE: NumberRule = { min: -LIMITS.position, max: LIMITS.position, unit: 'px' };

/** Where a node without a position goes: a grid of five columns, left to right, top to bottom. */
export function gridPosition(index: number): Position {
  return { x: (index % 5) * 250, y: Math.floor(index / 5) * 150 };
}

function readPosition(value: unknown, path: string, report: Report, fallback: Position): Position {
  if (value === undefined) return fallback;
  const obj = expectRecord(value, path, report);
  if (!obj) return fallback;
  checkKeys(obj, ['x', 'y'], path, report);
  return {
    x: readNumber(obj, 'x', path, report, COORDINATE, fallback.x),
    y: readNumber(obj, 'y', path, report, COORDINATE, fallback.y),
  };
}

/** The id field of a node or edge: the text as given (checked), or null when it is unusable. */
export function readId(obj: Raw, path: string, report: Report): string | null {
  const id = own(obj, 'id');
  if (id === undefined) {
    report.error(fieldPath(path, 'id'), 'missing; every node and edge needs an id');
    return null;
  }
  const problem = idProblem(id);
  if (problem) report.error(fieldPath(path, 'id'), problem);
  return typeof id === 'string' ? id : null;
}

/** Read the node at `path` (the `index`-th); null when it is too broken to take part in checks. */
export function readNode(value: unknown, index: number, path: string, report: Report): TopologyNode | null {
  if (!isRecord(value)) {
    report.error(path, `must be a node object, not ${describeValue(value)}`);
    return null;
  }
  checkKeys(value, ['id', 'kind', 'label', 'position', 'config'], path, report);
  const id = readId(value, path, report);
  const kind = readKind(value, path, report, NODE_KINDS, 'a node kind');
  const label = readLabel(value, path, report, id ?? `node ${index + 1}`);
  const position = readPosition(own(value, 'position'), fieldPath(path, 'position'), report, gridPosition(index));
  if (id === null || kind === null) return null;
  const config = own(value, 'config');
  const configPath = fieldPath(path, 'config');
  switch (kind) {
    case 'producer':
      return { id, kind, label, position, config: readProducerConfig(config, configPath, report) };
    case 'client':
      return { id, kind, label, position, config: readClientConfig(config, configPath, report) };
    case 'topic':
      return { id, kind, label, position, config: readTopicConfig(config, configPath, report) };
    case 'service':
      return { id, kind, label, position, config: readServiceConfig(config, configPath, report, label) };
    case 'orchestrator':
      return { id, kind, label, position, config: readOrchestratorConfig(config, configPath, report) };
    case 'broker':
      return { id, kind, label, position, config: readBrokerConfig(config, configPath, report) };
    case 'processor':
      return { id, kind, label, position, config: readProcessorConfig(config, configPath, report) };
  }
}

// An empty label would leave a node nameless on the canvas; the id stands in, as when it is missing.
function readLabel(obj: Raw, path: string, report: Report, id: string): string {
  const label = readName(obj, 'label', path, report, LIMITS.labelLength, id);
  if (label.trim() !== '') return label;
  report.warn(fieldPath(path, 'label'), `empty; the id "${id}" is used instead`);
  return id;
}
