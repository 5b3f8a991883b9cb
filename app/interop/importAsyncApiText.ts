// An AsyncAPI text (a file, a paste, a drop) becomes the document: the parser is loaded, the spec
// validated and mapped, the result passes `restore`, is laid out left to right, and opens as one
// undo step. What could not be mapped is listed in one dialog; a broken spec changes nothing.
import { importAsyncApi } from '../../src/interop/asyncapi/asyncApi';
import { autoLayout } from '../canvas/autoLayout';
import { moveNodes } from '../../src/editor/edits';
import type { EditorStore } from '../store/store';
import { useAsyncApiReport } from './asyncApiReport';
import { loadSpecParser } from './loadSpecParser';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Imports an AsyncAPI text as the document; resolves to whether it was opened. */
export async function importAsyncApiText(store: EditorStore, text: string, source: string): Promise<boolean> {
  const { notify, dismissToast } = store.getState();
  if (store.getState().readOnly) return false;
  const reading = notify('info', `Reading ${source} as AsyncAPI…`);
  let result: Awaited<ReturnType<typeof importAsyncApi>>;
  try {
    result = await importAsyncApi(text, await loadSpecParser());
  } catch (error) {
    notify('error', 'The AsyncAPI parser could not be loaded; nothing was changed', [error instanceof Error ? error.message : String(error)]);
    return false;
  } finally {
    dismissToast(reading);
  }
  if (!result.ok) {
    notify('error', `${result.title}; nothing was changed`, result.errors);
    return false;
  }
  const doc = result.needsLayout ? moveNodes(result.document, autoLayout(result.document, store.getState().nodeSizes)) : result.document;
  store.getState().loadDocument(doc);
  const summary = `AsyncAPI ${result.version} “${doc.name}” became ${plural(doc.nodes.length, 'node')} and ${plural(doc.edges.length, 'edge')}.`;
  if (result.notes.length === 0 && result.warnings.length === 0) {
    notify('success', `Imported ${source}`, [summary, 'Undo brings your previous document back.']);
    return true;
  }
  useAsyncApiReport.setState({ report: { source, summary, notes: result.notes, warnings: result.warnings } });
  store.getState().openDialog('asyncapi');
  return true;
}
