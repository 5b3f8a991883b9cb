import { describe, expect, it } from 'vitest';
import type { MetricsSnapshot } from '../engine/api';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import { applyLessonEdit, faultProblems } from './lessonEdit';
import { readMetric } from './metric';

function load(raw: unknown): TopologyDocument {
  const result = restore(raw);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}

const doc = load({
  format: 'eventscape/1',
  nodes: [
    { id: 'shop', kind: 'producer' },
    { id: 'orders', kind: 'topic', config: { partitions: 3 } },
    { id: 'email', kind: 'service' },
  ],
  edges: [
    { id: 'e1', kind: 'publish', source: 'shop', target: 'orders' },
    { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
  ],
});

describe('applyLessonEdit', () => {
  it('adds nodes and edges with their defaults filled in', () => {
    const result = applyLessonEdit(doc, {
      type: 'edit',
      add: { nodes: [{ id: 'fraud', kind: 'service' }], edges: [{ id: 'e3', kind: 'subscribe', source: 'orders', target: 'fraud' }] },
    });
    expect(result.ok && result.document.nodes.map((n) => n.id)).toEqual(['shop', 'orders', 'email', 'fraud']);
    expect(result.ok && result.document.edges[2]).toMatchObject({ kind: 'subscribe', config: { startFrom: 'earliest' } });
  });

  it('changes config fields and keeps the others', () => {
    const result = applyLessonEdit(doc, { type: 'edit', set: [{ id: 'orders', config: { onFull: 'drop-newest' } }] });
    expect(result.ok && result.document.nodes[1].config).toMatchObject({ partitions: 3, onFull: 'drop-newest' });
  });

  it('removes a node with its edges and its faults', () => {
    const result = applyLessonEdit(doc, { type: 'edit', remove: ['email'] });
    expect(result.ok && result.document.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('refuses an edit that breaks the document, naming the problem', () => {
    const dangling = applyLessonEdit(doc, { type: 'edit', add: { edges: [{ id: 'e9', kind: 'subscribe', source: 'orders', target: 'nobody' }] } });
    expect(dangling.ok).toBe(false);
    expect(dangling.ok ? '' : dangling.errors.join('\n')).toContain('nobody');
    const missing = applyLessonEdit(doc, { type: 'edit', set: [{ id: 'ghost', config: {} }] });
    expect(missing.ok ? [] : missing.errors).toEqual(['set: no node or edge "ghost" to change']);
  });
});

describe('faultProblems', () => {
  it('accepts a fault the node can take and refuses one on a missing node or a wrong kind', () => {
    expect(faultProblems(doc, 'email', { type: 'slow', factor: 4 }, 1000)).toEqual([]);
    expect(faultProblems(doc, 'ghost', { type: 'crash' }, null).length).toBeGreaterThan(0);
    expect(faultProblems(doc, 'orders', { type: 'crash' }, null).length).toBeGreaterThan(0);
  });
});

describe('readMetric', () => {
  const snapshot = {
    now: 0,
    engineEvents: 0,
    nodes: { orders: { kind: 'topic', appended: 4, lag: { email: 2 }, expired: {}, dropped: {}, received: {}, partitionSizes: [1, 3] } },
    calls: {},
  } as MetricsSnapshot;

  it('follows a dotted path to a number', () => {
    expect(readMetric(snapshot, 'orders', 'appended')).toBe(4);
    expect(readMetric(snapshot, 'orders', 'lag.email')).toBe(2);
    expect(readMetric(snapshot, 'orders', 'partitionSizes.1')).toBe(3);
  });

  it('gives null for a missing node, path or a non-number', () => {
    expect(readMetric(snapshot, 'ghost', 'appended')).toBeNull();
    expect(readMetric(snapshot, 'orders', 'lag.fraud')).toBeNull();
    expect(readMetric(snapshot, 'orders', 'lag')).toBeNull();
    expect(readMetric(snapshot, 'orders', 'constructor')).toBeNull();
  });
});
