// The packed form of a document inside a version-1 share link: the compact document as JSON lists
// instead of objects, so a 10-node topology fits in about 500 characters of URL. Field names are
// the document's main cost once compressed, so positions in a list replace them, node kinds and
// edge kinds become numbers, edges and faults name their nodes by index, and config keys are
// abbreviated. Every table here is frozen: changing one changes what old links mean, so a new
// encoding needs a new link version. docs/sharing.md describes the layout.
//
//   [name, seed, nodes, edges, faults?]
//   node:  [id, kind, x, y, label?, config?]   label 0 (or absent) when it equals the id
//   edge:  [source, target, kind, id?, config?] id 0 (or absent) when it is "e<n>" for the n-th edge
//   fault: [at, node, type, duration, value?]  duration null when none; value: factor, rate or to
import { serialize } from '../model/serialize';
import type { Fault, TopologyDocument } from '../model/types';

/** Node kinds by code; frozen for version-1 links. */
export const PACKED_NODE_KINDS = ['producer', 'client', 'topic', 'service', 'orchestrator', 'broker'] as const;
/** Edge kinds by code; frozen for version-1 links. */
export const PACKED_EDGE_KINDS = ['publish', 'subscribe', 'call', 'deadletter'] as const;

/** Config keys and their abbreviations; frozen for version-1 links. Keys not listed stay as they are. */
export const PACKED_CONFIG_KEYS: Readonly<Record<string, string>> = {
  rate: 'r',
  arrival: 'a',
  burst: 'b',
  keys: 'k',
  keySkew: 'z',
  eventTypes: 'e',
  onFull: 'f',
  maxPending: 'mp',
  partitions: 'p',
  partitioner: 'pk',
  retention: 'rt',
  capacity: 'cp',
  instances: 'i',
  concurrency: 'c',
  processing: 'pr',
  failureRate: 'fr',
  retry: 'ry',
  ordering: 'o',
  idempotent: 'id',
  queueLimit: 'q',
  publishes: 'pb',
  latency: 'l',
  startFrom: 'sf',
  timeout: 't',
  retries: 'rs',
  backoff: 'bo',
  order: 'od',
  dist: 'd',
  mean: 'm',
  p99: 'p9',
  min: 'mn',
  max: 'mx',
  maxAttempts: 'ma',
  mode: 'md',
};

/** The field of the one value a fault type carries besides time, node, type and duration. */
const FAULT_VALUE_KEYS: ReadonlyMap<unknown, string> = new Map([
  ['slow', 'factor'],
  ['fail', 'rate'],
  ['rate', 'rate'],
  ['replay', 'to'],
  // Added with the deploy fault; no older link has a deploy, so no old link changes meaning.
  ['deploy', 'version'],
]);

// Maps, not object lookups, so a key such as "constructor" finds nothing instead of a prototype member.
const SHORT_CONFIG_KEYS = new Map(Object.entries(PACKED_CONFIG_KEYS));
const FULL_CONFIG_KEYS = new Map(Object.entries(PACKED_CONFIG_KEYS).map(([full, short]) => [short, full]));

// Config objects nest three levels at most (config → retry/processing/burst → value); anything
// deeper is left as it is for `restore` to reject, so a hostile link cannot exhaust the stack.
const CONFIG_DEPTH = 3;

type Packed = (string | number | boolean | null | Packed | { [key: string]: unknown })[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Rename the keys of a config object, level by level; `Object.fromEntries` keeps `__proto__` a plain key. */
function renameKeys(value: unknown, names: (key: string) => string, depth: number): unknown {
  if (depth === 0) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => renameKeys(item, names, depth - 1));
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [names(key), renameKeys(field, names, depth - 1)]));
}

const abbreviate = (key: string) => SHORT_CONFIG_KEYS.get(key) ?? key;
const expand = (key: string) => FULL_CONFIG_KEYS.get(key) ?? key;

/** Drops trailing "absent" placeholders so a list ends at its last real value. */
function trimmed(list: Packed): Packed {
  let end = list.length;
  while (end > 0 && (list[end - 1] === 0 || list[end - 1] === undefined)) end--;
  return list.slice(0, end);
}

