// The side panel: the selected node or edge, a summary of a multiple selection, or the document
// itself when nothing is selected.
import { Trash2 } from 'lucide-react';
import { lazy, Suspense } from 'react';
import { editorStore, useEditor } from '../store/useEditor';
import { DocumentInspector } from './DocumentInspector';

// The node and edge inspectors (every kind's fields) load with the first selection: the first
// screen shows the document's inspector.
const NodeInspector = lazy(() => import('./NodeInspector').then((m) => ({ default: m.NodeInspector })));
const EdgeInspector = lazy(() => import('./EdgeInspector').then((m) => ({ default: m.EdgeInspector })));

function MultipleSelection({ nodes, edges }: { nodes: number; edges: number }) {
  const readOnly = useEditor((state) => state.readOnly);
  const parts = [nodes ? `${nodes} node${nodes === 1 ? '' : 's'}` : null, edges ? `${edges} edge${edges === 1 ? '' : 's'}` : null];
  return (
    <div className="es-inspector__body" data-testid="selection-inspector">
      <header className="es-inspector__header">
        <div>
          <div className="es-inspector__kind">Selection</div>
          <div className="es-inspector__id">{parts.filter(Boolean).join(' and ')}</div>
        </div>
      </header>
      <p className="es-inspector__about">
        Move them together with the mouse or the arrow keys, copy or duplicate them, or delete them.
      </p>
      {!readOnly && (
        <div className="es-inspector__actions">
          <button type="button" className="es-button es-button--danger" onClick={() => editorStore.getState().deleteSelection()}>
            <Trash2 size={14} aria-hidden="true" /> Delete
          </button>
        </div>
      )}
    </div>
  );
}

export function Inspector() {
  const selection = useEditor((state) => state.selection);
  // Ids only: a node's object changes on every frame of its drag, its id and config do not.
  const nodeId = useEditor((state) =>
    state.selection.nodes.length === 1 && state.selection.edges.length === 0 ? state.selection.nodes[0] : undefined,
  );
  const edgeId = useEditor((state) =>
    state.selection.edges.length === 1 && state.selection.nodes.length === 0 ? state.selection.edges[0] : undefined,
  );
  const nodeExists = useEditor((state) => nodeId !== undefined && state.document.nodes.some((n) => n.id === nodeId));
  const edge = useEditor((state) => (edgeId === undefined ? undefined : state.document.edges.find((e) => e.id === edgeId)));
  const count = selection.nodes.length + selection.edges.length;
  return (
    <aside className="es-inspector" aria-label="Inspector" data-testid="inspector">
      <Suspense fallback={null}>
        {nodeId && nodeExists ? (
          <NodeInspector key={nodeId} id={nodeId} />
        ) : edge ? (
          <EdgeInspector key={edge.id} edge={edge} />
        ) : count > 1 ? (
          <MultipleSelection nodes={selection.nodes.length} edges={selection.edges.length} />
        ) : (
          <DocumentInspector />
        )}
      </Suspense>
    </aside>
  );
}
