// Derive React Flow nodes from the document. Each flow node is rebuilt only when its topology
// node, its selection or its measured size changed, so dragging one node hands React Flow one new
// object per frame and re-renders only that node.
import { useMemo } from 'react';
import type { TopologyNode } from '../../src/model/types';
import { useEditor } from '../store/useEditor';
import type { FlowNode } from './flowTypes';

interface Cached {
  selected: boolean;
  width: number | undefined;
  height: number | undefined;
  draggable: boolean;
  flow: FlowNode;
}

// Keyed by the topology node object: an entry lives as long as the node's version does, and the
// flow node depends on nothing but the key and the fields checked below.
const cache = new WeakMap<TopologyNode, Cached>();

/** The flow nodes of the current document, memoized per node. */
export function useFlowNodes(): FlowNode[] {
  const nodes = useEditor((state) => state.document.nodes);
  const selected = useEditor((state) => state.selection.nodes);
  const sizes = useEditor((state) => state.nodeSizes);
  const readOnly = useEditor((state) => state.readOnly);

  return useMemo(() => {
    const chosen = new Set(selected);
    return nodes.map((node) => {
      const isSelected = chosen.has(node.id);
      const size = sizes[node.id];
      const hit = cache.get(node);
      if (
        hit &&
        hit.selected === isSelected &&
        hit.width === size?.width &&
        hit.height === size?.height &&
        hit.draggable === !readOnly
      ) {
        return hit.flow;
      }
      const flow: FlowNode = {
        id: node.id,
        type: node.kind,
        position: node.position,
        data: { node },
        selected: isSelected,
        draggable: !readOnly,
        ...(size ? { measured: size } : {}),
      };
      cache.set(node, {
        selected: isSelected,
        width: size?.width,
        height: size?.height,
        draggable: !readOnly,
        flow,
      });
      return flow;
    });
  }, [nodes, selected, sizes, readOnly]);
}
