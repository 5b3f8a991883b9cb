import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { createEditorStore } from '../store/store';
import { documentText, type SavedWork, type WorkStorage } from './autosave';
import { openStartDocument } from './startup';

function storageHolding(work: SavedWork | null, options: { failRead?: boolean } = {}) {
  const keptAside: string[] = [];
  const storage: WorkStorage = {
    read: async () => {
      if (options.failRead) throw new Error('IndexedDB is disabled');
      return work;
    },
    write: async () => undefined,
    keepAside: async (text) => {
      keptAside.push(text);
    },
  };
  return { storage, keptAside };
}

describe('the start document', () => {
  it('is the autosaved work when it restores', async () => {
    const store = createEditorStore(emptyDocument());
    const text = documentText({ ...emptyDocument('Mine'), seed: 7 });
    const { storage } = storageHolding({ text, tab: 'other', savedAt: 1 });
    expect(await openStartDocument(store, storage)).toBe(text);
    expect(store.getState().document.name).toBe('Mine');
    expect(store.getState().history.past).toEqual([]);
  });

  it('keeps autosaved work that does not restore aside, and says why', async () => {
    const store = createEditorStore(emptyDocument());
    const text = '{"format":"eventscape/1","nodes":[{"id":"a","kind":"topic","config":{"partitions":-1}}]}';
    const { storage, keptAside } = storageHolding({ text, tab: 'other', savedAt: 1 });
    expect(await openStartDocument(store, storage)).toBeNull();
    expect(keptAside).toEqual([text]);
    const messages = store.getState().toasts.map((toast) => `${toast.title}\n${toast.details.join('\n')}`).join('\n');
    expect(messages).toMatch(/autosaved work is not a valid Eventscape document; it is kept aside/);
    expect(messages).toMatch(/nodes\[0\]\.config\.partitions/);
  });

  it('says so when storage cannot be read, and still opens a document', async () => {
    const store = createEditorStore(emptyDocument('before'));
    const { storage } = storageHolding(null, { failRead: true });
    expect(await openStartDocument(store, storage)).toBeNull();
    expect(store.getState().toasts[0].title).toMatch(/Autosave is not available/);
    expect(store.getState().toasts[0].details).toEqual(['IndexedDB is disabled']);
  });
});
