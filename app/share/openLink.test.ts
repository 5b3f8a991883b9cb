import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { restore } from '../../src/model/restore';
import { encodeLink } from '../../src/share/link';
import { createEditorStore } from '../store/store';
import { isUnsavedLinkDocument, openLinkFragment, releaseLinkDocument } from './openLink';

function checkout() {
  const result = restore(JSON.parse(readFileSync('public/examples/checkout.json', 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}

describe('opening a share link', () => {
  it('opens a good link as one undo step, held back from autosave until it changes', () => {
    const store = createEditorStore(emptyDocument());
    const shared = { ...checkout(), seed: 99, faults: [{ at: 1000, node: 'email', type: 'crash' as const, duration: 5000 }] };
    expect(openLinkFragment(store, `#${encodeLink(shared)}`)).toBe(true);
    const opened = store.getState().document;
    expect(opened.name).toBe(shared.name);
    expect(opened.seed).toBe(99);
    expect(opened.faults).toEqual(shared.faults);
    expect(opened.nodes.map((node) => node.id)).toEqual(shared.nodes.map((node) => node.id));
    expect(store.getState().history.past).toHaveLength(1);
    expect(isUnsavedLinkDocument(opened)).toBe(true);

    store.getState().renameNode('email', 'Mailer');
    releaseLinkDocument(store.getState().document);
    expect(isUnsavedLinkDocument(store.getState().document)).toBe(false);
    store.getState().undo();
    // Once edited, the link's document is ordinary work again, even when undone back to it.
    expect(isUnsavedLinkDocument(store.getState().document)).toBe(false);
    store.getState().undo();
    expect(store.getState().document.nodes).toHaveLength(0);
  });

  it('leaves the document and its history alone when the link is bad, and says why', () => {
    const store = createEditorStore(checkout());
    const before = store.getState().document;
    for (const link of ['#d=1.', '#d=1.@@@', '#d=9.abc', `#${encodeLink(checkout()).slice(0, 60)}`]) {
      expect(openLinkFragment(store, link)).toBe(false);
      expect(store.getState().document).toBe(before);
      expect(store.getState().history.past).toHaveLength(0);
      expect(isUnsavedLinkDocument(before)).toBe(false);
    }
    const errors = store.getState().toasts.filter((toast) => toast.tone === 'error');
    expect(errors).toHaveLength(4);
    expect(errors[0].details[0]).toContain('cut off');
    expect(errors[2].details[0]).toContain('newer Eventscape');
  });

  it('replaces the document without history in a read-only view', () => {
    const store = createEditorStore(emptyDocument());
    store.getState().setReadOnly(true);
    expect(openLinkFragment(store, encodeLink(checkout()))).toBe(true);
    expect(store.getState().document.name).toBe(checkout().name);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().toasts).toHaveLength(0);
  });
});
