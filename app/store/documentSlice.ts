// The topology being edited and its undo/redo history. Every change goes through `commit` (one
// step, or merged into the previous step when both carry the same coalescing key) or through a
// gesture (`beginGesture`, any number of `preview`s, `endGesture`: one step, a whole drag).
import type { StateCreator } from 'zustand';
import { pruneSelection } from '../../src/editor/selection';
import type { TopologyDocument } from '../../src/model/types';
import { record, recordFrom, redo, startHistory, undo, type History } from '../../src/editor/history';
import type { StoreState } from './store';

export interface DocumentSlice {
  /** The current document; the same object as `history.present`. */
  document: TopologyDocument;
  history: History;
  /** The document as it was when the current gesture began, or null outside a gesture. */
  gestureBase: TopologyDocument | null;
  /** Counts whole documents opened (startup, file, example, link), so a run can start afresh. */
  opened: number;
  /** Make `next` the document as one undo step (merged with the previous one on equal keys). */
  commit(next: TopologyDocument, coalesceKey?: string | null): void;
  /** Start a gesture: what follows until `endGesture` is one undo step. */
  beginGesture(): void;
  /** Show `next` during a gesture without adding a step. */
  preview(next: TopologyDocument): void;
  endGesture(): void;
  undo(): void;
  redo(): void;
  /** Start over with `doc` and an empty history (startup, restored autosave). */
  resetDocument(doc: TopologyDocument): void;
}

export function createDocumentSlice(initial: TopologyDocument): StateCreator<StoreState, [], [], DocumentSlice> {
  return (set, get) => {
    const settle = (history: History) => {
      set({
        history,
        document: history.present,
        gestureBase: null,
        selection: pruneSelection(get().selection, history.present),
      });
    };
    // An edit that arrives mid-gesture ends the gesture first, so the drag keeps its own step.
    const closeGesture = (): History => {
      const { gestureBase, history } = get();
      return gestureBase ? recordFrom(history, gestureBase, history.present) : history;
    };
    return {
      document: initial,
      history: startHistory(initial),
      gestureBase: null,
      opened: 0,
      commit(next, coalesceKey = null) {
        if (get().readOnly) return;
        if (!get().gestureBase && next === get().document) return;
        settle(record(closeGesture(), next, coalesceKey));
      },
      beginGesture() {
        if (get().readOnly) return;
        const history = closeGesture();
        set({ history, document: history.present, gestureBase: history.present });
      },
      preview(next) {
        if (get().readOnly || !get().gestureBase) return;
        set({ history: { ...get().history, present: next }, document: next });
      },
      endGesture() {
        if (!get().gestureBase) return;
        settle(closeGesture());
      },
      undo() {
        if (get().readOnly) return;
        settle(undo(closeGesture()));
      },
      redo() {
        if (get().readOnly) return;
        settle(redo(closeGesture()));
      },
      resetDocument(doc) {
        set({
          history: startHistory(doc),
          document: doc,
          gestureBase: null,
          selection: pruneSelection(get().selection, doc),
          opened: get().opened + 1,
        });
      },
    };
  };
}
