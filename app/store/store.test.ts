import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { restore } from '../../src/model/restore';
import type { TopologyDocument } from '../../src/model/types';
import { createEditorStore } from './store';

function build() {
  const store = createEditorStore(emptyDocument('Test'));
  const s = () => store.getState();
  const producer = s().addNodeAt('producer', { x: 0, y: 0 }) as string;
  const topic = s().addNodeAt('topic', { x: 250, y: 0 }) as string;
  const service = s().addNodeAt('service', { x: 500, y: 0 }) as string;
  return { store, s, producer, topic, service };
}

function valid(doc: TopologyDocument) {
  const restored = restore(doc);
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('editor store', () => {
  it('adds nodes with defaults, selects each, and makes each one undo step', () => {
    const { s, producer, service } = build();
    expect(s().document.nodes.map((node) => node.kind)).toEqual(['producer', 'topic', 'service']);
    expect(s().selection.nodes).toEqual([service]);
    expect(valid(s().document)).toEqual(s().document);
    s().undo();
    expect(s().document.nodes).toHaveLength(2);
    expect(s().selection.nodes).toEqual([]);
    s().undo();
    s().undo();
    expect(s().document.nodes).toHaveLength(0);
    s().redo();
    expect(s().document.nodes[0].id).toBe(producer);
  });

  it('connects with the edge kind the ends call for', () => {
    const { s, producer, topic, service } = build();
    const publish = s().connectNodes(producer, topic);
    const subscribe = s().connectNodes(topic, service);
    const back = s().connectNodes(service, topic);
    expect([publish.ok, subscribe.ok, back.ok]).toEqual([true, true, true]);
    expect(s().document.edges.map((edge) => edge.kind)).toEqual(['publish', 'subscribe', 'publish']);
    expect(s().selection.edges).toHaveLength(1);
    expect(valid(s().document)).toEqual(s().document);
  });

  it('refuses a connection the document would reject, with the reason, and changes nothing', () => {
    const { s, producer, service } = build();
    const before = s().document;
    const result = s().connectNodes(producer, service);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/producer cannot connect to a service/);
    expect(s().document).toBe(before);
  });

  it('dead-letters to a topic the service already publishes to', () => {
    const { s, topic, service } = build();
    expect(s().connectNodes(service, topic).ok).toBe(true);
    expect(s().connectNodes(service, topic).ok).toBe(true);
    expect(s().document.edges.map((edge) => edge.kind)).toEqual(['publish', 'deadletter']);
    const third = s().connectNodes(service, topic);
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.reason).toMatch(/already publishes/);
  });

  it('refuses a call that would close a cycle', () => {
    const { s } = build();
    const a = s().addNodeAt('service', { x: 0, y: 200 }) as string;
    const b = s().addNodeAt('service', { x: 200, y: 200 }) as string;
    expect(s().connectNodes(a, b).ok).toBe(true);
    const back = s().connectNodes(b, a);
    expect(back.ok).toBe(false);
  });

  it('deletes the selection with the edges and faults of deleted nodes, as one step', () => {
    const { s, producer, topic, service } = build();
    s().connectNodes(producer, topic);
    s().connectNodes(topic, service);
    s().commit({ ...s().document, faults: [{ at: 1000, node: service, type: 'crash', duration: null }] });
    s().select({ nodes: [service], edges: [] });
    s().deleteSelection();
    expect(s().document.nodes.map((node) => node.id)).toEqual([producer, topic]);
    expect(s().document.edges).toHaveLength(1);
    expect(s().document.faults).toEqual([]);
    s().undo();
    expect(s().document.nodes).toHaveLength(3);
    expect(s().document.faults).toHaveLength(1);
  });

  it('makes a drag one step however many moves it shows', () => {
    const { s, service } = build();
    const before = s().document;
    s().beginGesture();
    for (let x = 0; x < 20; x++) {
      const nodes = s().document.nodes.map((node) => (node.id === service ? { ...node, position: { x, y: x } } : node));
      s().preview({ ...s().document, nodes });
    }
    s().endGesture();
    expect(s().document.nodes[2].position).toEqual({ x: 19, y: 19 });
    s().undo();
    expect(s().document).toBe(before);
  });

  it('shares unchanged nodes between history steps', () => {
    const { s, producer } = build();
    const before = s().document;
    s().select({ nodes: [producer], edges: [] });
    s().nudgeSelection(10, 0);
    expect(s().document.nodes[1]).toBe(before.nodes[1]);
    expect(s().document.nodes[0]).not.toBe(before.nodes[0]);
  });

  it('merges a run of nudges into one step', () => {
    const { s, producer } = build();
    const before = s().document;
    s().select({ nodes: [producer], edges: [] });
    for (let i = 0; i < 5; i++) s().nudgeSelection(10, 0);
    expect(s().document.nodes[0].position).toEqual({ x: 50, y: 0 });
    s().undo();
    expect(s().document).toBe(before);
  });

  it('never records a selection in history', () => {
    const { s, producer, topic } = build();
    const steps = s().history.past.length;
    s().select({ nodes: [producer], edges: [] });
    s().select({ nodes: [topic], edges: [] });
    s().selectAll();
    expect(s().history.past.length).toBe(steps);
  });

  it('copies and pastes a selection with fresh ids and its inner edges', () => {
    const { s, producer, topic, service } = build();
    s().connectNodes(producer, topic);
    s().connectNodes(topic, service);
    s().select({ nodes: [producer, topic], edges: [] });
    const text = s().copySelection() as string;
    expect(s().pasteText(text)).toBe(true);
    const doc = s().document;
    expect(doc.nodes).toHaveLength(5);
    expect(doc.edges).toHaveLength(3);
    expect(new Set(doc.nodes.map((node) => node.id)).size).toBe(5);
    expect(s().selection.nodes).toHaveLength(2);
    expect(valid(doc)).toEqual(doc);
    s().undo();
    expect(s().document.nodes).toHaveLength(3);
  });

  it('puts each paste of the same nodes a step further', () => {
    const { s, service } = build();
    s().select({ nodes: [service], edges: [] });
    const text = s().copySelection() as string;
    s().pasteText(text);
    s().pasteText(text);
    expect(s().document.nodes.slice(3).map((node) => node.position)).toEqual([
      { x: 540, y: 40 },
      { x: 580, y: 80 },
    ]);
  });

  it('duplicates the selection next to itself', () => {
    const { s, service } = build();
    s().select({ nodes: [service], edges: [] });
    s().duplicateSelection();
    const copy = s().document.nodes[3];
    expect(copy.kind).toBe('service');
    expect(copy.position).toEqual({ x: 540, y: 40 });
  });

  it('imports a pasted whole document as one step and keeps the old one an undo away', () => {
    const { s } = build();
    const before = s().document;
    const other = JSON.stringify({ format: 'eventscape/1', name: 'Other', nodes: [{ id: 'a', kind: 'topic' }] });
    expect(s().pasteText(other)).toBe(true);
    expect(s().document.name).toBe('Other');
    s().undo();
    expect(s().document).toBe(before);
  });

  it('leaves the work as it was when a paste is not a valid document, and says why', () => {
    const { s } = build();
    const before = s().document;
    const bad = JSON.stringify({ format: 'eventscape/1', nodes: [{ id: 'a', kind: 'topic', config: { partitions: -3 } }] });
    expect(s().pasteText(bad)).toBe(false);
    expect(s().document).toBe(before);
    const toast = s().toasts.at(-1);
    expect(toast?.tone).toBe('error');
    expect(toast?.details.join('\n')).toMatch(/nodes\[0\]\.config\.partitions/);
    expect(s().pasteText('{ not json')).toBe(false);
    expect(s().document).toBe(before);
  });

  it('edits nothing in read-only mode', () => {
    const { s, producer, topic } = build();
    s().setReadOnly(true);
    const before = s().document;
    s().addNodeAt('service', { x: 0, y: 0 });
    s().connectNodes(producer, topic);
    s().selectAll();
    s().deleteSelection();
    s().undo();
    expect(s().document).toBe(before);
  });
});
