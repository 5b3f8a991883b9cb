// Undo/redo over immutable document snapshots. Edits build the next document by copying only
// what changed, so consecutive snapshots share every untouched node and edge (structural sharing)
// and keeping a couple of hundred of them costs little.
import type { TopologyDocument } from '../model/types';

/** How many undo steps are kept; the oldest are forgotten first. */
export const HISTORY_LIMIT = 200;

export interface History {
  past: readonly TopologyDocument[];
  present: TopologyDocument;
  future: readonly TopologyDocument[];
  /**
   * What made `present`, when the edit asked to be merged with the next edit of the same kind
   * (typing in one field, nudging with the arrows): such an edit replaces `present` instead of
   * adding an entry. Any other edit, undo or redo clears it.
   */
  coalesceKey: string | null;
}

/** A history holding one document and no steps. */
export function startHistory(present: TopologyDocument): History {
  return { past: [], present, future: [], coalesceKey: null };
}

/** `next` becomes the present; the previous present becomes one undo step unless coalesced. */
export function record(history: History, next: TopologyDocument, coalesceKey: string | null = null): History {
  if (next === history.present) return history;
  if (coalesceKey !== null && coalesceKey === history.coalesceKey) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, history.present];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, present: next, future: [], coalesceKey };
}

/**
 * Record `next` as one step whose undo returns to `base` (a drag: the document moved through many
 * in-between states that are not steps of their own).
 */
export function recordFrom(history: History, base: TopologyDocument, next: TopologyDocument): History {
  if (base === next) return { ...history, present: next };
  return record({ ...history, present: base, coalesceKey: null }, next);
}

/** One step back; unchanged when there is nothing to undo. */
export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    coalesceKey: null,
  };
}

/** One step forward again; unchanged when there is nothing to redo. */
export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(1),
    coalesceKey: null,
  };
}
