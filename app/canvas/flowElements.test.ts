import { describe, expect, it } from 'vitest';
import { restore } from '../../src/model/restore';
import { moveNodes } from '../../src/editor/edits';
import { flowEdgesOf, flowNodesOf } from './flowElements';

function doc() {
  const restored = restore({
    format: 'eventscape/1',
    nodes: [
      { id: 'p', kind: 'producer', position: { x: 0, y: 0 } },
      { id: 't', kind: 'topic', position: { x: 200, y: 0 } },
      { id: 's', kind: 'service', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'p', target: 't' },
      { id: 'e2', kind: 'subscribe', source: 't', target: 's' },
    ],
  });
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('flow elements', () => {
  it('rebuilds only the moved node while it is dragged, and no edge', () => {
    const before = doc();
    const first = flowNodesOf(before.nodes, [], {}, false);
    const after = moveNodes(before, new Map([['t', { x: 250, y: 40 }]]));
    const second = flowNodesOf(after.nodes, [], {}, false);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].position).toEqual({ x: 250, y: 40 });
    expect(flowEdgesOf(after.edges, [])).toEqual(flowEdgesOf(before.edges, []));
    expect(flowEdgesOf(after.edges, [])[0]).toBe(flowEdgesOf(before.edges, [])[0]);
  });

  it('rebuilds a node whose selection or measured size changed', () => {
    const { nodes } = doc();
    const first = flowNodesOf(nodes, [], {}, false);
    const selected = flowNodesOf(nodes, ['s'], {}, false);
    expect(selected[2]).not.toBe(first[2]);
    expect(selected[2].selected).toBe(true);
    expect(selected[0]).toBe(first[0]);
    const sized = flowNodesOf(nodes, ['s'], { p: { width: 196, height: 90 } }, false);
    expect(sized[0].measured).toEqual({ width: 196, height: 90 });
    expect(sized[1]).toBe(selected[1]);
  });

  it('makes nodes fixed in place in read-only mode', () => {
    const { nodes } = doc();
    expect(flowNodesOf(nodes, [], {}, true).every((node) => node.draggable === false)).toBe(true);
  });
});
