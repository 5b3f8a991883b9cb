// The document as a JSON file: download it (pretty, every field written out) or open one. An
// opened file goes through `restore`; a bad one is refused with the reasons, the work untouched.
import { LIMITS } from '../../src/model/limits';
import { serialize } from '../../src/model/serialize';
import type { TopologyDocument } from '../../src/model/types';
import { looksLikeAsyncApi } from '../../src/interop/asyncapi/parseSpec';
import { startAsyncApiImport } from '../interop/startAsyncApiImport';
import { readIncoming } from '../../src/editor/incoming';
import type { EditorStore } from '../store/store';

/** A file name for the document: "Checkout flow" → "checkout-flow.json". */
export function fileNameFor(doc: TopologyDocument): string {
  const base = doc.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'eventscape'}.json`;
}

/** Download the document as a pretty JSON file. */
export function downloadDocument(doc: TopologyDocument): void {
  const blob = new Blob([`${JSON.stringify(serialize(doc), null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFor(doc);
  link.click();
  // The download has started once click() returns; the URL can go at the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Open a file as the document (one undo step), or say why it cannot be opened. */
export async function openDocumentFile(store: EditorStore, file: File): Promise<boolean> {
  const { notify, loadDocument } = store.getState();
  const source = `“${file.name}”`;
  if (file.size > LIMITS.documentBytes) {
    notify('error', `${source} was not opened`, [
      `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.documentBytes / 1024 / 1024} MB`,
    ]);
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    notify('error', `${source} could not be read`, [error instanceof Error ? error.message : String(error)]);
    return false;
  }
  if (looksLikeAsyncApi(text)) return startAsyncApiImport(store, text, source);
  const incoming = readIncoming(text, source);
  if (!incoming.ok) {
    notify('error', `${incoming.title}; nothing was changed`, incoming.errors);
    return false;
  }
  if (incoming.kind === 'selection') {
    store.getState().pasteText(text);
    return true;
  }
  loadDocument(incoming.document);
  notify('success', `Opened ${source}`, incoming.warnings);
  return true;
}
