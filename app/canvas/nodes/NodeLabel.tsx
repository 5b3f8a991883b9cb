// A node's label, renamed in place: double-click (or F2 on the selected node) to edit, Enter to
// keep, Escape to cancel. An invalid name stays in the field with the reason and is not applied.
import { useState } from 'react';
import { editorStore, useEditor } from '../../store/useEditor';
import { useCanvasSide } from '../canvasSide';

interface Props {
  id: string;
  label: string;
}

export function NodeLabel({ id, label }: Props) {
  // B's canvas only shows: a rename of A's node of the same id stays on A's canvas.
  const onA = useCanvasSide() === 'a';
  const editing = useEditor((state) => onA && state.renaming === id);
  const [draft, setDraft] = useState(label);
  const [editedLabel, setEditedLabel] = useState<string | null>(null);
  // Each rename starts from the label as it is now (it may have changed by undo or the inspector).
  if (editing && editedLabel === null) {
    setEditedLabel(label);
    setDraft(label);
  } else if (!editing && editedLabel !== null) {
    setEditedLabel(null);
  }
  const [problem, setProblem] = useState<string | null>(null);

  const stop = () => {
    setProblem(null);
    editorStore.getState().setRenaming(null);
  };
  const keep = () => {
    const found = editorStore.getState().renameNode(id, draft);
    if (found) {
      setProblem(found);
      return;
    }
    stop();
  };

  if (!editing) {
    return (
      <span
        className="es-node__label"
        data-testid={`node-label-${id}`}
        title="Double-click to rename"
      >
        {label}
      </span>
    );
  }
  return (
    <span className="es-node__rename nodrag nopan">
      <input
        autoFocus
        aria-label="Node name"
        aria-invalid={problem !== null}
        data-testid={`node-rename-${id}`}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onFocus={(event) => event.target.select()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') keep();
          if (event.key === 'Escape') stop();
        }}
        onBlur={keep}
      />
      {problem && (
        <span className="es-node__rename-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