/** The document in its packed form: a JSON value (see the layout above). */
export function packDocument(doc: TopologyDocument): Packed {
  const compact = serialize(doc, { compact: true });
  const compactNodes = Array.isArray(compact.nodes) ? compact.nodes : [];
  const compactEdges = Array.isArray(compact.edges) ? compact.edges : [];
  const configAt = (list: unknown[], index: number): Packed[number] => {
    const item = list[index];
    return isRecord(item) && isRecord(item.config) ? (renameKeys(item.config, abbreviate, CONFIG_DEPTH) as Packed[number]) : 0;
  };
  const indexOf = new Map(doc.nodes.map((node, index) => [node.id, index]));
  const nodeRef = (id: string) => indexOf.get(id) ?? id;

  const nodes = doc.nodes.map((node, index) => {
    // A kind newer than the frozen table travels as its name, which `unpackDocument` takes as it is.
    const code = (PACKED_NODE_KINDS as readonly string[]).indexOf(node.kind);
    const packed: Packed = [node.id, code >= 0 ? code : node.kind, Math.round(node.position.x) || 0, Math.round(node.position.y) || 0];
    return [...packed, ...trimmed([node.label === node.id ? 0 : node.label, configAt(compactNodes, index)])];
  });
  const edges = doc.edges.map((edge, index) => {
    const packed: Packed = [nodeRef(edge.source), nodeRef(edge.target), PACKED_EDGE_KINDS.indexOf(edge.kind)];
    return [...packed, ...trimmed([edge.id === `e${index + 1}` ? 0 : edge.id, configAt(compactEdges, index)])];
  });
  const faults = doc.faults.map((fault) => {
    const value = faultValue(fault);
    const packed: Packed = [fault.at, nodeRef(fault.node), fault.type, fault.duration];
    return value === undefined ? (fault.duration === null ? packed.slice(0, 3) : packed) : [...packed, value];
  });
  const packed: Packed = [doc.name, doc.seed, nodes, edges];
  return faults.length > 0 ? [...packed, faults] : packed;
}

function faultValue(fault: Fault): string | number | undefined {
  switch (fault.type) {
    case 'slow':
      return fault.factor;
    case 'fail':
    case 'rate':
      return fault.rate;
    case 'replay':
      return fault.to;
    case 'deploy':
      return fault.version;
    default:
      return undefined;
  }
}

export type Unpacked = { ok: true; document: Record<string, unknown> } | { ok: false; problem: string };

/**
 * A document object (unchecked: `restore` checks it) from a packed value. A plain document object
 * is accepted too, so a script can make a link from any document JSON.
 */
export function unpackDocument(value: unknown): Unpacked {
  if (isRecord(value)) return { ok: true, document: value };
  if (!Array.isArray(value)) return { ok: false, problem: 'its data is not an Eventscape document' };
  const [name, seed, nodes = [], edges = [], faults = []] = value as unknown[];
  for (const [part, list] of [['nodes', nodes], ['edges', edges], ['faults', faults]] as const) {
    if (!Array.isArray(list)) return { ok: false, problem: `its list of ${part} is not a list` };
    const bad = list.findIndex((item: unknown) => !Array.isArray(item));
    if (bad >= 0) return { ok: false, problem: `${part}[${bad}] is not a list` };
  }
  const nodeLists = nodes as unknown[][];
  const nodeId = (ref: unknown): unknown =>
    typeof ref === 'number' && Number.isInteger(ref) && ref >= 0 && ref < nodeLists.length ? nodeLists[ref][0] : ref;
  const config = (packed: unknown) => (packed === undefined || packed === 0 ? {} : { config: renameKeys(packed, expand, CONFIG_DEPTH) });
  const kind = (code: unknown, kinds: readonly string[]) => (typeof code === 'number' && kinds[code] !== undefined ? kinds[code] : code);

  const document: Record<string, unknown> = {
    format: 'eventscape/1',
    ...(name === undefined ? {} : { name }),
    ...(seed === undefined ? {} : { seed }),
    nodes: nodeLists.map(([id, code, x, y, label, packedConfig]) => ({
      id,
      kind: kind(code, PACKED_NODE_KINDS),
      position: { x, y },
      ...(label === undefined || label === 0 ? {} : { label }),
      ...config(packedConfig),
    })),
    edges: (edges as unknown[][]).map(([source, target, code, id, packedConfig], index) => ({
      id: id === undefined || id === 0 ? `e${index + 1}` : id,
      kind: kind(code, PACKED_EDGE_KINDS),
      source: nodeId(source),
      target: nodeId(target),
      ...config(packedConfig),
    })),
    faults: (faults as unknown[][]).map(([at, node, type, duration, faultValue]) => {
      const valueKey = FAULT_VALUE_KEYS.get(type);
      return {
        at,
        node: nodeId(node),
        type,
        ...(duration === undefined || duration === null ? {} : { duration }),
        ...(valueKey === undefined || faultValue === undefined ? {} : { [valueKey]: faultValue }),
      };
    }),
  };
  return { ok: true, document };
}
