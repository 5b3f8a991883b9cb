// What the metrics dock draws: which figure, for which nodes, as uPlot's columns. With no node
// selected it shows the busiest few that have the figure at all (a topic has no latency).
import type uPlot from 'uplot';
import type { MetricsHistory, Point, SeriesName } from '../../engine/metricsHistory';
import type { ChartLine } from '../charts/chartOptions';
import type { ChartUnit } from '../charts/chartUnits';
import { seriesColor } from '../charts/seriesColors';

export const METRIC_IDS = ['throughput', 'latency', 'lag', 'utilization', 'failures'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricSpec {
  id: MetricId;
  /** The tab's name. */
  name: string;
  /** What the chart shows, in a sentence. */
  title: string;
  unit: ChartUnit;
  /** The history series drawn per node; the first solid, the others dashed. */
  series: readonly SeriesName[];
}

export const METRICS: Record<MetricId, MetricSpec> = {
  throughput: { id: 'throughput', name: 'Throughput', title: 'Work done per simulated second', unit: 'perSecond', series: ['throughput'] },
  latency: { id: 'latency', name: 'Latency', title: 'Latency over the last 1–2 s: p99 (solid) and p50 (dashed)', unit: 'ms', series: ['p99', 'p50'] },
  lag: { id: 'lag', name: 'Lag', title: 'Events waiting: lag, pending events, open requests', unit: 'count', series: ['lag'] },
  utilization: { id: 'utilization', name: 'Utilization', title: 'Share of workers busy', unit: 'ratio', series: ['utilization'] },
  failures: { id: 'failures', name: 'Failures', title: 'Failures, drops, rejections and timeouts per simulated second', unit: 'perSecond', series: ['failures'] },
};

/** How many nodes the dock charts when none is selected. */
export const BUSIEST_COUNT = 3;

function hasValues(points: readonly Point[] | undefined): boolean {
  return points !== undefined && points.some((p) => p !== null);
}

function total(points: readonly Point[]): number {
  let sum = 0;
  for (const p of points) if (p !== null) sum += p;
  return sum;
}

/** How much more work a node must do than the least busy one charted to take its place. */
const BUSIER_BY = 1.25;

/**
 * The nodes to chart for `metric`: the selected ones that have it, in selection order; with none
 * selected, the `count` that did the most work over the history, in id order so each keeps its
 * colour. Nodes charted before (`kept`) stay until another does clearly more work, so near ties
 * do not make the lines swap from one point to the next.
 */
export function nodesToChart(
  history: MetricsHistory,
  metric: MetricId,
  selected: readonly string[],
  kept: readonly string[] = [],
  count = BUSIEST_COUNT,
): string[] {
  const first = METRICS[metric].series[0];
  const applies = (id: string) => hasValues(history.nodes[id]?.[first]);
  if (selected.length > 0) return selected.filter(applies);
  const work = new Map<string, number>();
  for (const id of Object.keys(history.nodes)) if (applies(id)) work.set(id, total(history.nodes[id].throughput));
  const workOf = (id: string) => work.get(id) ?? 0;
  const ranked = [...work.keys()].sort((a, b) => workOf(b) - workOf(a) || (a < b ? -1 : 1));
  const chosen = kept.filter((id) => work.has(id)).slice(0, count);
  for (const id of ranked) {
    if (chosen.includes(id)) continue;
    if (chosen.length < count) {
      chosen.push(id);
      continue;
    }
    const weakest = chosen.reduce((low, other) => (workOf(other) < workOf(low) ? other : low));
    if (workOf(id) > workOf(weakest) * BUSIER_BY) chosen[chosen.indexOf(weakest)] = id;
  }
  return chosen.sort();
}

/** uPlot's columns: simulated seconds, then each node's series of `metric` in order. */
export function chartData(history: MetricsHistory, metric: MetricId, nodes: readonly string[]): uPlot.AlignedData {
  const columns: (number | null)[][] = [];
  for (const id of nodes) {
    for (const name of METRICS[metric].series) columns.push(history.nodes[id]?.[name] ?? history.time.map(() => null));
  }
  return [history.time, ...columns];
}

/** The lines of `metric` for `nodes`: one colour per node, dashed for its secondary series. */
export function chartLines(metric: MetricId, nodes: readonly string[], labelOf: (id: string) => string, theme: 'light' | 'dark'): ChartLine[] {
  const spec = METRICS[metric];
  return nodes.flatMap((id, index) =>
    spec.series.map((name, s) => ({
      label: spec.series.length > 1 ? `${labelOf(id)} ${name}` : labelOf(id),
      color: seriesColor(index, theme),
      dashed: s > 0,
    })),
  );
}

/** The newest value of one node's series, or null. */
export function latestValue(history: MetricsHistory, id: string, name: SeriesName): Point {
  const points = history.nodes[id]?.[name];
  return points && points.length > 0 ? points[points.length - 1] : null;
}

/** uPlot's columns for one series of one node: simulated seconds, then its values (gaps if none). */
export function seriesData(history: MetricsHistory, id: string, name: SeriesName): uPlot.AlignedData {
  return [history.time, history.nodes[id]?.[name] ?? history.time.map(() => null)];
}
