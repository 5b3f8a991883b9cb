// The one place where the slices of the editor's state combine into a store. A new slice (the
// live simulation's, say) is added here: its type to `StoreState`, its creator to the list.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TopologyDocument } from '../../src/model/types';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createSimulationSlice, type SimulationSlice } from './simulationSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createTeachSlice, type TeachSlice } from '../teach/teachSlice';

export type StoreState = DocumentSlice & UiSlice & EditorSlice & SimulationSlice & TeachSlice;

export type EditorStore = StoreApi<StoreState>;

/** A store holding `initial` with an empty history; the app makes one, tests make many. */
export function createEditorStore(initial: TopologyDocument): EditorStore {
  return createStore<StoreState>()((...args) => ({
    ...createDocumentSlice(initial)(...args),
    ...createUiSlice(...args),
    ...createEditorSlice(...args),
    ...createSimulationSlice(...args),
    ...createTeachSlice(...args),
  }));
}
