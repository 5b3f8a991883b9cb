// The canvas: React Flow controlled by the store. It shows the document and turns what the user
// does (drag, connect, select, drop from the palette) into store commands.
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { NODE_KINDS, type NodeKind } from '../../src/model/types';
import { openDocumentFile } from '../persistence/fileTransfer';
import { editorStore, useEditor } from '../store/useEditor';
import { ConnectionHint } from './ConnectionHint';
import { connectionRefusal } from '../../src/editor/connections';
import { EDGE_TYPES } from './edges/TopologyEdge';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { applyEdgeChanges, applyNodeChanges } from './flowChanges';
import { NODE_SIZE, type FlowEdge, type FlowNode } from './flowTypes';
import { FaultMenu } from './FaultMenu';
import { MINIMAP_MIN_CANVAS_WIDTH, MINIMAP_SIZE } from './canvasRoom';
import { Legend } from './Legend';
import { NODE_TYPES } from './nodes/nodeTypes';
import { ParticleOverlay } from './ParticleOverlay';
import { useFitRequests } from './useFitRequests';
import { useFlowEdges } from './useFlowEdges';
import { useFlowNodes } from './useFlowNodes';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import { RefitOnResize } from './RefitOnResize';

/** The drag-and-drop type the palette puts a node kind under. */
export const NODE_KIND_MIME = 'application/x-eventscape-kind';

const store = editorStore;
const onNodesChange = (changes: NodeChange<FlowNode>[]) => applyNodeChanges(store, changes);
const onEdgesChange = (changes: EdgeChange<FlowEdge>[]) => applyEdgeChanges(store, changes);
const beginGesture = () => store.getState().beginGesture();
const endGesture = () => store.getState().endGesture();
const requestFit = () => store.getState().requestFit();
const isValidConnection = (connection: FlowEdge | Connection) =>
  connectionRefusal(store.getState().document, connection.source, connection.target) === null;

function onConnect(connection: Connection) {
  const result = store.getState().connectNodes(connection.source, connection.target);
  if (!result.ok) store.getState().notify('error', 'Cannot connect', [result.reason]);
}

function onConnectEnd(_event: MouseEvent | TouchEvent, connection: FinalConnectionState) {
  if (connection.isValid !== false || !connection.toNode || !connection.fromHandle) return;
  const fromSource = connection.fromHandle.type === 'source';
  const source = fromSource ? connection.fromNode.id : connection.toNode.id;
  const target = fromSource ? connection.toNode.id : connection.fromNode.id;
  const reason = connectionRefusal(store.getState().document, source, target);
  if (reason) store.getState().notify('error', 'Not connected', [reason]);
}

function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

// The minimap, only where the canvas is wide enough that it does not sit on the topology.
function Overview() {
  const wide = useStore((state) => state.width >= MINIMAP_MIN_CANVAS_WIDTH);
  if (!wide) return null;
  return (
    <MiniMap
      pannable
      zoomable
      position="bottom-right"
      ariaLabel="Overview"
      style={MINIMAP_SIZE}
      nodeClassName={(node) => `es-mini es-mini--${node.type ?? 'service'}`}
      nodeBorderRadius={4}
    />
  );
}

export function Canvas() {
  const nodes = useFlowNodes();
  const edges = useFlowEdges();
  const readOnly = useEditor((state) => state.readOnly);
  const comparing = useEditor((state) => state.compareDocument !== null);
  const colorMode = useResolvedTheme();
  const flow = useReactFlow<FlowNode, FlowEdge>();

  useFitRequests();

  const onDragOver = useCallback((event: DragEvent) => {
    const types = event.dataTransfer.types;
    if (!types.includes(NODE_KIND_MIME) && !types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      // A JSON file dropped on the canvas opens like one chosen with "Open file".
      const file = event.dataTransfer.files[0];
      if (file && !store.getState().readOnly) {
        event.preventDefault();
        void openDocumentFile(store, file);
        return;
      }
      const kind = event.dataTransfer.getData(NODE_KIND_MIME);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // The drop point is where the node's middle should be, as it was under the pointer.
      store.getState().addNodeAt(kind, {
        x: Math.round(at.x - NODE_SIZE.width / 2),
        y: Math.round(at.y - NODE_SIZE.height / 2),
      });
    },
    [flow],
  );

  return (
    <div className="es-canvas" data-testid="canvas">
      <EdgeMarkers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onNodeDragStart={beginGesture}
        onNodeDragStop={endGesture}
        onSelectionDragStart={beginGesture}
        onSelectionDragStop={endGesture}
        onNodeDoubleClick={(_event, node) => store.getState().setRenaming(node.id)}
        onDragOver={onDragOver}
        onDrop={onDrop}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        zoomOnDoubleClick={false}
        colorMode={colorMode}
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.25 }}
        proOptions={{ hideAttribution: true }}
        aria-label="Topology canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Legend />
        <ParticleOverlay />
        {/* Its fit button frames the document as F does, leaving the panels their room. */}
        <Controls showInteractive={false} position="bottom-left" onFitView={() => store.getState().requestFit()} />
        <Overview />
        <ConnectionHint />
        {/* Beside B, A's canvas changes shape with the window: it frames its document again. */}
        {comparing && <RefitOnResize refit={requestFit} />}
      </ReactFlow>
      <FaultMenu />
    </div>
  );
}
