// Which keys the consistency panel watches and which rows it shows. It watches the first keys of
// the key space and shows a handful: the stale ones first, filled up with keys that have events,
// in key order, so stale keys come and go before the reader's eyes.

export interface ProjectionRow {
  key: number;
  applied: number;
  truth: number;
}

/** How many keys the panel asks the engine about. */
export const WATCHED_KEYS = 64;

/** How many rows the table shows. */
export const SHOWN_ROWS = 10;

/** The keys to watch for a key space of `keys` keys (keys are 0 … keys−1). */
export function watchedKeys(keys: number, count = WATCHED_KEYS): number[] {
  return Array.from({ length: Math.max(0, Math.min(keys, count)) }, (_, key) => key);
}

/** Whether the read model is behind the truth for this key. */
export function isStale(row: ProjectionRow): boolean {
  return row.applied !== row.truth;
}

/** The rows to show: stale keys first, then keys with events, then the rest; sorted by key. */
export function shownRows(rows: readonly ProjectionRow[], count = SHOWN_ROWS): ProjectionRow[] {
  const rank = (row: ProjectionRow) => (isStale(row) ? 0 : row.truth > 0 ? 1 : 2);
  return [...rows]
    .sort((a, b) => rank(a) - rank(b) || a.key - b.key)
    .slice(0, count)
    .sort((a, b) => a.key - b.key);
}
