// A student's branch is the student's own work: it is saved in this browser a moment after every
// change (as the autosave does, but in a place of its own per room, so the work saved before the
// room stays untouched), and comes back on a reload or with “My branch” after following again.
import { AUTOSAVE_DELAY_MS } from '../persistence/autosave';
import type { TopologyDocument } from '../../src/model/types';
import type { EditorStore } from '../store/store';
import { keepBranch } from './roomKeep';

let stopSaving: (() => void) | null = null;
let warned = false;

/** Put `document` on screen as the student's branch: editable, the student's own controls. */
export function showBranch(store: EditorStore, document: TopologyDocument): void {
  const s = store.getState();
  s.setReadOnly(false);
  s.resetDocument(document);
  s.requestFit();
}

/**
 * Save the branch on screen now and, while `branched`, after every change; with `branched` false,
 * save it one last time (the student follows again) and stop.
 */
export function saveBranch(store: EditorStore, code: string, branched = true): void {
  stopSaving?.();
  stopSaving = null;
  const save = () => {
    const problem = keepBranch(code, { document: store.getState().document, branched });
    if (problem && !warned) {
      warned = true;
      store.getState().notify('error', 'Your branch could not be saved in this browser', ['Download it (Ctrl+S) to keep it.', problem]);
    }
  };
  save();
  if (!branched) return;
  let timer: number | undefined;
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.document === previous.document) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(save, AUTOSAVE_DELAY_MS);
  });
  window.addEventListener('pagehide', save);
  stopSaving = () => {
    unsubscribe();
    window.removeEventListener('pagehide', save);
    if (timer !== undefined) {
      window.clearTimeout(timer);
      save();
    }
  };
}
