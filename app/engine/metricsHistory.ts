// The time series the charts draw, derived from the worker's metric snapshots: rates come from
// the difference of two successive cumulative snapshots, levels (lag, utilization, stale keys) are
// read as they are, and latencies from the recent summaries (the last one to two simulated
// seconds), so a point tells of its moment and a slow spell leaves the line once it is over. The
// history keeps the last `HISTORY_LENGTH` points, columnar, as the charts want them; `null` is a
// gap (a figure that does not apply to the node's kind, or a latency with no sample lately).
import type { LatencySummary, MetricsSnapshot, NodeMetrics, RecentMetrics } from '../../src/engine/api';

/** Points kept per series: about two minutes at five snapshots a second. */
export const HISTORY_LENGTH = 600;

export type Point = number | null;

/** One node's series, each as long as `MetricsHistory.time`. */
export interface NodeSeries {
  /** Work done per simulated second: produced, appended, processed or answered. */
  throughput: Point[];
  p50: Point[];
  p99: Point[];
  /** Unconsumed events (topic: all groups; service: its group), pending events, open requests. */
  lag: Point[];
  utilization: Point[];
  /** Failures, drops, rejections and timeouts per simulated second. */
  failures: Point[];
  staleKeys: Point[];
  consistencyP99: Point[];
}

export const SERIES_NAMES = ['throughput', 'p50', 'p99', 'lag', 'utilization', 'failures', 'staleKeys', 'consistencyP99'] as const;
export type SeriesName = (typeof SERIES_NAMES)[number];

export interface MetricsHistory {
  /** Simulated seconds of each point. */
  time: number[];
  nodes: Record<string, NodeSeries>;
}

export const EMPTY_HISTORY: MetricsHistory = { time: [], nodes: {} };

type Figures = Record<SeriesName, Point>;

function sum(record: Record<string, number>): number {
  let total = 0;
  for (const value of Object.values(record)) total += value;
  return total;
}

/** What counts as work done and as failures, cumulatively, for a node's kind. */
function counters(m: NodeMetrics): { done: number; failures: number } {
  switch (m.kind) {
    case 'producer':
      return { done: m.produced, failures: m.dropped };
    case 'topic':
      return { done: m.appended, failures: sum(m.dropped) + sum(m.expired) };
    case 'client':
      return { done: m.succeeded, failures: m.failed };
    case 'broker':
      return { done: m.appended, failures: 0 };
    case 'processor':
      return { done: m.in, failures: m.late };
    default:
      return { done: m.processed, failures: m.failed + m.dropped + m.rejected + m.timedOut };
  }
}

/** The lag of a service's consumer group: its unconsumed events over every topic it reads. */
export function groupLag(snapshot: MetricsSnapshot, service: string): number {
  let total = 0;
  for (const m of Object.values(snapshot.nodes)) if (m.kind === 'topic') total += m.lag[service] ?? 0;
  return total;
}

/** A recent percentile, or a gap when nothing finished lately (0 ms would read as fast). */
function percentile(summary: LatencySummary | undefined, pick: 'p50' | 'p99'): Point {
  return summary && summary.count > 0 ? summary[pick] : null;
}

function figuresOf(id: string, m: NodeMetrics, snapshot: MetricsSnapshot, recent: RecentMetrics | undefined, previous: NodeMetrics | undefined, seconds: number): Figures {
  const now = counters(m);
  const before = previous && previous.kind === m.kind ? counters(previous) : null;
  const rate = (value: number, old: number | undefined): Point =>
    old === undefined || seconds <= 0 ? null : Math.max(0, value - old) / seconds;
  const figures: Figures = {
    throughput: rate(now.done, before?.done),
    failures: rate(now.failures, before?.failures),
    p50: null,
    p99: null,
    lag: null,
    utilization: null,
    staleKeys: null,
    consistencyP99: null,
  };
  switch (m.kind) {
    case 'producer':
      figures.lag = m.pending;
      break;
    case 'topic':
      figures.lag = sum(m.lag);
      break;
    case 'client':
      figures.p50 = percentile(recent?.latencyMs, 'p50');
      figures.p99 = percentile(recent?.latencyMs, 'p99');
      figures.lag = m.open;
      break;
    case 'processor':
      figures.lag = groupLag(snapshot, id);
      figures.utilization = m.utilization;
      break;
    case 'broker':
      break;
    default:
      figures.p50 = percentile(recent?.latencyMs, 'p50');
      figures.p99 = percentile(recent?.latencyMs, 'p99');
      figures.lag = groupLag(snapshot, id);
      figures.utilization = m.utilization;
      figures.staleKeys = m.staleKeys;
      figures.consistencyP99 = percentile(recent?.consistencyMs, 'p99');
  }
  return figures;
}

function emptySeries(length: number): NodeSeries {
  const gap = () => new Array<Point>(length).fill(null);
  return { throughput: gap(), p50: gap(), p99: gap(), lag: gap(), utilization: gap(), failures: gap(), staleKeys: gap(), consistencyP99: gap() };
}

/**
 * The history with `snapshot` appended (new arrays; the old history is untouched). `previous` is
 * the snapshot before it, for rates; `recent` the latency summaries sent with `snapshot`. A
 * snapshot earlier than the last point (a reset) starts over.
 */
export function appendSnapshot(
  history: MetricsHistory,
  previous: MetricsSnapshot | null,
  snapshot: MetricsSnapshot,
  recent: Record<string, RecentMetrics>,
): MetricsHistory {
  const last = history.time.length > 0 ? history.time[history.time.length - 1] : -Infinity;
  const restart = snapshot.now / 1000 < last || (previous !== null && snapshot.now < previous.now);
  const base = restart ? EMPTY_HISTORY : history;
  const before = restart ? null : previous;
  const seconds = before ? (snapshot.now - before.now) / 1000 : 0;
  const drop = Math.max(0, base.time.length + 1 - HISTORY_LENGTH);
  const time = [...base.time.slice(drop), snapshot.now / 1000];
  const nodes: Record<string, NodeSeries> = {};
  for (const [id, m] of Object.entries(snapshot.nodes)) {
    const old = base.nodes[id] ?? emptySeries(base.time.length);
    const figures = figuresOf(id, m, snapshot, recent[id], before?.nodes[id], seconds);
    const series = {} as NodeSeries;
    for (const name of SERIES_NAMES) series[name] = [...old[name].slice(drop), figures[name]];
    nodes[id] = series;
  }
  return { time, nodes };
}
