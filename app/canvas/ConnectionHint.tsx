// While a connection is dragged over a node it cannot reach, say why next to the pointer, in the
// words `connectionProblem` uses (the same rule `restore` enforces).
import { useConnection } from '@xyflow/react';
import { editorStore } from '../store/useEditor';
import { connectionRefusal } from '../../src/editor/connections';

export function ConnectionHint() {
  const hint = useConnection((connection) => {
    if (!connection.inProgress || connection.isValid !== false || !connection.toNode) return null;
    const fromSource = connection.fromHandle.type === 'source';
    const source = fromSource ? connection.fromNode.id : connection.toNode.id;
    const target = fromSource ? connection.toNode.id : connection.fromNode.id;
    return { x: connection.pointer.x, y: connection.pointer.y, source, target };
  });
  if (!hint) return null;
  const reason = connectionRefusal(editorStore.getState().document, hint.source, hint.target);
  if (!reason) return null;
  return (
    <div
      className="es-connection-hint"
      role="status"
      data-testid="connection-hint"
      style={{ transform: `translate(${hint.x + 14}px, ${hint.y + 14}px)` }}
    >
      {reason}
    </div>
  );
}
