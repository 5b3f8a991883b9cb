// The inspector's button that deletes what is selected.
import { Trash2 } from 'lucide-react';
import { editorStore } from '../store/useEditor';

export function DeleteButton() {
  return (
    <button type="button" className="es-button es-button--danger" data-testid="inspector-delete" onClick={() => editorStore.getState().deleteSelection()}>
      <Trash2 size={14} aria-hidden="true" /> Delete
    </button>
  );
}
