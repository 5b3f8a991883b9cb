// What happens once the start document (the autosaved work, or the example) is on screen: a link
// in the address opens on top of it; a first visit, with no saved work and no link, is welcomed
// with the example and the lessons, until the user starts working (selects, edits, opens).
import { joinRoomFromAddress } from '../room/roomMode';
import { editorStore } from '../store/useEditor';
import { openAddressLink, watchSharedLinks } from './sharedLinks';

/** Call once, after the start document opened; `hadSavedWork` tells a first visit from a return. */
export function afterStartup(hadSavedWork: boolean): void {
  watchSharedLinks();
  const hadLink = openAddressLink();
  joinRoomFromAddress();
  const state = editorStore.getState();
  if (hadLink || hadSavedWork || state.readOnly) return;
  state.setWelcome(true);
  const stop = editorStore.subscribe((next, previous) => {
    const working = next.selection.nodes.length + next.selection.edges.length > 0 || next.document !== previous.document;
    if (!working && next.welcome) return;
    if (next.welcome) next.setWelcome(false);
    stop();
  });
}
