import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import { deleteItems, nudgeNodes } from './edits';
import { pruneSelection } from './selection';
import { checkout } from './testDocument';
import { checkedRename } from './validate';

describe('editor core edits', () => {
  it('nudges only the given nodes and shares every other node with the document before', () => {
    const doc = checkout();
    const next = nudgeNodes(doc, ['email', 'stock'], 5, -3);
    expect(next.nodes.find((n) => n.id === 'email')?.position).toEqual({ x: 555, y: -3 });
    expect(next.nodes.find((n) => n.id === 'stock')?.position).toEqual({ x: 830, y: 166 });
    expect(next.nodes.filter((n, i) => n === doc.nodes[i]).length).toBe(doc.nodes.length - 2);
    expect(nudgeNodes(doc, [], 5, 5)).toBe(doc);
  });

  it('deleting a node takes its edges and faults along; the selection drops what is gone', () => {
    const doc = checkout();
    const next = deleteItems(doc, ['email'], []);
    expect(next.edges.some((e) => e.source === 'email' || e.target === 'email')).toBe(false);
    expect(next.faults).toHaveLength(0);
    expect(restore(next).ok).toBe(true);
    const selection = { nodes: ['email', 'orders'], edges: ['e2', 'e1'] };
    expect(pruneSelection(selection, next)).toEqual({ nodes: ['orders'], edges: ['e1'] });
    expect(pruneSelection(selection, doc)).toBe(selection);
  });

  it('renames through restore: a refused name says why, an empty one becomes the id', () => {
    const doc = checkout();
    const renamed = checkedRename(doc, 'email', 'Mailer');
    expect(renamed.ok && renamed.doc.nodes.find((n) => n.id === 'email')?.label).toBe('Mailer');
    expect(checkedRename(doc, 'ghost', 'x')).toEqual({ ok: false, problem: 'this node is gone' });
    const tooLong = checkedRename(doc, 'email', 'x'.repeat(10_000));
    expect(tooLong.ok).toBe(false);
    const empty = checkedRename(doc, 'email', '');
    expect(empty.ok && empty.doc.nodes.find((n) => n.id === 'email')?.label).toBe('email');
  });
});
