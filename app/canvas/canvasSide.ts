// Which run a canvas shows: A (the document being edited) or, in compare mode, B beside it. Node
// and edge components read the store through `useCanvasRun`, so the same components show B's
// document and B's figures on B's canvas, and B's canvas never edits (no rename, no selection).
import { createContext, useContext } from 'react';
import type { StoreState } from '../store/store';
import { useEditor } from '../store/useEditor';

export type CanvasSide = 'a' | 'b';

/** The side of the canvas a component is drawn on; A unless B's canvas provides 'b'. */
export const CanvasSideContext = createContext<CanvasSide>('a');

/** The side of the canvas the calling component is drawn on. */
export function useCanvasSide(): CanvasSide {
  return useContext(CanvasSideContext);
}

// One view per store state, so B's selectors on one update share it instead of copying the state.
const views = new WeakMap<StoreState, StoreState>();

/** The store as B's canvas sees it: B's document, metrics and chart series in A's place. */
export function comparedView(state: StoreState): StoreState {
  let view = views.get(state);
  if (!view) {
    view = { ...state, document: state.compareDocument ?? state.document, metrics: state.compareMetrics, metricsHistory: state.compareHistory };
    views.set(state, view);
  }
  return view;
}

/** Like useEditor, but on B's canvas the selector sees B's run (see comparedView). */
export function useCanvasRun<T>(selector: (state: StoreState) => T): T {
  const side = useCanvasSide();
  return useEditor(side === 'a' ? selector : (state) => selector(comparedView(state)));
}
