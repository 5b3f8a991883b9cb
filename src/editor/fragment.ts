// A fragment is the part of a document that copy, paste and duplicate move around: some nodes,
// the edges between them and the faults aimed at them, held as a small document of its own so it
// goes through the same `restore` as anything else that comes in.
import { nextEdgeId, nextNodeId } from '../model/ids';
import type { Position, TopologyDocument, TopologyEdge, TopologyNode } from '../model/types';
import { SELECTION_MARKER } from './incoming';

/** The selected nodes with the edges that join two of them and their faults. */
export function extractFragment(doc: TopologyDocument, nodeIds: Iterable<string>): TopologyDocument {
  const chosen = new Set(nodeIds);
  return {
    ...doc,
    name: `Selection of ${doc.name}`,
    nodes: doc.nodes.filter((node) => chosen.has(node.id)),
    edges: doc.edges.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
    faults: doc.faults.filter((fault) => chosen.has(fault.node)),
  };
}

export interface Merged {
  doc: TopologyDocument;
  nodeIds: string[];
  edgeIds: string[];
}

/**
 * The document with a copy of the fragment added: fresh ids (a paste never collides with what is
 * there), positions shifted by `offset`, edges and faults following their renamed nodes.
 */
export function mergeFragment(doc: TopologyDocument, fragment: TopologyDocument, offset: Position): Merged {
  let next = doc;
  const renamed = new Map<string, string>();
  const nodeIds: string[] = [];
  for (const node of fragment.nodes) {
    const id = nextNodeId(next, node.kind);
    renamed.set(node.id, id);
    nodeIds.push(id);
    const copy = {
      ...node,
      id,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
      config: structuredClone(node.config),
    } as TopologyNode;
    next = { ...next, nodes: [...next.nodes, copy] };
  }
  const edgeIds: string[] = [];
  for (const edge of fragment.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (!source || !target) continue;
    const id = nextEdgeId(next);
    edgeIds.push(id);
    const copy = { ...edge, id, source, target, config: structuredClone(edge.config) } as TopologyEdge;
    next = { ...next, edges: [...next.edges, copy] };
  }
  const faults = fragment.faults.flatMap((fault) => {
    const node = renamed.get(fault.node);
    return node ? [{ ...fault, node }] : [];
  });
  if (faults.length > 0) next = { ...next, faults: [...next.faults, ...faults] };
  return { doc: next, nodeIds, edgeIds };
}

/** The top-left corner of the fragment's nodes, to place a paste relative to it. */
export function fragmentOrigin(fragment: TopologyDocument): Position {
  if (fragment.nodes.length === 0) return { x: 0, y: 0 };
  return {
    x: Math.min(...fragment.nodes.map((node) => node.position.x)),
    y: Math.min(...fragment.nodes.map((node) => node.position.y)),
  };
}

/** How far each further paste of the same text lands from the last, right and down, in px. */
export const PASTE_OFFSET = 40;

/** The shift for a paste: its top-left corner to `at`, else the `repeat`-th step away from where it was copied. */
export function pasteOffset(fragment: TopologyDocument, at: Position | undefined, repeat: number): Position {
  if (at) {
    const origin = fragmentOrigin(fragment);
    return { x: at.x - origin.x, y: at.y - origin.y };
  }
  const step = PASTE_OFFSET * repeat;
  return { x: step, y: step };
}

/** The nodes `nodeIds` of `doc` as clipboard text, which `readIncoming` reads back as a selection. */
export function selectionText(doc: TopologyDocument, nodeIds: Iterable<string>): string {
  return JSON.stringify({ eventscape: SELECTION_MARKER, document: extractFragment(doc, nodeIds) }, null, 2);
}
