// Joins: a stream–stream join pairs events of the same key at most `windowMs` apart, once per
// pair, and forgets what no later event can match; a stream–table join enriches each event with
// the row current when it is processed, and counts updates that came after events they should
// have enriched.
import { describe, expect, it } from 'vitest';
import { restore } from '../../model/restore';
import { createSimulation } from '../simulation';
import { StreamJoinStore } from './streamJoinStore';
import { TableStore } from './tableStore';
import { processorIn } from './testing';

describe('a stream–stream join', () => {
  it('gives one result per pair of the same key at most windowMs apart, at the later time', () => {
    const store = new StreamJoinStore(100, 0);
    store.add(0, 1, 1000);
    store.add(1, 1, 1050);
    store.add(1, 2, 1060);
    store.add(0, 1, 1120);
    store.add(1, 1, 1300);
    // 1000–1050 and 1120–1050 match; key 2 has no partner; 1300 is more than 100 ms from both.
    expect(store.out).toEqual([1, 1050, 1, 1120]);
    expect(store.results).toBe(2);
  });

  it('forgets events once the watermark is a window and grace past them', () => {
    const store = new StreamJoinStore(100, 50);
    store.add(0, 1, 1000);
    store.add(0, 1, 1200);
    expect(store.buffered).toBe(2);
    store.trim(1151);
    expect(store.buffered).toBe(1);
    expect(store.isLate(1000, 1151)).toBe(true);
    expect(store.isLate(1002, 1151)).toBe(false);
  });

  it('in a processor, counts every input once and sends every result', () => {
    const raw = {
      format: 'eventscape/1',
      seed: 3,
      nodes: [
        { id: 'clicks', kind: 'producer', config: { rate: 50, keys: 5 } },
        { id: 'views', kind: 'producer', config: { rate: 50, keys: 5 } },
        { id: 'c', kind: 'topic' },
        { id: 'v', kind: 'topic' },
        { id: 'proc', kind: 'processor', config: { operators: [{ op: 'join', with: 'v', as: 'stream', windowMs: 200 }], graceMs: 300 } },
        { id: 'out', kind: 'topic' },
      ],
      edges: [
        { id: 'e1', kind: 'publish', source: 'clicks', target: 'c', config: { latency: { dist: 'uniform', min: 0, max: 500 } } },
        { id: 'e2', kind: 'publish', source: 'views', target: 'v' },
        { id: 'e3', kind: 'subscribe', source: 'c', target: 'proc' },
        { id: 'e4', kind: 'subscribe', source: 'v', target: 'proc' },
        { id: 'e5', kind: 'publish', source: 'proc', target: 'out' },
      ],
    };
    const restored = restore(raw);
    if (!restored.ok) throw new Error(restored.errors.join('\n'));
    const sim = createSimulation(restored.document);
    sim.runUntil(20_000);
    const m = processorIn(sim);
    expect(m.joinResults).toBeGreaterThan(0);
    expect(m.in + m.joinResults).toBe(m.filtered + m.late + m.tableUpdates + m.accepted);
    expect(m.out).toBe(m.joinResults);
    expect(sim.snapshot().nodes.out).toMatchObject({ appended: m.out });
  });
});

describe('a stream–table join', () => {
  it('sees the version current at processing, and counts updates that came after an event they should have enriched', () => {
    const table = new TableStore();
    expect(table.lookup(4, 100, 100)).toBe(0);
    table.update(4, 50, 110);
    expect(table.lateUpdates).toBe(1);
    expect(table.lookup(4, 120, 120)).toBe(1);
    table.update(4, 130, 130);
    expect(table.lateUpdates).toBe(1);
    expect([table.joined, table.unmatched, table.updates]).toEqual([1, 1, 2]);
    expect(table.seen).toEqual([4, 100, 0, 100, 4, 120, 1, 120]);
  });
});
