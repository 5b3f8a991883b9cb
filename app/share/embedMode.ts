// The embedded view (`?embed=1`): decided once, from the address the page was opened with.
import { editorStore } from '../store/useEditor';
import { isEmbedSearch } from './address';

/** Whether this page is the read-only embedded view. */
export const EMBEDDED = typeof window !== 'undefined' && isEmbedSearch(window.location.search);

/** Make the store read-only before anything loads, when this page is the embedded view. */
export function enterEmbedMode(): void {
  if (EMBEDDED) editorStore.getState().setReadOnly(true);
}
