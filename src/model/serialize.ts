// A document as plain JSON, the format first. Compact output (for share links and files people
// read) leaves out every field equal to its default, so `restore` fills it back in unchanged.
import { defaultConfig, defaultEdgeConfig, defaultPublishes } from './defaults';
import { DEFAULT_P99_RATIO, uniformBounds } from './distribution';
import { FORMAT } from './types';
import type { Distribution, Fault, TopologyDocument, TopologyEdge, TopologyNode } from './types';

export interface SerializeOptions {
  /** Leave out default values and round positions to whole pixels. */
  compact?: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The document as a plain JSON value; `restore(serialize(doc, options))` gives `doc` back. */
export function serialize(doc: TopologyDocument, options: SerializeOptions = {}): JsonObject {
  const compact = options.compact === true;
  const out: JsonObject = { format: FORMAT };
  if (!compact || doc.name !== 'Untitled') out.name = doc.name;
  if (!compact || doc.seed !== 1) out.seed = doc.seed;
  if (!compact || doc.nodes.length > 0) out.nodes = doc.nodes.map((node) => serializeNode(node, compact));
  if (!compact || doc.edges.length > 0) out.edges = doc.edges.map((edge) => serializeEdge(edge, compact));
  if (!compact || doc.faults.length > 0) out.faults = doc.faults.map((fault) => serializeFault(fault, compact));
  return out;
}

// -0 would read back as 0 anyway; writing 0 keeps the round trip exact.
const whole = (value: number): number => Math.round(value) || 0;

function serializeNode(node: TopologyNode, compact: boolean): JsonObject {
  const out: JsonObject = { id: node.id, kind: node.kind };
  if (!compact || node.label !== node.id) out.label = node.label;
  out.position = compact ? { x: whole(node.position.x), y: whole(node.position.y) } : { x: node.position.x, y: node.position.y };
  const config: Record<string, unknown> = { ...node.config };
  const defaults: Record<string, unknown> = { ...defaultConfig(node.kind) };
  if (node.kind === 'service') defaults.publishes = defaultPublishes(node.label);
  const written = compact ? withoutDefaults(config, defaults) : (toJson(config) as JsonObject);
  if (!compact || Object.keys(written).length > 0) out.config = written;
  return out;
}

function serializeEdge(edge: TopologyEdge, compact: boolean): JsonObject {
  const out: JsonObject = { id: edge.id, kind: edge.kind, source: edge.source, target: edge.target };
  const config: Record<string, unknown> = { ...edge.config };
  const written = compact ? withoutDefaults(config, { ...defaultEdgeConfig(edge.kind) }) : (toJson(config) as JsonObject);
  if (!compact || Object.keys(written).length > 0) out.config = written;
  return out;
}

function serializeFault(fault: Fault, compact: boolean): JsonObject {
  const out: JsonObject = { at: fault.at, node: fault.node, type: fault.type };
  if (fault.type === 'slow') out.factor = fault.factor;
  if (fault.type === 'fail' || fault.type === 'rate') out.rate = fault.rate;
  if (fault.type === 'replay') out.to = fault.to;
  if (fault.type === 'deploy') out.version = fault.version;
  if (!compact || fault.duration !== null) out.duration = fault.duration;
  return out;
}

function isDistribution(value: unknown): value is Distribution {
  return typeof value === 'object' && value !== null && 'dist' in value && 'mean' in value;
}

/** A distribution with only what `restore` cannot derive: the default p99, bounds or mean go. */
function compactDistribution(dist: Distribution): JsonObject {
  if (dist.dist === 'uniform' && dist.min !== undefined && dist.max !== undefined) {
    const bounds = uniformBounds(dist.mean);
    if (dist.min === bounds.min && dist.max === bounds.max) return { dist: dist.dist, mean: dist.mean };
    return { dist: dist.dist, min: dist.min, max: dist.max };
  }
  const out: JsonObject = { dist: dist.dist, mean: dist.mean };
  if (dist.dist === 'lognormal' && dist.p99 !== undefined && dist.p99 !== DEFAULT_P99_RATIO * dist.mean) out.p99 = dist.p99;
  return out;
}

function withoutDefaults(value: Record<string, unknown>, defaults: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(value)) {
    const fallback = defaults[key];
    if (sameJson(field, fallback)) continue;
    if (isDistribution(field)) out[key] = compactDistribution(field);
    else if (isPlainObject(field) && isPlainObject(fallback)) out[key] = withoutDefaults(field, fallback);
    else out[key] = toJson(field);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
  }
  return false;
}

/** A fresh JSON copy of a value that came from a valid document. */
function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}
