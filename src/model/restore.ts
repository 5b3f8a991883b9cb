// The one door into Eventscape for documents: files, links, pastes, autosave and the CLI all pass
// through `restore`, which migrates older formats, checks every field, fills every default, and
// either returns a valid document or every problem it found, each naming its field.
import { checkReplication } from './clusterRules';
import { edgeKindProblem, findCallCycle } from './rules';
import { readEdge } from './edge';
import { readFault } from './fault';
import { checkDeploy } from './deployCheck';
import {
  checkKeys,
  describeValue,
  fieldPath,
  formatNumber,
  isRecord,
  itemPath,
  own,
  readName,
  readNumber,
  type NumberRule,
  type Raw,
} from './fields';
import { formatMegabytes, jsonProblem, utf8Length } from './documentText';
import { LIMITS } from './limits';
import { migrate, type Migration } from './migrate';
import { readNode } from './node';
import { checkProcessors } from './processorRules';
import { capped, Report } from './report';
import { FORMAT, type Fault, type NodeKind, type TopologyDocument, type TopologyEdge, type TopologyNode } from './types';

export type RestoreResult =
  | { ok: true; document: TopologyDocument; warnings: string[] }
  | { ok: false; errors: string[] };

export interface RestoreOptions {
  /** Migrations to use instead of the built-in ones (tests use this). */
  migrations?: readonly Migration[];
}

const SEED: NumberRule = { min: 0, max: LIMITS.seed, integer: true };

/** Check, migrate and complete any value as a document; never throws. */
export function restore(input: unknown, options: RestoreOptions = {}): RestoreResult {
  try {
    return restoreDocument(input, options);
  } catch (error) {
    // Only exotic input (a throwing getter, a revoked proxy) gets here; JSON never does.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`the document could not be read: ${reason}`] };
  }
}

function restoreDocument(input: unknown, options: RestoreOptions): RestoreResult {
  if (!isRecord(input)) return { ok: false, errors: [`the document must be a JSON object, not ${describeValue(input)}`] };
  const migrated = migrate(input, options.migrations);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const raw = migrated.document;
  const report = new Report();
  for (const step of migrated.steps) report.warn('format', `migrated ${step}`);
  checkKeys(raw, ['format', 'name', 'seed', 'nodes', 'edges', 'faults'], '', report);

  // Beyond a limit, the document is refused before its parts are read: that work could be huge.
  const tooMany = (['nodes', 'edges', 'faults'] as const).flatMap((key) => overLimit(raw, key));
  if (tooMany.length > 0) return { ok: false, errors: tooMany };
  const rawNodes = readList(raw, 'nodes', report);
  const rawEdges = readList(raw, 'edges', report);
  const rawFaults = readList(raw, 'faults', report);

  let name = readName(raw, 'name', '', report, LIMITS.labelLength, 'Untitled');
  if (name.trim() === '') {
    report.warn('name', 'empty; "Untitled" is used instead');
    name = 'Untitled';
  }
  const seed = readNumber(raw, 'seed', '', report, SEED, 1);
  const nodes = readNodes(rawNodes, report);
  checkReplication(nodeIndices, nodes, report);
  const kinds = nodeKinds(raw, nodes);
  const edges = readEdges(rawEdges, kinds, report);
  checkProcessors({ nodes, edges }, report);
  const faults: Fault[] = [];
  rawFaults.forEach((value, index) => {
    const fault = readFault(value, itemPath('faults', index), report, kinds);
    if (fault) checkDeploy(fault, itemPath('faults', index), nodes, report);
    if (fault) faults.push(fault);
  });

  if (report.errors.length > 0) return { ok: false, errors: capped(report.errors, LIMITS.messages) };
  const document: TopologyDocument = { format: FORMAT, name, seed, nodes, edges, faults };
  return { ok: true, document, warnings: capped(report.warnings, LIMITS.messages) };
}

function overLimit(raw: Raw, key: 'nodes' | 'edges' | 'faults'): string[] {
  const value = own(raw, key);
  const limit = LIMITS[key];
  if (!Array.isArray(value) || value.length <= limit) return [];
  return [`${key}: the document has ${formatNumber(value.length)} ${key}; the limit is ${formatNumber(limit)}`];
}

function readList(raw: Raw, key: string, report: Report): unknown[] {
  const value = own(raw, key);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report.error(key, `must be a list, not ${describeValue(value)}`);
    return [];
  }
  return Array.from({ length: value.length }, (_, index) => value[index]);
}

