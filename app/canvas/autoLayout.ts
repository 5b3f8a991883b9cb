// Auto-layout: nodes in ranks from left to right along their edges (sources on the left), laid out
// by dagre with the sizes the nodes have on screen.
import dagre from '@dagrejs/dagre';
import type { Position, TopologyDocument } from '../../src/model/types';
import type { Size } from '../store/uiSlice';
import { NODE_SIZE } from './flowTypes';

/** Where each node goes (its top-left corner), keyed by node id. */
export function autoLayout(doc: TopologyDocument, sizes: Readonly<Record<string, Size>>): Map<string, Position> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 96, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of doc.nodes) {
    const size = sizes[node.id] ?? NODE_SIZE;
    graph.setNode(node.id, { width: size.width, height: size.height });
  }
  for (const edge of doc.edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const positions = new Map<string, Position>();
  for (const node of doc.nodes) {
    const placed = graph.node(node.id);
    const size = sizes[node.id] ?? NODE_SIZE;
    positions.set(node.id, { x: Math.round(placed.x - size.width / 2), y: Math.round(placed.y - size.height / 2) });
  }
  return positions;
}
