// Derive React Flow edges from the document, rebuilt per edge only when the edge or its selection
// changed (moving a node does not touch edge objects: React Flow re-routes them itself).
import { useMemo } from 'react';
import type { TopologyEdge } from '../../src/model/types';
import { useEditor } from '../store/useEditor';
import type { FlowEdge } from './flowTypes';

// Keyed by the topology edge object, as the node cache in useFlowNodes.
const cache = new WeakMap<TopologyEdge, { selected: boolean; flow: FlowEdge }>();

/** The flow edges of the current document, memoized per edge. */
export function useFlowEdges(): FlowEdge[] {
  const edges = useEditor((state) => state.document.edges);
  const selected = useEditor((state) => state.selection.edges);

  return useMemo(() => {
    const chosen = new Set(selected);
    return edges.map((edge) => {
      const isSelected = chosen.has(edge.id);
      const hit = cache.get(edge);
      if (hit && hit.selected === isSelected) return hit.flow;
      const flow: FlowEdge = {
        id: edge.id,
        type: edge.kind,
        source: edge.source,
        target: edge.target,
        data: { edge },
        selected: isSelected,
        ariaLabel: `${edge.kind} edge from ${edge.source} to ${edge.target}`,
      };
      cache.set(edge, { selected: isSelected, flow });
      return flow;
    });
  }, [edges, selected]);
}