/**
 * The kind of every node id, for checking references. A node that is there but unreadable maps
 * to null (its own errors say why, so references to it are not reported again); when the node
 * list itself is unreadable the whole map is null and references are not checked.
 */
export type NodeKinds = ReadonlyMap<string, NodeKind | null> | null;

function nodeKinds(raw: Raw, nodes: readonly TopologyNode[]): NodeKinds {
  const list = own(raw, 'nodes');
  if (list !== undefined && !Array.isArray(list)) return null;
  const kinds = new Map<string, NodeKind | null>();
  for (const value of Array.isArray(list) ? list : []) {
    const id = isRecord(value) ? own(value, 'id') : undefined;
    if (typeof id === 'string') kinds.set(id, null);
  }
  for (const node of nodes) kinds.set(node.id, node.kind);
  return kinds;
}

// Where each read node stood in the input, for messages about it after the nodes are read.
const nodeIndices = new WeakMap<TopologyNode, number>();

function readNodes(rawNodes: readonly unknown[], report: Report): TopologyNode[] {
  const nodes: TopologyNode[] = [];
  const firstIndex = new Map<string, number>();
  rawNodes.forEach((value, index) => {
    const path = itemPath('nodes', index);
    const node = readNode(value, index, path, report);
    if (!node) return;
    const earlier = firstIndex.get(node.id);
    if (earlier !== undefined) {
      report.error(fieldPath(path, 'id'), `"${node.id}" is already the id of nodes[${earlier}]`);
      return;
    }
    firstIndex.set(node.id, index);
    nodeIndices.set(node, index);
    nodes.push(node);
  });
  return nodes;
}

/** Reads the edges and checks them against the nodes: ends exist, kinds fit, no repeats or call cycles. */
function readEdges(rawEdges: readonly unknown[], kinds: NodeKinds, report: Report): TopologyEdge[] {
  const edges: TopologyEdge[] = [];
  const edgeIndex = new Map<string, number>();
  const connections = new Map<string, number>();
  const deadLetters = new Map<string, number>();
  rawEdges.forEach((value, index) => {
    const path = itemPath('edges', index);
    const edge = readEdge(value, path, report);
    if (!edge) return;
    const earlier = edgeIndex.get(edge.id);
    if (earlier !== undefined) report.error(fieldPath(path, 'id'), `"${edge.id}" is already the id of edges[${earlier}]`);
    else edgeIndex.set(edge.id, index);

    const sourceKind = kinds?.get(edge.source);
    const targetKind = kinds?.get(edge.target);
    if (kinds && sourceKind === undefined) report.error(fieldPath(path, 'source'), `no node has the id ${describeValue(edge.source)}`);
    if (kinds && targetKind === undefined) report.error(fieldPath(path, 'target'), `no node has the id ${describeValue(edge.target)}`);
    if (!sourceKind || !targetKind) return;
    const wrongKinds = edgeKindProblem(edge.kind, sourceKind, targetKind);
    if (wrongKinds) {
      report.error(path, `${wrongKinds} (${edge.source} → ${edge.target})`);
      return;
    }
    const connection = `${edge.kind} ${edge.source} ${edge.target}`;
    const repeated = connections.get(connection);
    if (repeated !== undefined) {
      report.error(path, `repeats edges[${repeated}]: ${edge.kind} from ${edge.source} to ${edge.target}`);
      return;
    }
    connections.set(connection, index);
    if (edge.kind === 'deadletter') {
      const other = deadLetters.get(edge.source);
      if (other !== undefined) {
        report.error(path, `${edge.source} already has a dead-letter topic (edges[${other}]); a service has at most one`);
        return;
      }
      deadLetters.set(edge.source, index);
    }
    edges.push(edge);
  });
  const cycle = findCallCycle(edges);
  if (cycle) report.error('edges', `calls form a cycle: ${cycle.join(' → ')}`);
  return edges;
}

/** Parse document text (a file, a paste, a decoded link) and restore it; never throws. */
export function restoreText(text: string, options: RestoreOptions = {}): RestoreResult {
  if (typeof text !== 'string') return { ok: false, errors: [`the document must be text, not ${describeValue(text)}`] };
  const bytes = text.length > LIMITS.documentBytes / 3 ? utf8Length(text) : text.length;
  if (bytes > LIMITS.documentBytes) {
    return { ok: false, errors: [`the document is ${formatMegabytes(bytes)}; the limit is ${LIMITS.documentBytes / 1024 / 1024} MB`] };
  }
  // Some editors save a byte-order mark first; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['the text is empty; an Eventscape document is a JSON object'] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { ok: false, errors: [jsonProblem(body, error)] };
  }
  return restore(parsed, options);
}
