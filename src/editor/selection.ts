// What is selected on the canvas: node and edge ids. Selection is never part of undo history, but
// it must not name what the document no longer has (after an undo, a redo or a load).
import type { TopologyDocument } from '../model/types';

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export const NO_SELECTION: Selection = { nodes: [], edges: [] };

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** Whether two selections hold the same ids in the same order. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return sameIds(a.nodes, b.nodes) && sameIds(a.edges, b.edges);
}

/** The selection without ids the document no longer has (after undo, redo or a load). */
export function pruneSelection(selection: Selection, doc: TopologyDocument): Selection {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return selection;
  const nodeIds = new Set(doc.nodes.map((node) => node.id));
  const edgeIds = new Set(doc.edges.map((edge) => edge.id));
  const nodes = selection.nodes.filter((id) => nodeIds.has(id));
  const edges = selection.edges.filter((id) => edgeIds.has(id));
  if (nodes.length === selection.nodes.length && edges.length === selection.edges.length) return selection;
  return { nodes, edges };
}
