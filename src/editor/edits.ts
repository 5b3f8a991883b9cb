// Pure edits of a topology document: each takes a document and returns the next one, copying only
// the nodes, edges and faults it changes so history snapshots share everything else.
import { defaultConfig, defaultEdgeConfig, defaultPublishes } from '../model/defaults';
import { nextEdgeId, nextNodeId } from '../model/ids';
import type {
  EdgeConfigs,
  EdgeKind,
  Fault,
  NodeConfigs,
  NodeKind,
  Position,
  TopologyDocument,
  TopologyEdge,
  TopologyNode,
} from '../model/types';

const KIND_NAMES: Record<NodeKind, string> = {
  producer: 'Producer',
  client: 'Client',
  topic: 'topic',
  service: 'Service',
  orchestrator: 'Orchestrator',
  broker: 'Broker',
  processor: 'Processor',
};

/** A label for a new node of `kind` that no node of the document carries yet ("Service 3"). */
export function freshLabel(doc: TopologyDocument, kind: NodeKind): string {
  const taken = new Set(doc.nodes.map((node) => node.label));
  for (let n = doc.nodes.filter((node) => node.kind === kind).length + 1; ; n++) {
    const label = kind === 'topic' ? `${KIND_NAMES[kind]}-${n}` : `${KIND_NAMES[kind]} ${n}`;
    if (!taken.has(label)) return label;
  }
}

/** A node of `kind` with every config field at its default. */
export function newNode(doc: TopologyDocument, kind: NodeKind, position: Position): TopologyNode {
  const id = nextNodeId(doc, kind);
  const label = freshLabel(doc, kind);
  const node = { id, kind, label, position, config: defaultConfig(kind) } as TopologyNode;
  if (node.kind === 'service') node.config.publishes = defaultPublishes(label);
  return node;
}

/** The document with `node` appended. */
export function addNode(doc: TopologyDocument, node: TopologyNode): TopologyDocument {
  return { ...doc, nodes: [...doc.nodes, node] };
}

/** The document with an edge of `kind` from `source` to `target`, and that edge's id. */
export function addEdge(
  doc: TopologyDocument,
  source: string,
  target: string,
  kind: EdgeKind,
): { doc: TopologyDocument; id: string } {
  const id = nextEdgeId(doc);
  const edge = { id, kind, source, target, config: defaultEdgeConfig(kind) } as TopologyEdge;
  return { doc: { ...doc, edges: [...doc.edges, edge] }, id };
}

/** The document with the nodes of `positions` moved there; unchanged when none moved. */
export function moveNodes(doc: TopologyDocument, positions: ReadonlyMap<string, Position>): TopologyDocument {
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    const to = positions.get(node.id);
    if (!to || (to.x === node.position.x && to.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: to.x, y: to.y } };
  });
  return changed ? { ...doc, nodes } : doc;
}

/** The document with the nodes `ids` moved by `dx`, `dy` (keyboard nudges). */
export function nudgeNodes(doc: TopologyDocument, ids: Iterable<string>, dx: number, dy: number): TopologyDocument {
  const moving = new Set(ids);
  const positions = new Map<string, Position>();
  for (const node of doc.nodes) {
    if (moving.has(node.id)) positions.set(node.id, { x: node.position.x + dx, y: node.position.y + dy });
  }
  return moveNodes(doc, positions);
}

/**
 * The document without the given nodes and edges; removing a node also removes its edges and the
 * faults aimed at it, so the result stays valid.
 */
export function deleteItems(
  doc: TopologyDocument,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
): TopologyDocument {
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  if (goneNodes.size === 0 && goneEdges.size === 0) return doc;
  const nodes = doc.nodes.filter((node) => !goneNodes.has(node.id));
  const edges = doc.edges.filter(
    (edge) => !goneEdges.has(edge.id) && !goneNodes.has(edge.source) && !goneNodes.has(edge.target),
  );
  const faults = doc.faults.filter((fault) => !goneNodes.has(fault.node));
  if (nodes.length === doc.nodes.length && edges.length === doc.edges.length) return doc;
  return {
    ...doc,
    nodes,
    edges,
    faults: faults.length === doc.faults.length ? doc.faults : faults,
  };
}

function replaceNode(doc: TopologyDocument, id: string, change: (node: TopologyNode) => TopologyNode) {
  const index = doc.nodes.findIndex((node) => node.id === id);
  if (index < 0) return doc;
  const nodes = doc.nodes.slice();
  nodes[index] = change(nodes[index]);
  return { ...doc, nodes };
}

function replaceEdge(doc: TopologyDocument, id: string, change: (edge: TopologyEdge) => TopologyEdge) {
  const index = doc.edges.findIndex((edge) => edge.id === id);
  if (index < 0) return doc;
  const edges = doc.edges.slice();
  edges[index] = change(edges[index]);
  return { ...doc, edges };
}

/**
 * The document with the node renamed. A service whose `publishes` still follows its label (the
 * default) keeps following it.
 */
export function renameNode(doc: TopologyDocument, id: string, label: string): TopologyDocument {
  return replaceNode(doc, id, (node) => {
    if (node.label === label) return node;
    if (node.kind === 'service' && node.config.publishes === defaultPublishes(node.label)) {
      return { ...node, label, config: { ...node.config, publishes: defaultPublishes(label) } };
    }
    return { ...node, label };
  });
}

/** The document with a node's whole config replaced (the caller keeps it of the node's kind). */
export function setNodeConfig<K extends NodeKind>(
  doc: TopologyDocument,
  id: string,
  config: NodeConfigs[K],
): TopologyDocument {
  return replaceNode(doc, id, (node) => ({ ...node, config }) as TopologyNode);
}

/** The document with an edge's whole config replaced. */
export function setEdgeConfig<K extends EdgeKind>(
  doc: TopologyDocument,
  id: string,
  config: EdgeConfigs[K],
): TopologyDocument {
  return replaceEdge(doc, id, (edge) => ({ ...edge, config }) as TopologyEdge);
}

/** The document with an edge turned into another kind (publish ↔ deadletter), config at defaults. */
export function setEdgeKind(doc: TopologyDocument, id: string, kind: EdgeKind): TopologyDocument {
  return replaceEdge(doc, id, (edge) =>
    edge.kind === kind ? edge : ({ ...edge, kind, config: defaultEdgeConfig(kind) } as TopologyEdge),
  );
}

/** The document with a new fault script. */
export function setFaults(doc: TopologyDocument, faults: Fault[]): TopologyDocument {
  return { ...doc, faults };
}

/** The document renamed and/or reseeded. */
export function setDocumentInfo(
  doc: TopologyDocument,
  info: Partial<Pick<TopologyDocument, 'name' | 'seed'>>,
): TopologyDocument {
  return { ...doc, ...info };
}
