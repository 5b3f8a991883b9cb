// Everything about the editor that is not the document: what is selected, which dialog is open,
// the theme, read-only mode, messages. None of it enters undo history.
import type { StateCreator } from 'zustand';
import { NO_SELECTION, sameSelection, type Selection } from '../../src/editor/selection';
import type { StoreState } from './store';

export { NO_SELECTION, type Selection } from '../../src/editor/selection';

export type ThemeChoice = 'system' | 'light' | 'dark';

export type DialogName = 'shortcuts' | 'paste' | 'connect' | 'examples' | 'asyncapi';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  /** Lines under the title: the restore errors of a rejected file, say. */
  details: readonly string[];
}

export interface Size {
  width: number;
  height: number;
}

/** What autosave has to say: nothing, a failure, or another tab's newer save. */
export type StorageNotice =
  | { kind: 'none' }
  | { kind: 'failed'; message: string }
  | { kind: 'other-tab' };

/** Where autosave stands, shown next to the document's name. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'not-saved';

export interface UiSlice {
  selection: Selection;
  theme: ThemeChoice;
  dialog: DialogName | null;
  /** Embed and presentation views: the document can be looked at and run, not edited. */
  readOnly: boolean;
  toasts: readonly Toast[];
  /** Node sizes measured on screen, for the canvas and auto-layout. */
  nodeSizes: Readonly<Record<string, Size>>;
  storageNotice: StorageNotice;
  saveState: SaveState;
  /** The node whose label is being edited in place. */
  renaming: string | null;
  /** Increases when the canvas should fit the whole document into view (after a load). */
  fitRequest: number;
  select(selection: Selection): void;
  setTheme(theme: ThemeChoice): void;
  openDialog(dialog: DialogName): void;
  closeDialog(): void;
  setReadOnly(readOnly: boolean): void;
  notify(tone: ToastTone, title: string, details?: readonly string[]): number;
  dismissToast(id: number): void;
  setNodeSizes(sizes: Readonly<Record<string, Size>>): void;
  setStorageNotice(notice: StorageNotice): void;
  setSaveState(saveState: SaveState): void;
  setRenaming(id: string | null): void;
  requestFit(): void;
}

/** Keep at most this many messages on screen; the oldest go first. */
const TOAST_LIMIT = 4;

export const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = (set, get) => {
  let nextToastId = 1;
  return {
    selection: NO_SELECTION,
    theme: 'system',
    dialog: null,
    readOnly: false,
    toasts: [],
    nodeSizes: {},
    storageNotice: { kind: 'none' },
    saveState: 'idle',
    renaming: null,
    fitRequest: 0,
    select(selection) {
      if (sameSelection(get().selection, selection)) return;
      set({ selection });
    },
    setTheme(theme) {
      set({ theme });
    },
    openDialog(dialog) {
      set({ dialog });
    },
    closeDialog() {
      set({ dialog: null });
    },
    setReadOnly(readOnly) {
      set({ readOnly });
    },
    notify(tone, title, details = []) {
      const id = nextToastId++;
      set({ toasts: [...get().toasts, { id, tone, title, details }].slice(-TOAST_LIMIT) });
      return id;
    },
    dismissToast(id) {
      set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
    },
    setNodeSizes(sizes) {
      set({ nodeSizes: { ...get().nodeSizes, ...sizes } });
    },
    setStorageNotice(storageNotice) {
      set({ storageNotice });
    },
    setSaveState(saveState) {
      if (get().saveState !== saveState) set({ saveState });
    },
    setRenaming(renaming) {
      set({ renaming: renaming !== null && get().readOnly ? null : renaming });
    },
    requestFit() {
      set({ fitRequest: get().fitRequest + 1 });
    },
  };
};
