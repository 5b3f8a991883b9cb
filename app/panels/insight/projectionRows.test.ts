import { describe, expect, it } from 'vitest';
import { isStale, shownRows, watchedKeys } from './projectionRows';

describe('consistency rows', () => {
  it('watches the first keys of the key space', () => {
    expect(watchedKeys(3)).toEqual([0, 1, 2]);
    expect(watchedKeys(1000, 4)).toEqual([0, 1, 2, 3]);
    expect(watchedKeys(0)).toEqual([]);
  });

  it('shows stale keys first, then keys with events, in key order', () => {
    const rows = [
      { key: 0, applied: 0, truth: 0 },
      { key: 1, applied: 4, truth: 4 },
      { key: 2, applied: 2, truth: 3 },
      { key: 3, applied: 0, truth: 0 },
      { key: 4, applied: 1, truth: 1 },
      { key: 5, applied: 6, truth: 5 },
    ];
    expect(shownRows(rows, 3).map((r) => r.key)).toEqual([1, 2, 5]);
    expect(shownRows(rows, 5).map((r) => r.key)).toEqual([0, 1, 2, 4, 5]);
    expect(rows.filter(isStale).map((r) => r.key)).toEqual([2, 5]);
  });
});
