import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import { connect, connectionKind } from './connections';
import { checkout } from './testDocument';

describe('connect', () => {
  it('adds the edge kind the two ends call for, with a fresh id, keeping the document valid', () => {
    const doc = checkout();
    const added = connect(doc, 'warehouse', 'orders');
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const edge = added.doc.edges.find((e) => e.id === added.id);
    expect(edge).toMatchObject({ kind: 'publish', source: 'warehouse', target: 'orders' });
    expect(doc.edges.some((e) => e.id === added.id)).toBe(false);
    expect(added.doc.edges).toHaveLength(doc.edges.length + 1);
    expect(restore(added.doc).ok).toBe(true);
  });

  it('takes the next kind the ends allow when the usual one is taken', () => {
    const doc = checkout();
    expect(connectionKind(doc, 'inventory', 'stock')).toBe('deadletter');
  });

  it('says why when the ends cannot be joined, leaving nothing changed', () => {
    const doc = checkout();
    const missing = connect(doc, 'checkout', 'nowhere');
    expect(missing).toEqual({ ok: false, reason: 'both ends must be nodes of this document' });
    const twice = connect(doc, 'checkout', 'orders', 'publish');
    expect(twice.ok).toBe(false);
    const none = connect(doc, 'checkout', 'email');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason.length).toBeGreaterThan(0);
  });
});
