import { FORMAT, type TopologyDocument } from './types';

/** A new document with no nodes, edges or faults. */
export function emptyDocument(name = 'Untitled'): TopologyDocument {
  return { format: FORMAT, name, seed: 1, nodes: [], edges: [], faults: [] };
}
