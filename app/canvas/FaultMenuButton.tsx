// The inspector's way to the live fault menu, for the keyboard (the canvas has right-click).
import { Zap } from 'lucide-react';
import { editorStore } from '../store/useEditor';

export function FaultMenuButton({ nodeId }: { nodeId: string }) {
  return (
    <button
      type="button"
      className="es-button"
      data-testid="inspector-faults"
      aria-haspopup="menu"
      onClick={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        editorStore.getState().openFaultMenu({ node: nodeId, x: box.left, y: box.bottom + 4 });
      }}
    >
      <Zap size={14} aria-hidden="true" /> Faults…
    </button>
  );
}
