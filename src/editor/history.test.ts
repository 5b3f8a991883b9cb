import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../model/empty';
import { HISTORY_LIMIT, record, recordFrom, redo, startHistory, undo } from './history';

const named = (name: string) => emptyDocument(name);

describe('history', () => {
  it('undoes and redoes recorded documents in order', () => {
    const [a, b, c] = [named('a'), named('b'), named('c')];
    let history = record(record(startHistory(a), b), c);
    history = undo(history);
    expect(history.present).toBe(b);
    history = undo(history);
    expect(history.present).toBe(a);
    expect(undo(history)).toBe(history);
    history = redo(redo(history));
    expect(history.present).toBe(c);
    expect(redo(history)).toBe(history);
  });

  it('drops the redo steps when a new edit is recorded', () => {
    const [a, b, c] = [named('a'), named('b'), named('c')];
    const history = record(undo(record(startHistory(a), b)), c);
    expect(history.future).toEqual([]);
    expect(undo(history).present).toBe(a);
  });

  it('merges edits with the same coalescing key into one step', () => {
    const [a, b, c, d] = [named('a'), named('b'), named('c'), named('d')];
    let history = record(startHistory(a), b, 'rate');
    history = record(history, c, 'rate');
    expect(history.past).toEqual([a]);
    history = record(history, d, 'keys');
    expect(history.past).toEqual([a, c]);
  });

  it('does not merge across an undo', () => {
    const [a, b, c] = [named('a'), named('b'), named('c')];
    let history = record(startHistory(a), b, 'rate');
    history = record(redo(undo(history)), c, 'rate');
    expect(history.past).toEqual([a, b]);
  });

  it('keeps at most HISTORY_LIMIT steps, forgetting the oldest', () => {
    const first = named('0');
    let history = startHistory(first);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) history = record(history, named(String(i)));
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0].name).toBe('10');
  });

  it('records a gesture as one step back to where it began', () => {
    const [a, b, moving, end] = [named('a'), named('b'), named('moving'), named('end')];
    const before = record(startHistory(a), b);
    const during = { ...before, present: moving };
    const after = recordFrom(during, b, end);
    expect(after.present).toBe(end);
    expect(undo(after).present).toBe(b);
    expect(undo(undo(after)).present).toBe(a);
  });
});
