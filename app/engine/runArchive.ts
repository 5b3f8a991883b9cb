// Every chart point of the run so far, beyond the last `HISTORY_LENGTH` the charts hold, so that
// rewinding can show the charts as they were up to the moment sought. Points are appended as the
// history grows; a point at or before the newest kept one (the run went on from an earlier moment)
// replaces the future it overwrote. Past `ARCHIVE_LENGTH` points, every other one of the older
// half goes: a long run keeps its whole shape at a coarser grain.
import { HISTORY_LENGTH, SERIES_NAMES, type MetricsHistory, type NodeSeries, type Point } from './metricsHistory';

/** Points the archive keeps at most before thinning its older half. */
export const ARCHIVE_LENGTH = 6000;

/** A run's chart points, mutable, outside the store. */
export interface RunArchive {
  time: number[];
  nodes: Map<string, Record<string, Point[]>>;
}

/** An empty archive. */
export function emptyArchive(): RunArchive {
  return { time: [], nodes: new Map() };
}

function seriesOf(archive: RunArchive, id: string): Record<string, Point[]> {
  let series = archive.nodes.get(id);
  if (!series) {
    series = {};
    for (const name of SERIES_NAMES) series[name] = new Array<Point>(archive.time.length).fill(null);
    archive.nodes.set(id, series);
  }
  return series;
}

/** Keeps the points at or before `seconds`. */
export function cutArchive(archive: RunArchive, seconds: number): void {
  let keep = archive.time.length;
  while (keep > 0 && archive.time[keep - 1] > seconds) keep--;
  archive.time.length = keep;
  for (const series of archive.nodes.values()) for (const name of SERIES_NAMES) series[name].length = keep;
}

/** Adds the newest point of `history` (just appended to it) to the archive. */
export function archiveLatest(archive: RunArchive, history: MetricsHistory): void {
  const last = history.time.length - 1;
  if (last < 0) return;
  const seconds = history.time[last];
  // A point at or before the newest one: the run continues from an earlier moment (or restarted).
  if (archive.time.length > 0 && seconds <= archive.time[archive.time.length - 1]) cutArchive(archive, seconds - 1e-9);
  const at = archive.time.length;
  archive.time.push(seconds);
  for (const [id, series] of Object.entries(history.nodes)) {
    const into = seriesOf(archive, id);
    for (const name of SERIES_NAMES) into[name][at] = series[name][last];
  }
  for (const series of archive.nodes.values()) for (const name of SERIES_NAMES) if (series[name].length <= at) series[name][at] = null;
  if (archive.time.length > ARCHIVE_LENGTH) thin(archive);
}

function thin(archive: RunArchive): void {
  const half = Math.floor(archive.time.length / 2);
  const keep = (_: unknown, i: number) => i >= half || i % 2 === 0;
  archive.time = archive.time.filter(keep);
  for (const series of archive.nodes.values()) for (const name of SERIES_NAMES) series[name] = series[name].filter(keep);
}

/** The charts' history as it was at `seconds`: the archive's last `HISTORY_LENGTH` points up to then. */
export function historyAt(archive: RunArchive, seconds: number, length = HISTORY_LENGTH): MetricsHistory {
  let end = archive.time.length;
  while (end > 0 && archive.time[end - 1] > seconds) end--;
  const start = Math.max(0, end - length);
  const nodes: Record<string, NodeSeries> = {};
  for (const [id, series] of archive.nodes) {
    const slice = {} as NodeSeries;
    for (const name of SERIES_NAMES) slice[name] = series[name].slice(start, end);
    nodes[id] = slice;
  }
  return { time: archive.time.slice(start, end), nodes };
}

/** Every point of the archive up to simulated ms `until`, as a history (for reports). */
export function wholeHistory(archive: RunArchive, until = Infinity): MetricsHistory {
  return historyAt(archive, until / 1000, Infinity);
}
