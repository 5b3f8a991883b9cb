// Wire autosave into the app: open the start document, then save a moment after every change,
// and surface what happens (a failure, another tab's save) as the storage notice.
import { useEffect } from 'react';
import { STUDENT_ROOM } from '../room/roomMode';
import { afterStartup } from '../share/afterStartup';
import { isUnsavedLinkDocument } from '../share/openLink';
import { readIncoming } from '../../src/editor/incoming';
import { editorStore } from '../store/useEditor';
import { startAutosave, type Autosave, type AutosaveStatus } from './autosave';
import { idbStorage } from './idbStorage';
import { openTabChannel } from './tabChannel';
import { openStartDocument } from './startup';

let autosave: Autosave | null = null;
let started = false;

function onStatus(status: AutosaveStatus) {
  const { setStorageNotice, storageNotice, setSaveState } = editorStore.getState();
  if (status.kind === 'saved') {
    setSaveState(autosave?.pending ? 'saving' : 'saved');
    if (storageNotice.kind === 'failed') setStorageNotice({ kind: 'none' });
  } else {
    setSaveState('not-saved');
    setStorageNotice(status);
  }
}

/** Load what another tab saved, as one undo step (this tab's work stays an undo away). */
export async function loadOtherTabsWork(): Promise<void> {
  const { notify, loadDocument, setStorageNotice } = editorStore.getState();
  try {
    const saved = await idbStorage.read();
    if (!saved) return;
    const incoming = readIncoming(saved.text, 'The other tab’s work');
    if (!incoming.ok) {
      notify('error', incoming.title, incoming.errors);
      return;
    }
    autosave?.adopted(saved.text);
    loadDocument(incoming.document);
    setStorageNotice({ kind: 'none' });
    editorStore.getState().setSaveState('saved');
  } catch (error) {
    notify('error', 'The other tab’s work could not be read', [error instanceof Error ? error.message : String(error)]);
  }
}

/** Keep this tab's work: save it now over what the other tab saved. */
export async function keepThisTabsWork(): Promise<void> {
  editorStore.getState().setStorageNotice({ kind: 'none' });
  await autosave?.saveNow(editorStore.getState().document);
}

/** Start the document and autosave once per page. */
export function useAutosave(): void {
  useEffect(() => {
    // Once per page: a second mount (development's double effects) must not open twice.
    if (started) return;
    started = true;
    void openStartDocument(editorStore, idbStorage).then((savedText) => {
      autosave = startAutosave(
        {
          storage: idbStorage,
          channel: openTabChannel(),
          tab: crypto.randomUUID(),
          later: (task, ms) => {
            const timer = window.setTimeout(task, ms);
            return () => window.clearTimeout(timer);
          },
          now: () => Date.now(),
          onStatus,
        },
        savedText,
      );
      if (savedText !== null) editorStore.getState().setSaveState('saved');
      editorStore.subscribe((state, previous) => {
        // A read-only view (an embed) never writes over the autosaved work, nor does a shared
        // link's document until it is changed; nor does a room's student, following or branched.
        if (state.document === previous.document || state.readOnly || STUDENT_ROOM || !autosave || isUnsavedLinkDocument(state.document)) return;
        autosave.changed(state.document);
        state.setSaveState(autosave.paused ? 'not-saved' : 'saving');
      });
      afterStartup(savedText !== null);
    });
  }, []);
}
