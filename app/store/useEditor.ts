// The app's single store and the hook components read it through. Select narrowly: a component
// re-renders when what its selector returns changes, so return a field, not the whole state.
import { useStore } from 'zustand';
import { emptyDocument } from '../../src/model/empty';
import { createEditorStore, type StoreState } from './store';

export const editorStore = createEditorStore(emptyDocument());

/** Read a slice of the editor's state; the component re-renders when it changes. */
export function useEditor<T>(selector: (state: StoreState) => T): T {
  return useStore(editorStore, selector);
}
