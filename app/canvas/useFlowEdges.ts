// The canvas's edges, derived from the store (see flowElements.ts for what is reused).
import { useMemo } from 'react';
import { useEditor } from '../store/useEditor';
import { flowEdgesOf } from './flowElements';
import type { FlowEdge } from './flowTypes';

/** The flow edges of the current document. */
export function useFlowEdges(): FlowEdge[] {
  const edges = useEditor((state) => state.document.edges);
  const selected = useEditor((state) => state.selection.edges);
  return useMemo(() => flowEdgesOf(edges, selected), [edges, selected]);
}
