// Links a stranger controls, opened in the app's store: random and mutated links never throw; each
// either opens as one undo step that autosave holds back, or leaves the document, its history and
// the held document alone with a message. Seeds are fixed, so a failure reproduces.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/model/restore';
import { encodeLink } from '../../src/share/link';
import { createEditorStore } from '../store/store';
import { isUnsavedLinkDocument, openLinkFragment, releaseLinkDocument } from './openLink';

const checkout = (() => {
  const result = restore(JSON.parse(readFileSync('public/examples/checkout.json', 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
})();
const GOOD = encodeLink(checkout);

/** A good link with characters replaced, cut, or appended. */
const mutatedLink = fc
  .tuple(fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 0, maxLength: 3 })), { maxLength: 4 }), fc.nat(), fc.boolean())
  .map(([edits, cut, shorten]) => {
    let link = GOOD;
    for (const [at, text] of edits) {
      const i = at % link.length;
      link = link.slice(0, i) + text + link.slice(i + 1);
    }
    return shorten ? link.slice(0, cut % link.length) : link;
  });

const anyLink = fc.oneof(mutatedLink, fc.string({ maxLength: 200 }).map((text) => `d=1.${text}`), fc.string({ maxLength: 200 }));

describe('links opened in the app', () => {
  it('open as one held-back undo step, or change nothing and say why', () => {
    fc.assert(
      fc.property(anyLink, (link) => {
        const store = createEditorStore(checkout);
        const work = store.getState().document;
        releaseLinkDocument(work);
        const opened = openLinkFragment(store, link);
        const state = store.getState();
        if (opened) {
          expect(state.history.past).toEqual([work]);
          expect(isUnsavedLinkDocument(state.document)).toBe(true);
          expect(restore(state.document).ok).toBe(true);
        } else {
          expect(state.document).toBe(work);
          expect(state.history.past).toHaveLength(0);
          expect(isUnsavedLinkDocument(work)).toBe(false);
          expect(state.toasts.at(-1)?.tone).toBe('error');
          expect(state.toasts.at(-1)?.details[0]?.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 3000, seed: 6 },
    );
  });
});
