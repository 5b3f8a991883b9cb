// Whether and how two nodes may be connected, asked of the model's rules (the ones `restore`
// enforces), for dragging, the connect dialog and the store's connect command alike.
import { connectionProblem, edgeKindsBetween } from '../model/rules';
import { addEdge } from './edits';
import type { EdgeKind, TopologyDocument } from '../model/types';

/**
 * The edge kind a new connection from `source` to `target` gets: the usual kind for the two ends
 * (service→topic: publish), or the next one the ends allow when that one is taken (a service that
 * already publishes to a topic can still dead-letter to it). Null when none fits.
 */
export function connectionKind(doc: TopologyDocument, source: string, target: string): EdgeKind | null {
  const from = doc.nodes.find((node) => node.id === source);
  const to = doc.nodes.find((node) => node.id === target);
  if (!from || !to) return null;
  return edgeKindsBetween(from.kind, to.kind).find((kind) => connectionProblem(doc, source, target, kind) === null) ?? null;
}

/** Why `source` → `target` cannot be connected at all (whatever the kind), or null when it can. */
export function connectionRefusal(doc: TopologyDocument, source: string, target: string): string | null {
  return connectionProblem(doc, source, target);
}

/** A new edge and the document with it, or why the two nodes cannot be connected. */
export type Connection = { ok: true; doc: TopologyDocument; id: string } | { ok: false; reason: string };

/** The document with `source` connected to `target` by `kind`, or by the kind their kinds call for. */
export function connect(doc: TopologyDocument, source: string, target: string, kind?: EdgeKind): Connection {
  const from = doc.nodes.find((node) => node.id === source);
  const to = doc.nodes.find((node) => node.id === target);
  if (!from || !to) return { ok: false, reason: 'both ends must be nodes of this document' };
  const edgeKind = kind ?? connectionKind(doc, source, target);
  if (!edgeKind) return { ok: false, reason: connectionRefusal(doc, source, target) ?? 'these nodes cannot be connected' };
  const problem = connectionProblem(doc, source, target, edgeKind);
  if (problem !== null) return { ok: false, reason: problem };
  const added = addEdge(doc, source, target, edgeKind);
  return { ok: true, doc: added.doc, id: added.id };
}
