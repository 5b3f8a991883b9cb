// The address bar and share links. After the start document has opened, a `#d=` link in the
// address opens on top of it; a link pasted into the address bar later opens the same way. The
// fragment stays in the address only while the document on screen is the one it describes (opened
// from it, or just copied): the first change removes it, so the address never shows a stale link
// and a reload brings back the autosaved work rather than the link's older document.
import { hasLinkDocument, linkUrl } from '../../src/share/link';
import type { TopologyDocument } from '../../src/model/types';
import { editorStore } from '../store/useEditor';
import { withoutFragment } from './address';
import { openLinkFragment, releaseLinkDocument } from './openLink';

// The document the address's fragment describes, or null when the address has no link.
let addressDocument: TopologyDocument | null = null;
// True while a link from the address is being opened: that change is the link's own.
let opening = false;

function clearAddressLink(): void {
  addressDocument = null;
  if (hasLinkDocument(window.location.hash)) window.history.replaceState(window.history.state, '', withoutFragment(window.location.href));
}

/** Open the link in the address, if it has one; returns whether it had one, good or bad. */
export function openAddressLink(): boolean {
  if (!hasLinkDocument(window.location.hash)) return false;
  opening = true;
  try {
    if (openLinkFragment(editorStore, window.location.hash)) addressDocument = editorStore.getState().document;
    else clearAddressLink();
  } finally {
    opening = false;
  }
  return true;
}

/** Put the document's link in the address bar (without a new history entry); returns the URL. */
export function showLinkInAddress(doc: TopologyDocument): string {
  const url = linkUrl(doc, window.location.href);
  window.history.replaceState(window.history.state, '', url);
  addressDocument = doc;
  return url;
}

let watching = false;

/** Follow links pasted into the address bar, and drop the link from the address at the first change. */
export function watchSharedLinks(): void {
  if (watching) return;
  watching = true;
  // replaceState fires no hashchange, so this hears only links the user (or a page) navigated to.
  window.addEventListener('hashchange', () => void openAddressLink());
  editorStore.subscribe((state, previous) => {
    if (state.document === previous.document || opening) return;
    releaseLinkDocument(state.document);
    if (state.document !== addressDocument) clearAddressLink();
  });
}
