// The canvas's nodes, derived from the store (see flowElements.ts for what is reused).
import { useMemo } from 'react';
import { useEditor } from '../store/useEditor';
import { highlightedNodes, withHighlight } from '../teach/highlight';
import { flowNodesOf } from './flowElements';
import type { FlowNode } from './flowTypes';

/** The flow nodes of the current document. */
export function useFlowNodes(): FlowNode[] {
  const nodes = useEditor((state) => state.document.nodes);
  const selected = useEditor((state) => state.selection.nodes);
  const sizes = useEditor((state) => state.nodeSizes);
  const readOnly = useEditor((state) => state.readOnly);
  const highlighted = useEditor(highlightedNodes);
  return useMemo(
    () => withHighlight(flowNodesOf(nodes, selected, sizes, readOnly), highlighted),
    [nodes, selected, sizes, readOnly, highlighted],
  );
}
