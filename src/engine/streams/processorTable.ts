// What the table view of a processor shows, read from its stores on request (the worker asks at
// the metrics rate while the view is open): the rows most recently changed (key → value, and the
// window they belong to), the last closed windows' rows beside their true values, and for a
// stream–table join the table version each recent event saw.
import type { StreamProcessor } from './streamProcessor';

/** One row of the table view. */
export interface StreamRow {
  key: number;
  /** The window's bounds; null for a table (an unwindowed aggregate, or a join's table). */
  start: number | null;
  end: number | null;
  value: number;
  /** What a perfect processor would hold (value + late events it dropped); equals value while open. */
  truth: number;
  /** Simulated time the row last changed. */
  changedAt: number;
  closed: boolean;
}

/** One recent stream–table join: the version of the key's row the event saw, and the version now. */
export interface JoinSeen {
  key: number;
  eventTime: number;
  versionSeen: number;
  versionNow: number;
  at: number;
}

export interface ProcessorTable {
  node: string;
  now: number;
  watermark: number | null;
  /** What the rows are: window rows, sessions, an unwindowed tally, a join's table, or nothing (stateless). */
  state: 'windows' | 'sessions' | 'tally' | 'table' | 'none';
  rows: StreamRow[];
  joins: JoinSeen[];
  late: number;
}

/** Rows shown at most. */
export const TABLE_ROWS = 40;

function newestFirst(changed: Map<number, number>, limit: number): [number, number][] {
  const entries = [...changed.entries()];
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return entries.slice(0, limit);
}

function windowRows(stream: StreamProcessor): StreamRow[] {
  const store = stream.windows;
  if (store === null) return [];
  const open: StreamRow[] = [];
  for (const cells of store.open) {
    for (const [key, changedAt] of newestFirst(cells.changed, TABLE_ROWS)) {
      const value = cells.value.get(key) ?? 0;
      open.push({ key, start: cells.start, end: cells.end, value, truth: value, changedAt, closed: false });
    }
  }
  open.sort((a, b) => b.changedAt - a.changedAt || (b.start ?? 0) - (a.start ?? 0) || a.key - b.key);
  const closed: StreamRow[] = [];
  for (let w = store.closed.length - 1; w >= 0; w--) {
    const cells = store.closed[w];
    const keys = new Set([...cells.value.keys(), ...cells.late.keys()]);
    for (const key of [...keys].sort((a, b) => (cells.late.get(b) ?? 0) - (cells.late.get(a) ?? 0) || a - b).slice(0, TABLE_ROWS)) {
      const value = cells.value.get(key) ?? 0;
      closed.push({ key, start: cells.start, end: cells.end, value, truth: value + (cells.late.get(key) ?? 0), changedAt: cells.closedAt, closed: true });
    }
  }
  return [...open.slice(0, TABLE_ROWS), ...closed.slice(0, TABLE_ROWS)];
}

function sessionRows(stream: StreamProcessor): StreamRow[] {
  const store = stream.sessions;
  if (store === null) return [];
  const rows: StreamRow[] = [];
  for (const [key, changedAt] of newestFirst(store.changed, TABLE_ROWS)) {
    const list = store.sessionsOf(key);
    for (let i = 0; i < list.length; i += 3) rows.push({ key, start: list[i], end: list[i + 1], value: list[i + 2], truth: list[i + 2], changedAt, closed: false });
  }
  const recent = store.recentClosed;
  for (let i = recent.length - 4; i >= 0 && rows.length < 2 * TABLE_ROWS; i -= 4) {
    rows.push({ key: recent[i], start: recent[i + 1], end: recent[i + 2], value: recent[i + 3], truth: recent[i + 3], changedAt: -1, closed: true });
  }
  return rows;
}

function mapRows(value: Map<number, number>, changed: Map<number, number>): StreamRow[] {
  return newestFirst(changed, TABLE_ROWS).map(([key, changedAt]) => {
    const v = value.get(key) ?? 0;
    return { key, start: null, end: null, value: v, truth: v, changedAt, closed: false };
  });
}

/** The table view of a processor now. */
export function processorTable(node: string, stream: StreamProcessor, now: number): ProcessorTable {
  const seen = stream.maxEventTime > -Infinity;
  const base = { node, now, watermark: seen ? stream.watermark : null, late: stream.late, joins: [] as JoinSeen[] };
  const table = stream.table;
  if (table !== null) {
    const joins: JoinSeen[] = [];
    const s = table.seen;
    for (let i = s.length - 4; i >= 0; i -= 4) joins.push({ key: s[i], eventTime: s[i + 1], versionSeen: s[i + 2], versionNow: table.version.get(s[i]) ?? 0, at: s[i + 3] });
    base.joins = joins;
  }
  if (stream.windows !== null) return { ...base, state: 'windows', rows: windowRows(stream) };
  if (stream.sessions !== null) return { ...base, state: 'sessions', rows: sessionRows(stream) };
  if (stream.tally !== null) return { ...base, state: 'tally', rows: mapRows(stream.tally.value, stream.tally.changed) };
  if (table !== null) return { ...base, state: 'table', rows: mapRows(table.version, table.changed) };
  return { ...base, state: 'none', rows: [] };
}
