// Node labels by id for the insight panels. The selector returns a string, so dragging a node
// (which changes its position, not its label) does not re-render the panels.
import { useMemo } from 'react';
import { useEditor } from '../../store/useEditor';

const FIELD = '\u0000';
const ROW = '\u0001';

/** A function from node id to its label (the id itself when the node is gone). */
export function useNodeLabels(): (id: string) => string {
  const key = useEditor((state) => state.document.nodes.map((node) => `${node.id}${FIELD}${node.label}`).join(ROW));
  return useMemo(() => {
    const labels = new Map<string, string>();
    if (key !== '') {
      for (const row of key.split(ROW)) {
        const [id, label] = row.split(FIELD);
        labels.set(id, label || id);
      }
    }
    return (id: string) => labels.get(id) ?? id;
  }, [key]);
}
