import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDocument } from './arbitraryDocument';
import { restore } from './restore';
import { serialize } from './serialize';
import type { TopologyDocument } from './types';

function restored(input: unknown): TopologyDocument {
  const result = restore(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}

const roundPositions = (doc: TopologyDocument): TopologyDocument => ({
  ...doc,
  nodes: doc.nodes.map((node) => ({ ...node, position: { x: Math.round(node.position.x) + 0, y: Math.round(node.position.y) + 0 } })),
});

describe('serialize', () => {
  it('writes the format first and every field when not compact', () => {
    const doc = restored({ format: 'eventscape/1', nodes: [{ id: 'orders', kind: 'topic' }] });
    const json = serialize(doc);
    expect(Object.keys(json)).toEqual(['format', 'name', 'seed', 'nodes', 'edges', 'faults']);
    expect(json.nodes).toEqual([
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 0, y: 0 }, config: { partitions: 1, partitioner: 'key', retention: null, capacity: null, onFull: 'block' } },
    ]);
  });

  it('leaves out every default when compact', () => {
    const doc = restored({
      format: 'eventscape/1',
      nodes: [
        { id: 'web', kind: 'client', label: 'Web', position: { x: 0.4, y: -0.4 }, config: { rate: 20, burst: { rate: 500 } } },
        { id: 'pay', kind: 'service', position: { x: 249.6, y: 10 }, config: { retry: { mode: 'requeue' }, processing: { dist: 'lognormal', mean: 20 } } },
        { id: 'email', kind: 'service', config: { processing: { dist: 'uniform', min: 5, max: 15 }, publishes: 'Sent' } },
      ],
      edges: [{ id: 'e1', kind: 'call', source: 'web', target: 'pay', config: { timeout: 1000 } }, { id: 'e2', kind: 'call', source: 'pay', target: 'email' }],
      faults: [{ at: 1000, node: 'pay', type: 'crash' }],
    });
    expect(serialize(doc, { compact: true })).toEqual({
      format: 'eventscape/1',
      nodes: [
        { id: 'web', kind: 'client', label: 'Web', position: { x: 0, y: 0 }, config: { rate: 20, burst: { rate: 500 } } },
        { id: 'pay', kind: 'service', position: { x: 250, y: 10 }, config: { processing: { dist: 'lognormal', mean: 20 }, retry: { mode: 'requeue' } } },
        { id: 'email', kind: 'service', position: { x: 500, y: 0 }, config: { processing: { dist: 'uniform', min: 5, max: 15 }, publishes: 'Sent' } },
      ],
      edges: [{ id: 'e1', kind: 'call', source: 'web', target: 'pay', config: { timeout: 1000 } }, { id: 'e2', kind: 'call', source: 'pay', target: 'email' }],
      faults: [{ at: 1000, node: 'pay', type: 'crash' }],
    });
  });

  it('keeps publishes when the label changed but the event type did not', () => {
    const doc = restored({ format: 'eventscape/1', nodes: [{ id: 'pay', kind: 'service', label: 'Payment', config: { publishes: 'PayCompleted' } }] });
    expect(serialize(doc, { compact: true }).nodes).toEqual([{ id: 'pay', kind: 'service', label: 'Payment', position: { x: 0, y: 0 }, config: { publishes: 'PayCompleted' } }]);
  });

  it('round-trips arbitrary valid documents through restore', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        expect(restore(doc)).toEqual({ ok: true, document: doc, warnings: [] });
        expect(restore(serialize(doc))).toEqual({ ok: true, document: doc, warnings: [] });
        expect(restore(JSON.parse(JSON.stringify(serialize(doc))))).toEqual({ ok: true, document: doc, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips compact output, positions rounded to whole pixels', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        const compact = JSON.parse(JSON.stringify(serialize(doc, { compact: true })));
        expect(restore(compact)).toEqual({ ok: true, document: roundPositions(doc), warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('never shares objects with the document', () => {
    const doc = restored({ format: 'eventscape/1', nodes: [{ id: 'p', kind: 'producer', config: { eventTypes: ['A'] } }] });
    const json = serialize(doc) as { nodes: { config: { eventTypes: string[] } }[] };
    json.nodes[0].config.eventTypes.push('B');
    expect(doc.nodes[0].config).toMatchObject({ eventTypes: ['A'] });
  });
});
