import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { serialize } from './serialize';

const brokers = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `b${i + 1}`, kind: 'broker' }));
const withTopic = (config: Record<string, unknown>, n = 3) => ({ format: 'eventscape/1', nodes: [...brokers(n), { id: 'orders', kind: 'topic', config }] });
const errors = (doc: unknown) => {
  const result = restore(doc);
  return result.ok ? [] : result.errors;
};

describe('cluster fields in restore', () => {
  it('reads replication, acks and group fields, and leaves them out when the document does', () => {
    const result = restore({
      format: 'eventscape/1',
      nodes: [
        ...brokers(3),
        { id: 'orders', kind: 'topic', config: { replicationFactor: 3, minInSync: 2, uncleanElection: true, electionMs: 500, cleanup: 'compact' } },
        { id: 'source', kind: 'producer', config: { acks: 1 } },
        { id: 'reader', kind: 'service', config: { rebalance: 'cooperative', rebalanceMs: 200, commit: 'after-processing', transactional: true } },
        { id: 'plain', kind: 'topic' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [, , , orders, source, reader, plain] = result.document.nodes;
    expect(orders.config).toMatchObject({ replicationFactor: 3, minInSync: 2, uncleanElection: true, electionMs: 500, cleanup: 'compact' });
    expect(source.config).toMatchObject({ acks: 1 });
    expect(reader.config).toMatchObject({ rebalance: 'cooperative', rebalanceMs: 200, commit: 'after-processing', transactional: true });
    expect(Object.keys(plain.config)).toEqual(['partitions', 'partitioner', 'retention', 'capacity', 'onFull']);
    expect(restore(serialize(result.document))).toEqual(result);
    expect(restore(serialize(result.document, { compact: true }))).toEqual(result);
  });

  it('rejects impossible combinations, naming the field', () => {
    expect(errors(withTopic({ replicationFactor: 2, minInSync: 3 }))).toEqual(['nodes[3].config.minInSync: must be at most replicationFactor (2); it is 3']);
    expect(errors(withTopic({ replicationFactor: 4 }))).toEqual(['nodes[3].config.replicationFactor: is 4, but the cluster has only 3 brokers']);
    expect(errors(withTopic({ replicationFactor: 2 }, 0))).toEqual(['nodes[0].config.replicationFactor: is 2, but the document has no brokers; add 2 brokers or use 1']);
    expect(errors(withTopic({ replicationFactor: 0 }))[0]).toMatch(/^nodes\[3\]\.config\.replicationFactor: must be a whole number from 1 to 32/);
    expect(errors({ format: 'eventscape/1', nodes: [{ id: 'p', kind: 'producer', config: { acks: 2 } }] })).toEqual(['nodes[0].config.acks: must be 0, 1 or "all", not 2']);
    expect(errors({ format: 'eventscape/1', nodes: [{ id: 's', kind: 'service', config: { rebalance: 'lazy' } }] })).toEqual([
      'nodes[0].config.rebalance: must be one of "instant", "eager", "cooperative", not "lazy"',
    ]);
  });

  it('refuses edges to brokers and takes broker faults', () => {
    const doc = { format: 'eventscape/1', nodes: [...brokers(1), { id: 'p', kind: 'producer' }], edges: [{ id: 'e1', kind: 'publish', source: 'p', target: 'b1' }] };
    expect(errors(doc)[0]).toMatch(/^edges\[0\]: a publish edge cannot go from a producer to a broker/);
    const faults = { format: 'eventscape/1', nodes: brokers(2), faults: [{ at: 10, node: 'b1', type: 'partition', duration: 100 }, { at: 10, node: 'b2', type: 'slow', factor: 5 }] };
    expect(errors(faults)).toEqual([]);
    expect(errors({ ...faults, faults: [{ at: 10, node: 'b1', type: 'fail', rate: 0.5 }] })).toEqual([
      'faults[0]: a "fail" fault cannot apply to a broker; it applies to services or orchestrators',
    ]);
  });
});
