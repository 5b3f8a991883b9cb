// The editor's commands, shared by the toolbar, the keyboard and the menus, so each works the
// same whichever way it is given.
import { emptyDocument } from '../src/model/empty';
import { downloadDocument, openDocumentFile } from './persistence/fileTransfer';
import { editorStore } from './store/useEditor';
import type { ThemeChoice } from './store/uiSlice';

const state = () => editorStore.getState();

export function undo(): void {
  state().undo();
}

export function redo(): void {
  state().redo();
}

/** Lay the nodes out left to right (one undo step) and fit them into view. */
export function layOut(): void {
  // The layout library is loaded when first used: it is not needed for the first screen.
  void import('./canvas/autoLayout').then(({ autoLayout }) => {
    const { document, nodeSizes, placeNodes, requestFit } = state();
    placeNodes(autoLayout(document, nodeSizes));
    requestFit();
  });
}

export function fitView(): void {
  state().requestFit();
}

/** Start an empty document; the previous one stays one undo away. */
export function newDocument(): void {
  state().loadDocument(emptyDocument());
  state().notify('info', 'New document', ['Undo brings the previous one back.']);
}

/** Ask for a JSON file and open it (not in a read-only view: an embed shows what it was given). */
export function pickDocumentFile(): void {
  if (state().readOnly) return;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json,.yaml,.yml';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void openDocumentFile(editorStore, file);
  });
  input.click();
}

export function saveDocumentFile(): void {
  downloadDocument(state().document);
}

/** Light, dark, then following the system again. */
export function cycleTheme(): void {
  const order: ThemeChoice[] = ['system', 'light', 'dark'];
  const current = state().theme;
  state().setTheme(order[(order.indexOf(current) + 1) % order.length]);
}
