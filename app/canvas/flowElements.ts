// React Flow's nodes and edges derived from the document. Each flow object is rebuilt only when
// its topology node or edge, its selection or its measured size changed, so dragging one node
// hands React Flow one new object per frame and re-renders only that node.
import type { TopologyEdge, TopologyNode } from '../../src/model/types';
import type { Size } from '../store/uiSlice';
import type { FlowEdge, FlowNode } from './flowTypes';

interface CachedNode {
  selected: boolean;
  size: Size | undefined;
  draggable: boolean;
  flow: FlowNode;
}

// Keyed by the topology object: an entry lives as long as that version of the node does, and the
// flow object depends on nothing but the key and the fields compared.
const nodeCache = new WeakMap<TopologyNode, CachedNode>();
const edgeCache = new WeakMap<TopologyEdge, { selected: boolean; flow: FlowEdge }>();

/** The flow nodes of `nodes`, reusing the previous object of every node that did not change. */
export function flowNodesOf(
  nodes: readonly TopologyNode[],
  selected: readonly string[],
  sizes: Readonly<Record<string, Size>>,
  readOnly: boolean,
): FlowNode[] {
  const chosen = new Set(selected);
  return nodes.map((node) => {
    const isSelected = chosen.has(node.id);
    const size = sizes[node.id];
    const hit = nodeCache.get(node);
    if (hit && hit.selected === isSelected && hit.size === size && hit.draggable === !readOnly) return hit.flow;
    const flow: FlowNode = {
      id: node.id,
      type: node.kind,
      position: node.position,
      data: { node },
      selected: isSelected,
      draggable: !readOnly,
      ...(size ? { measured: size } : {}),
    };
    nodeCache.set(node, { selected: isSelected, size, draggable: !readOnly, flow });
    return flow;
  });
}

/** The flow edges of `edges`, reusing the previous object of every edge that did not change. */
export function flowEdgesOf(edges: readonly TopologyEdge[], selected: readonly string[]): FlowEdge[] {
  const chosen = new Set(selected);
  return edges.map((edge) => {
    const isSelected = chosen.has(edge.id);
    const hit = edgeCache.get(edge);
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
    edgeCache.set(edge, { selected: isSelected, flow });
    return flow;
  });
}
