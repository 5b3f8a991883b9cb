import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import { EDGE_KINDS, NODE_KINDS, type TopologyDocument } from '../model/types';
import { PACKED_CONFIG_KEYS, PACKED_EDGE_KINDS, PACKED_NODE_KINDS, packDocument, unpackDocument } from './packedDocument';

function valid(raw: unknown): TopologyDocument {
  const result = restore(raw);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.document;
}

const SMALL = valid({
  format: 'eventscape/1',
  name: 'Small',
  seed: 42,
  nodes: [
    { id: 'checkout', kind: 'producer', label: 'Checkout', position: { x: 0.4, y: 120 }, config: { rate: 50 } },
    { id: 'orders', kind: 'topic', position: { x: 260, y: 120 }, config: { partitions: 3 } },
    { id: 'email', kind: 'service', label: 'Email', position: { x: 520, y: -0.2 }, config: { processing: { dist: 'constant', mean: 5 } } },
    { id: 'dlq', kind: 'topic', position: { x: 520, y: 200 } },
  ],
  edges: [
    { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
    { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email', config: { startFrom: 'latest' } },
    { id: 'to-dlq', kind: 'deadletter', source: 'email', target: 'dlq' },
  ],
  faults: [
    { at: 30000, node: 'email', type: 'slow', factor: 40, duration: 20000 },
    { at: 60000, node: 'email', type: 'crash' },
  ],
});

describe('packDocument', () => {
  it('writes the layout docs/sharing.md describes', () => {
    expect(packDocument(SMALL)).toEqual([
      'Small',
      42,
      [
        ['checkout', 0, 0, 120, 'Checkout', { r: 50 }],
        ['orders', 2, 260, 120, 0, { p: 3 }],
        ['email', 3, 520, 0, 'Email', { pr: { d: 'constant', m: 5 } }],
        ['dlq', 2, 520, 200],
      ],
      [
        [0, 1, 0],
        [1, 2, 1, 0, { sf: 'latest' }],
        [2, 3, 3, 'to-dlq'],
      ],
      [
        [30000, 2, 'slow', 20000, 40],
        [60000, 2, 'crash'],
      ],
    ]);
  });

  it('leaves out an empty fault script', () => {
    expect(packDocument({ ...SMALL, faults: [] })).toHaveLength(4);
  });
});

describe('unpackDocument', () => {
  it('gives back the document restore made', () => {
    const unpacked = unpackDocument(JSON.parse(JSON.stringify(packDocument(SMALL))));
    expect(unpacked.ok && restore(unpacked.document)).toEqual({
      ok: true,
      document: { ...SMALL, nodes: SMALL.nodes.map((node) => ({ ...node, position: { x: Math.round(node.position.x) || 0, y: Math.round(node.position.y) || 0 } })) },
      warnings: [],
    });
  });

  it('accepts node ids in place of indexes, and passes an index out of range on for restore to name', () => {
    const unpacked = unpackDocument(['x', 1, [['a', 0, 0, 0], ['t', 2, 0, 0]], [['a', 't', 0], [0, 9, 0]]]);
    const result = unpacked.ok ? restore(unpacked.document) : null;
    expect(result?.ok).toBe(false);
    expect(result && !result.ok && result.errors).toEqual([expect.stringMatching(/^edges\[1\]\.target: .*9/)]);
  });

  it('keeps "__proto__" a plain key, for restore to refuse', () => {
    const unpacked = unpackDocument(JSON.parse('["x",1,[["a",0,0,0,0,{"__proto__":{"r":1}}]]]'));
    expect(unpacked.ok).toBe(true);
    const result = unpacked.ok ? restore(unpacked.document) : null;
    expect(result && !result.ok && result.errors[0]).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).r).toBeUndefined();
  });

  it('does not recurse into a config nested deeper than any real one', () => {
    const deep = `["x",1,[["a",3,0,0,0,{"pr":${'['.repeat(200_000)}${']'.repeat(200_000)}}]]]`;
    const unpacked = unpackDocument(JSON.parse(deep));
    expect(unpacked.ok && restore(unpacked.document).ok).toBe(false);
  });
});

describe('the frozen tables of version-1 links', () => {
  it('cover every node and edge kind, in the order links were first written', () => {
    expect([...PACKED_NODE_KINDS, 'processor'].sort()).toEqual([...NODE_KINDS].sort());
    expect([...PACKED_EDGE_KINDS].sort()).toEqual([...EDGE_KINDS].sort());
    expect(PACKED_NODE_KINDS).toEqual(['producer', 'client', 'topic', 'service', 'orchestrator', 'broker']);
    expect(PACKED_EDGE_KINDS).toEqual(['publish', 'subscribe', 'call', 'deadletter']);
  });

  it('abbreviate config keys one to one, and never to another full key', () => {
    const full = Object.keys(PACKED_CONFIG_KEYS);
    const short = Object.values(PACKED_CONFIG_KEYS);
    expect(new Set(short).size).toBe(short.length);
    for (const key of short) expect(full).not.toContain(key);
  });
});
