// Node and edge ids: short, readable, safe to use as object keys and in URLs, and unique within
// their document (nodes and edges each have their own ids).
import { describeValue } from './fields';
import { LIMITS } from './limits';
import type { TopologyDocument } from './types';

const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

// Names an object already has (`constructor`, `toString`, `__proto__`...) would collide with
// lookups keyed by id, so no node or edge may be called that.
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));

/** What is wrong with an id, or null when it is a valid id. */
export function idProblem(id: unknown): string | null {
  if (typeof id !== 'string') return `must be a text id, not ${describeValue(id)}`;
  if (id === '') return 'must not be empty';
  if (id.length > LIMITS.idLength) return `must be at most ${LIMITS.idLength} characters; it has ${id.length}`;
  if (!ID_PATTERN.test(id)) {
    return `${JSON.stringify(id)} may use only letters, digits, "_", "-" and "." (and not start with "-" or ".")`;
  }
  if (RESERVED.has(id)) return `"${id}" is a reserved name; choose another id`;
  return null;
}

/** A readable id base from a kind or a label: "Payment Service" → "payment-service". */
export function idBase(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, LIMITS.idLength - 8)
    .replace(/-+$/, '');
  return slug === '' || RESERVED.has(slug) ? 'node' : slug;
}

function nextNumbered(taken: Iterable<string>, prefix: string): string {
  const pattern = new RegExp(`^${prefix.replace(/[.]/g, '\\.')}(\\d{1,9})$`);
  let highest = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

/**
 * A new node id from a kind or label, numbered past every id with the same base: "service-1",
 * "service-2"... Numbers are not reused within a document while higher ones exist.
 */
export function nextNodeId(doc: Pick<TopologyDocument, 'nodes'>, kindOrBase: string): string {
  return nextNumbered(
    doc.nodes.map((node) => node.id),
    `${idBase(kindOrBase)}-`,
  );
}

/** A new edge id, "e1", "e2"..., past the highest numbered one in the document. */
export function nextEdgeId(doc: Pick<TopologyDocument, 'edges'>): string {
  return nextNumbered(
    doc.edges.map((edge) => edge.id),
    'e',
  );
}
