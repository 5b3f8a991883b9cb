// The Metrics tab: one live chart of a chosen figure for the selected nodes (the busiest few when
// nothing is selected), with a legend of their newest values in type large enough to project.
import { useMemo, useState } from 'react';
import { useEditor } from '../store/useEditor';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import { formatValue } from './charts/chartUnits';
import { seriesColor } from './charts/seriesColors';
import { TimeSeriesChart } from './charts/LazyTimeSeriesChart';
import { chartData, chartLines, latestValue, METRIC_IDS, METRICS, type MetricId, nodesToChart } from './insight/metricCharts';
import { useNodeLabels } from './insight/useNodeLabels';

const SEPARATOR = '\u0000';

export function MetricsDockCharts() {
  const [metric, setMetric] = useState<MetricId>('throughput');
  const history = useEditor((state) => state.metricsHistory);
  const selected = useEditor((state) => state.selection.nodes);
  const labelOf = useNodeLabels();
  const theme = useResolvedTheme();
  const spec = METRICS[metric];

  // The nodes as one string, so the chart is re-created only when they change, not on every point;
  // the busiest charted so far are remembered, so near ties do not swap the lines.
  const [keptKey, setKeptKey] = useState('');
  const nodes = useMemo(() => (keptKey === '' ? [] : keptKey.split(SEPARATOR)), [keptKey]);
  const nodesKey = nodesToChart(history, metric, selected, selected.length > 0 ? [] : nodes).join(SEPARATOR);
  if (nodesKey !== keptKey) setKeptKey(nodesKey);
  const lines = useMemo(() => chartLines(metric, nodes, labelOf, theme), [metric, nodes, labelOf, theme]);
  const data = useMemo(() => chartData(history, metric, nodes), [history, metric, nodes]);

  const which = selected.length > 0 ? 'Selected nodes' : nodes.length > 0 ? `The busiest ${nodes.length === 1 ? 'node' : `${nodes.length} nodes`} · select nodes to choose` : '';
  return (
    <div className="es-insight es-metrics" data-testid="metrics-panel">
      <div className="es-insight__bar">
        <div className="es-segmented" role="group" aria-label="Figure">
          {METRIC_IDS.map((id) => (
            <button
              key={id}
              type="button"
              aria-pressed={id === metric}
              className="es-segmented__option"
              data-testid={`metric-${id}`}
              onClick={() => setMetric(id)}
            >
              {METRICS[id].name}
            </button>
          ))}
        </div>
        <span className="es-insight__note">{which}</span>
      </div>
      {history.time.length < 2 ? (
        <p className="es-insight__empty">Press play: {spec.title.toLowerCase()} appears here as the run goes on.</p>
      ) : nodes.length === 0 ? (
        <p className="es-insight__empty">The selected nodes have no {spec.name.toLowerCase()}: it applies to {metric === 'utilization' ? 'services' : 'other kinds of node'}.</p>
      ) : (
        <div className="es-metrics__main">
          <div className="es-metrics__chart">
            <div className="es-insight__title">{spec.title}</div>
            <TimeSeriesChart lines={lines} data={data} unit={spec.unit} label={`${spec.title} of ${nodes.map(labelOf).join(', ')}`} testId="metrics-chart" />
          </div>
          <div className="es-legend-box">
            <ul className="es-legend-list" data-testid="metrics-legend">
              {nodes.map((id, index) => (
                <li key={id} className="es-legend-list__item">
                  <span className="es-legend-list__swatch" style={{ background: seriesColor(index, theme) }} aria-hidden="true" />
                  <span className="es-legend-list__label">{labelOf(id)}</span>
                  {spec.series.map((name) => (
                    <span key={name} className="es-legend-list__value">
                      {spec.series.length > 1 && <span className="es-legend-list__series">{name}</span>}
                      {formatValue(latestValue(history, id, name), spec.unit)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
