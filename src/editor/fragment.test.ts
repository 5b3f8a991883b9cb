import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import { extractFragment, mergeFragment, PASTE_OFFSET, pasteOffset, selectionText } from './fragment';
import { readIncoming } from './incoming';
import { checkout } from './testDocument';

describe('fragments', () => {
  it('copies the chosen nodes with the edges between them and their faults, as text read back as a selection', () => {
    const doc = checkout();
    const text = selectionText(doc, ['orders', 'email', 'support']);
    const incoming = readIncoming(text);
    expect(incoming.ok && incoming.kind).toBe('selection');
    if (!incoming.ok) return;
    expect(incoming.document.nodes.map((n) => n.id)).toEqual(['orders', 'email', 'support']);
    expect(incoming.document.edges.map((e) => e.id)).toEqual(['e2']);
    expect(incoming.document.faults.map((f) => f.node)).toEqual(['email']);
  });

  it('pastes with fresh ids, edges and faults following their nodes, shifted by the offset', () => {
    const doc = checkout();
    const fragment = extractFragment(doc, ['orders', 'email']);
    const merged = mergeFragment(doc, fragment, pasteOffset(fragment, undefined, 2));
    expect(merged.nodeIds).toHaveLength(2);
    expect(merged.nodeIds.some((id) => doc.nodes.some((n) => n.id === id))).toBe(false);
    const email = merged.doc.nodes.find((n) => n.id === merged.nodeIds[1]);
    expect(email?.position).toEqual({ x: 550 + 2 * PASTE_OFFSET, y: 0 + 2 * PASTE_OFFSET });
    const edge = merged.doc.edges.find((e) => e.id === merged.edgeIds[0]);
    expect(edge).toMatchObject({ source: merged.nodeIds[0], target: merged.nodeIds[1] });
    expect(merged.doc.faults.at(-1)?.node).toBe(merged.nodeIds[1]);
    expect(restore(merged.doc).ok).toBe(true);
  });

  it('puts a paste at a point by the top-left corner of its nodes', () => {
    const fragment = extractFragment(checkout(), ['email', 'inventory']);
    expect(pasteOffset(fragment, { x: 600, y: 10 }, 5)).toEqual({ x: 50, y: 10 });
  });
});
