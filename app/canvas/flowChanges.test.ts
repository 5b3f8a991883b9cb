import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { createEditorStore } from '../store/store';
import { applyEdgeChanges, applyNodeChanges } from './flowChanges';

function setup() {
  const store = createEditorStore(emptyDocument());
  const s = () => store.getState();
  const a = s().addNodeAt('producer', { x: 0, y: 0 }) as string;
  const b = s().addNodeAt('topic', { x: 300, y: 0 }) as string;
  const edge = s().connectNodes(a, b);
  if (!edge.ok) throw new Error(edge.reason);
  s().select({ nodes: [], edges: [] });
  return { store, s, a, b, edgeId: edge.id };
}

describe('React Flow changes', () => {
  it('turns the moves of a drag into one undo step', () => {
    const { store, s, a } = setup();
    const before = s().document;
    s().beginGesture();
    for (let x = 1; x <= 5; x++) applyNodeChanges(store, [{ id: a, type: 'position', position: { x, y: x }, dragging: true }]);
    s().endGesture();
    expect(s().document.nodes[0].position).toEqual({ x: 5, y: 5 });
    s().undo();
    expect(s().document).toBe(before);
  });

  it('keeps selection changes of nodes and edges apart, and out of history', () => {
    const { store, s, a, b, edgeId } = setup();
    const steps = s().history.past.length;
    applyNodeChanges(store, [{ id: a, type: 'select', selected: true }]);
    applyNodeChanges(store, [{ id: b, type: 'select', selected: true }]);
    applyEdgeChanges(store, [{ id: edgeId, type: 'select', selected: true }]);
    expect(s().selection).toEqual({ nodes: [a, b], edges: [edgeId] });
    applyNodeChanges(store, [{ id: a, type: 'select', selected: false }]);
    expect(s().selection).toEqual({ nodes: [b], edges: [edgeId] });
    expect(s().history.past.length).toBe(steps);
  });

  it('records measured sizes only when they change', () => {
    const { store, s, a } = setup();
    applyNodeChanges(store, [{ id: a, type: 'dimensions', dimensions: { width: 196, height: 90 } }]);
    const sizes = s().nodeSizes;
    applyNodeChanges(store, [{ id: a, type: 'dimensions', dimensions: { width: 196, height: 90 } }]);
    expect(s().nodeSizes).toBe(sizes);
    expect(sizes[a]).toEqual({ width: 196, height: 90 });
  });

  it('ignores removals: deleting goes through the editor, with its history', () => {
    const { store, s, a } = setup();
    const before = s().document;
    applyNodeChanges(store, [{ id: a, type: 'remove' }]);
    applyEdgeChanges(store, [{ id: 'e1', type: 'remove' }]);
    expect(s().document).toBe(before);
  });
});
