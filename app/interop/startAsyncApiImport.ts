// The way into an AsyncAPI import from the always-loaded app: the mapping and the parser come in
// only now, so the first load stays light.
import type { EditorStore } from '../store/store';

/** Imports an AsyncAPI text as the document (loading the import first); resolves to whether it opened. */
export async function startAsyncApiImport(store: EditorStore, text: string, source: string): Promise<boolean> {
  try {
    const { importAsyncApiText } = await import('./importAsyncApiText');
    return await importAsyncApiText(store, text, source);
  } catch (error) {
    store.getState().notify('error', 'The AsyncAPI import could not be loaded; nothing was changed', [error instanceof Error ? error.message : String(error)]);
    return false;
  }
}
