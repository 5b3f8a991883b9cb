// Compare mode's charts: both runs' curves on the same axes, labelled A and B — the highest client
// p99 and the total lag, second by second.
import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { MetricsHistory, SeriesName } from '../engine/metricsHistory';
import { useEditor } from '../store/useEditor';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import { seriesColor } from '../panels/charts/seriesColors';
import { TimeSeriesChart } from '../panels/charts/LazyTimeSeriesChart';
import type { ChartUnit } from '../panels/charts/chartUnits';

const CHARTS: { id: string; title: string; series: SeriesName; kinds: 'clients' | 'topics'; combine: 'max' | 'sum'; unit: ChartUnit }[] = [
  { id: 'p99', title: 'Client p99 latency (ms)', series: 'p99', kinds: 'clients', combine: 'max', unit: 'ms' },
  { id: 'lag', title: 'Lag, all topics (events)', series: 'lag', kinds: 'topics', combine: 'sum', unit: 'count' },
];

/** One value per point: the max or sum over the nodes of a kind (null where none has a value). */
export function combined(history: MetricsHistory, ids: readonly string[], series: SeriesName, combine: 'max' | 'sum'): (number | null)[] {
  return history.time.map((_, i) => {
    let value: number | null = null;
    for (const id of ids) {
      const point = history.nodes[id]?.[series][i] ?? null;
      if (point === null) continue;
      value = value === null ? point : combine === 'max' ? Math.max(value, point) : value + point;
    }
    return value;
  });
}

/** B's points under A's times: B's series end with A's (both come in one message). */
function alignedTo(length: number, values: (number | null)[]): (number | null)[] {
  if (values.length >= length) return values.slice(values.length - length);
  return [...new Array<number | null>(length - values.length).fill(null), ...values];
}

export function CompareCharts() {
  const a = useEditor((state) => state.metricsHistory);
  const b = useEditor((state) => state.compareHistory);
  const docA = useEditor((state) => state.document);
  const docB = useEditor((state) => state.compareDocument);
  const theme = useResolvedTheme();
  const lines = useMemo(
    () => [
      { label: 'A', color: seriesColor(0, theme) },
      { label: 'B', color: seriesColor(1, theme), dashed: true },
    ],
    [theme],
  );
  const idsOf = (doc: typeof docA | null, kinds: 'clients' | 'topics') => (doc ? doc.nodes.filter((n) => (kinds === 'clients' ? n.kind === 'client' : n.kind === 'topic')).map((n) => n.id) : []);
  return (
    <div className="es-compare-charts" data-testid="compare-charts">
      {CHARTS.map((chart) => {
        const data: uPlot.AlignedData = [
          a.time,
          combined(a, idsOf(docA, chart.kinds), chart.series, chart.combine),
          alignedTo(a.time.length, combined(b, idsOf(docB, chart.kinds), chart.series, chart.combine)),
        ];
        return (
          <div key={chart.id} className="es-compare-charts__chart">
            <div className="es-insight__title">
              {chart.title} · <span className="es-compare-tag es-compare-tag--a">A</span> solid, <span className="es-compare-tag es-compare-tag--b">B</span> dashed
            </div>
            <TimeSeriesChart lines={lines} data={data} unit={chart.unit} label={`${chart.title} of A and B`} testId={`compare-chart-${chart.id}`} />
          </div>
        );
      })}
    </div>
  );
}
