// Text that arrives from outside (a file, the clipboard, the paste dialog) is either a whole
// document or a selection copied from Eventscape; both go through `restore`, the one gate.
import { restore, restoreText } from '../model/restore';
import type { TopologyDocument } from '../model/types';

export type Incoming =
  | { ok: true; kind: 'document' | 'selection'; document: TopologyDocument; warnings: string[] }
  | { ok: false; title: string; errors: string[] };

/** Marker of a copied selection: `{ "eventscape": "selection", "document": { ... } }`. */
export const SELECTION_MARKER = 'selection';

function copiedSelection(text: string): unknown {
  // Only a text that starts like the marker is parsed here; anything else is left to restoreText,
  // which has its own size check and error messages.
  if (!/^\s*\{\s*"eventscape"\s*:\s*"selection"/.test(text)) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'document' in parsed) return parsed.document;
  } catch {
    return undefined;
  }
  return undefined;
}

/** Read outside text as a document or a copied selection, or say what is wrong with it. */
export function readIncoming(text: string, source = 'The pasted text'): Incoming {
  const selection = copiedSelection(text);
  if (selection !== undefined) {
    const restored = restore(selection);
    if (!restored.ok) return { ok: false, title: `${source} is not a valid selection`, errors: restored.errors };
    return { ok: true, kind: 'selection', document: restored.document, warnings: restored.warnings };
  }
  const restored = restoreText(text);
  if (!restored.ok) return { ok: false, title: `${source} is not a valid Eventscape document`, errors: restored.errors };
  return { ok: true, kind: 'document', document: restored.document, warnings: restored.warnings };
}
