// Autosave: a moment after each change the document is written to browser storage, and other tabs
// are told. A tab that hears another tab saved stops saving and asks its user (reload theirs, or
// keep mine and overwrite): the work of one tab never silently replaces another's.
import { serialize } from '../../src/model/serialize';
import type { TopologyDocument } from '../../src/model/types';

export interface SavedWork {
  /** The document as JSON text; it goes through `restoreText` when read back. */
  text: string;
  /** The tab that saved it. */
  tab: string;
  savedAt: number;
}

export interface WorkStorage {
  read(): Promise<SavedWork | null>;
  write(work: SavedWork): Promise<void>;
  /** Keep text that could not be restored, so a failed restore never destroys work. */
  keepAside(text: string): Promise<void>;
}

export interface TabChannel {
  post(message: { tab: string; savedAt: number }): void;
  listen(onSaved: (message: { tab: string; savedAt: number }) => void): () => void;
}

export interface AutosaveDeps {
  storage: WorkStorage;
  channel: TabChannel | null;
  tab: string;
  /** Run `task` after `ms` (returns a cancel function); tests pass a manual clock. */
  later(task: () => void, ms: number): () => void;
  now(): number;
  /** Called on every outcome, for the UI: saved, failed (with why), or another tab saved. */
  onStatus(status: AutosaveStatus): void;
}

export type AutosaveStatus = { kind: 'saved' } | { kind: 'failed'; message: string } | { kind: 'other-tab' };

/** Wait this long after the last change before saving. */
export const AUTOSAVE_DELAY_MS = 300;

/** The text a document is saved as. */
export function documentText(doc: TopologyDocument): string {
  return JSON.stringify(serialize(doc));
}

export interface Autosave {
  /** The document changed: save it a moment later (unless another tab's save is pending a choice). */
  changed(doc: TopologyDocument): void;
  /** Save now, whatever another tab did (the user chose "keep mine"). */
  saveNow(doc: TopologyDocument): Promise<void>;
  /** This text is what storage holds now (the user loaded it), so it need not be saved again. */
  adopted(text: string): void;
  /** Whether saving waits for the user's choice after another tab saved. */
  readonly paused: boolean;
  /** Whether a change waits to be saved. */
  readonly pending: boolean;
  stop(): void;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Start autosaving; `lastText` is what storage already holds (nothing to save for it). */
export function startAutosave(deps: AutosaveDeps, lastText: string | null): Autosave {
  let saved = lastText;
  let paused = false;
  let cancel: (() => void) | null = null;
  let pending: TopologyDocument | null = null;

  const write = async (doc: TopologyDocument) => {
    const text = documentText(doc);
    if (text === saved) {
      deps.onStatus({ kind: 'saved' });
      return;
    }
    const savedAt = deps.now();
    try {
      await deps.storage.write({ text, tab: deps.tab, savedAt });
      saved = text;
      deps.channel?.post({ tab: deps.tab, savedAt });
      deps.onStatus({ kind: 'saved' });
    } catch (error) {
      deps.onStatus({ kind: 'failed', message: reason(error) });
    }
  };

  const unlisten = deps.channel?.listen((message) => {
    if (message.tab === deps.tab) return;
    paused = true;
    cancel?.();
    cancel = null;
    deps.onStatus({ kind: 'other-tab' });
  });

  return {
    changed(doc) {
      pending = doc;
      if (paused) return;
      cancel?.();
      cancel = deps.later(() => {
        cancel = null;
        const doc = pending;
        pending = null;
        if (doc) void write(doc);
      }, AUTOSAVE_DELAY_MS);
    },
    async saveNow(doc) {
      paused = false;
      cancel?.();
      cancel = null;
      pending = null;
      saved = null;
      await write(doc);
    },
    adopted(text) {
      paused = false;
      saved = text;
    },
    get paused() {
      return paused;
    },
    get pending() {
      return pending !== null || cancel !== null;
    },
    stop() {
      cancel?.();
      unlisten?.();
    },
  };
}
