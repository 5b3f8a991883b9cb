// Opening two documents as a comparison: A on the canvas, B beside it, one clock and seed.
import { fetchExample } from '../examples/examples';
import { editorStore } from '../store/useEditor';

/** The built-in pair: the same traffic and the same slow Email, through calls (A) and events (B). */
export const CALL_CHAIN_VS_EVENTS = { a: 'call-chain', b: 'evented' } as const;

/** Opens example `a` on the canvas and example `b` beside it; false (with a message) if one fails. */
export async function openExamplePair(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([fetchExample(a), fetchExample(b)]);
  const { notify, loadDocument, compareWith } = editorStore.getState();
  for (const incoming of [first, second]) {
    if (!incoming.ok) {
      notify('error', incoming.title, incoming.errors);
      return false;
    }
  }
  if (!first.ok || !second.ok) return false;
  loadDocument(first.document);
  compareWith(second.document);
  notify('success', `Comparing “${first.document.name}” (A) with “${second.document.name}” (B)`, ['Press play: both run on one clock, with one seed; a live fault hits both.']);
  return true;
}
