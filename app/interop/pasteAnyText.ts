// Pasted text: an AsyncAPI document is imported, anything else is read as Eventscape JSON.
import { looksLikeAsyncApi } from '../../src/interop/asyncapi/parseSpec';
import { editorStore } from '../store/useEditor';
import { startAsyncApiImport } from './startAsyncApiImport';

/** Pastes a text as Eventscape JSON, or starts its AsyncAPI import; false when it was refused at once. */
export function pasteAnyText(text: string): boolean {
  if (!looksLikeAsyncApi(text)) return editorStore.getState().pasteText(text);
  if (editorStore.getState().readOnly) return false;
  void startAsyncApiImport(editorStore, text, 'the pasted text');
  return true;
}
