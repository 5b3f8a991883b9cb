// A link's compare document (`b=`) and moment (`t=`), applied after its document opened, and
// added to a link being shared: the compare document while comparing, the moment while paused.
import { decodeLinkExtras, encodeLinkExtras } from '../../src/share/linkExtras';
import type { EditorStore } from '../store/store';
import { editorStore } from '../store/useEditor';

/** Opens compare mode and runs to the moment a link names (its document is already open). */
export function applyLinkExtras(store: EditorStore, fragment: string): void {
  const extras = decodeLinkExtras(fragment);
  const state = store.getState();
  if (extras.compare && !extras.compare.ok) state.notify('error', 'The link’s second document (b=) could not be opened', [extras.compare.error]);
  if (extras.warnings.length > 0) state.notify('info', 'Part of the link was not used', extras.warnings);
  if (extras.compare?.ok) state.compareWith(extras.compare.document);
  if (extras.at !== null) state.runTo(extras.at * 1000);
}

/** `url` with the compare document and, when paused, the moment of the run. */
export function withLinkExtras(url: string): string {
  const state = editorStore.getState();
  const at = state.status === 'paused' && state.now > 0 ? state.now / 1000 : null;
  const extra = encodeLinkExtras(state.compareDocument, at);
  if (extra === '') return url;
  const full = url + extra;
  window.history.replaceState(window.history.state, '', full);
  return full;
}
