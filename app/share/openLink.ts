// Opening a share link inside the app. A good link's document is opened as one undo step (the work
// on screen stays one undo away) and is not autosaved until the user changes it, so following a
// link never replaces the work kept in this browser. A bad link changes nothing and says why.
import { decodeLink } from '../../src/share/link';
import { applyLinkExtras } from './applyLinkExtras';
import type { TopologyDocument } from '../../src/model/types';
import type { EditorStore } from '../store/store';

// The document a link opened, as long as it is on screen unchanged. Identity is enough: every
// edit makes a new document object.
let linkDocument: TopologyDocument | null = null;

/** Whether `doc` is a shared link's document that nobody has edited yet (autosave skips it). */
export function isUnsavedLinkDocument(doc: TopologyDocument): boolean {
  return doc === linkDocument;
}

/** Forget the link's document once another one is on screen (the user edited, undid, opened). */
export function releaseLinkDocument(current: TopologyDocument): void {
  if (current !== linkDocument) linkDocument = null;
}

/** Open the document in a link fragment (or whole address); returns whether it opened. */
export function openLinkFragment(store: EditorStore, fragment: string): boolean {
  const { notify, loadDocument } = store.getState();
  const result = decodeLink(fragment);
  if (!result.ok) {
    notify('error', 'This link could not be opened; your work is as it was', [result.error]);
    return false;
  }
  linkDocument = result.document;
  loadDocument(result.document);
  applyLinkExtras(store, fragment);
  // The embedded view says nothing when all went well: it has no room and nothing to undo.
  if (!store.getState().readOnly) {
    notify('success', `Opened “${result.document.name}” from the link`, [
      'Undo brings your previous document back; the link is saved in this browser once you change it.',
      ...result.warnings,
    ]);
  }
  return true;
}
