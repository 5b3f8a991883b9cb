// B's canvas in compare mode: a second React Flow with the same node and edge components and the
// same particle overlay as A's, showing B's document, B's figures and B's events in flight. It
// only shows: pan and zoom, no dragging, connecting, selecting or renaming. Its own React Flow
// store (a provider of its own) keeps its viewport apart from A's.
import { Background, BackgroundVariant, Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { TopologyDocument } from '../../src/model/types';
import { CanvasSideContext } from '../canvas/canvasSide';
import { EDGE_TYPES } from '../canvas/edges/TopologyEdge';
import type { FlowEdge, FlowNode } from '../canvas/flowTypes';
import { NODE_TYPES } from '../canvas/nodes/nodeTypes';
import { ParticleOverlay } from '../canvas/ParticleOverlay';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import { RefitOnResize } from '../canvas/RefitOnResize';

const FIT = { padding: 0.12, maxZoom: 1.1 };

/** B's flow nodes: fixed in place, never selected (its figures come from the store, not from here). */
function flowNodesOf(doc: TopologyDocument): FlowNode[] {
  return doc.nodes.map((node) => ({ id: node.id, type: node.kind, position: node.position, data: { node }, draggable: false, selectable: false, connectable: false }));
}

function flowEdgesOf(doc: TopologyDocument): FlowEdge[] {
  return doc.edges.map((edge) => ({
    id: edge.id,
    type: edge.kind,
    source: edge.source,
    target: edge.target,
    data: { edge },
    selectable: false,
    ariaLabel: `${edge.kind} edge from ${edge.source} to ${edge.target}`,
  }));
}

// Each document B shows gets a number: a new one remounts the canvas (its nodes are React Flow's
// defaults, measured and fitted once).
const shown = new WeakMap<TopologyDocument, number>();
let documentsShown = 0;
function keyOf(doc: TopologyDocument): number {
  let key = shown.get(doc);
  if (key === undefined) {
    key = ++documentsShown;
    shown.set(doc, key);
  }
  return key;
}

function RefitB() {
  const flow = useReactFlow();
  const refit = useCallback(() => void flow.fitView({ ...FIT, duration: 200 }), [flow]);
  return <RefitOnResize refit={refit} />;
}

export function CompareCanvas({ document: doc }: { document: TopologyDocument }) {
  const colorMode = useResolvedTheme();
  const nodes = useMemo(() => flowNodesOf(doc), [doc]);
  const edges = useMemo(() => flowEdgesOf(doc), [doc]);
  return (
    <div className="es-canvas es-compare-canvas" data-testid="compare-canvas">
      <CanvasSideContext.Provider value="b">
        <ReactFlowProvider>
          {/* A new document is a new picture: mount afresh, fitted. */}
          <ReactFlow<FlowNode, FlowEdge>
            key={keyOf(doc)}
            defaultNodes={nodes}
            defaultEdges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            zoomOnDoubleClick={false}
            colorMode={colorMode}
            minZoom={0.1}
            maxZoom={2.5}
            fitView
            fitViewOptions={FIT}
            proOptions={{ hideAttribution: true }}
            aria-label={`Topology canvas of B: ${doc.name}`}
          >
            <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
            <ParticleOverlay />
            <Controls showInteractive={false} position="bottom-left" />
            <RefitB />
          </ReactFlow>
        </ReactFlowProvider>
      </CanvasSideContext.Provider>
    </div>
  );
}
