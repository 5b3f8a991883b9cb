// React Flow reports what the user did to nodes and edges as lists of changes; these turn them
// into store commands. Moves inside a drag are previews of one gesture (one undo step), a
// selection is never history, measured sizes go to the UI slice.
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Position } from '../../src/model/types';
import { moveNodes } from '../../src/editor/edits';
import type { EditorStore } from '../store/store';
import type { Size } from '../store/uiSlice';
import type { FlowEdge, FlowNode } from './flowTypes';

function applySelection(current: readonly string[], changes: { id: string; selected: boolean }[]): string[] {
  const chosen = new Set(current);
  for (const change of changes) {
    if (change.selected) chosen.add(change.id);
    else chosen.delete(change.id);
  }
  return [...chosen];
}

/** Apply React Flow's node changes to the store. */
export function applyNodeChanges(store: EditorStore, changes: NodeChange<FlowNode>[]): void {
  const state = store.getState();
  const positions = new Map<string, Position>();
  const selections: { id: string; selected: boolean }[] = [];
  const sizes: Record<string, Size> = {};
  for (const change of changes) {
    if (change.type === 'position' && change.position) positions.set(change.id, change.position);
    else if (change.type === 'select') selections.push(change);
    else if (change.type === 'dimensions' && change.dimensions) {
      const known = state.nodeSizes[change.id];
      const { width, height } = change.dimensions;
      if (!known || known.width !== width || known.height !== height) sizes[change.id] = { width, height };
    }
  }
  if (Object.keys(sizes).length > 0) state.setNodeSizes(sizes);
  if (selections.length > 0) {
    state.select({ nodes: applySelection(state.selection.nodes, selections), edges: store.getState().selection.edges });
  }
  if (positions.size > 0) {
    const { document, gestureBase } = store.getState();
    const moved = moveNodes(document, positions);
    if (gestureBase) store.getState().preview(moved);
    else store.getState().commit(moved);
  }
}

/** Apply React Flow's edge changes (selection only: deleting goes through the editor's commands). */
export function applyEdgeChanges(store: EditorStore, changes: EdgeChange<FlowEdge>[]): void {
  const selections = changes.flatMap((change) => (change.type === 'select' ? [change] : []));
  if (selections.length === 0) return;
  const { selection, select } = store.getState();
  select({ nodes: selection.nodes, edges: applySelection(selection.edges, selections) });
}
