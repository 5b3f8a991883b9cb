// Which document the app opens with: the autosaved work when there is some and it restores; else
// the built-in example. Stored work that does not restore is kept aside, never overwritten.
import { emptyDocument } from '../../src/model/empty';
import { fetchExample, START_EXAMPLE } from '../examples/examples';
import { readIncoming } from '../../src/editor/incoming';
import type { EditorStore } from '../store/store';
import type { WorkStorage } from './autosave';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Open the start document; returns the text storage holds when it was the one opened. */
export async function openStartDocument(store: EditorStore, storage: WorkStorage): Promise<string | null> {
  const { notify, resetDocument, requestFit } = store.getState();
  try {
    const saved = await storage.read();
    if (saved) {
      const incoming = readIncoming(saved.text, 'The autosaved work');
      if (incoming.ok) {
        resetDocument(incoming.document);
        requestFit();
        if (incoming.warnings.length > 0) notify('info', 'The autosaved work was repaired while loading', incoming.warnings);
        return saved.text;
      }
      await storage.keepAside(saved.text).catch(() => undefined);
      notify('error', `${incoming.title}; it is kept aside in the browser storage and the example opens instead`, incoming.errors);
    }
  } catch (error) {
    notify('error', 'Autosave is not available, so work in this tab is not kept across reloads', [reason(error)]);
  }
  const example = await fetchExample(START_EXAMPLE);
  if (example.ok) {
    resetDocument(example.document);
  } else {
    resetDocument(emptyDocument());
    notify('error', example.title, example.errors);
  }
  requestFit();
  return null;
}
