// The canvas's view of the document: one React Flow node per topology node and one edge per
// topology edge, carrying the document object itself as data (never a copy that could drift).
import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, NodeKind, TopologyEdge, TopologyNode } from '../../src/model/types';

export type FlowNodeData = { node: TopologyNode };
export type FlowNode = Node<FlowNodeData, NodeKind>;

export type FlowEdgeData = { edge: TopologyEdge };
export type FlowEdge = Edge<FlowEdgeData, EdgeKind>;

/** Width and height a node has before it is measured (layout, palette drops, minimap). */
export const NODE_SIZE = { width: 196, height: 96 } as const;
