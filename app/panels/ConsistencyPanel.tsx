// The Consistency tab: a service's read model against the truth. A table of a handful of keys
// (applied and newest produced sequence number, stale rows marked), the number of stale keys, and
// how both the stale keys and the consistency lag (p99 produce → apply) move over time.
import './insight/consistency.css';
import { useEffect, useMemo, useState } from 'react';
import { editorStore, useEditor } from '../store/useEditor';
import { useResolvedTheme } from '../theme/useResolvedTheme';
import type { ChartLine } from './charts/chartOptions';
import { formatValue } from './charts/chartUnits';
import { seriesColor } from './charts/seriesColors';
import { TimeSeriesChart } from './charts/LazyTimeSeriesChart';
import { latestValue, seriesData } from './insight/metricCharts';
import { isStale, shownRows, watchedKeys } from './insight/projectionRows';
import { useNodeLabels } from './insight/useNodeLabels';

const SEPARATOR = '\u0000';

/** Ids of the services and orchestrators, as one string (stable while nodes are dragged). */
function useServiceIds(): string[] {
  const key = useEditor((state) =>
    state.document.nodes
      .filter((node) => node.kind === 'service' || node.kind === 'orchestrator')
      .map((node) => node.id)
      .join(SEPARATOR),
  );
  return useMemo(() => (key === '' ? [] : key.split(SEPARATOR)), [key]);
}

/** The largest key space of the document's sources. */
function useKeySpace(): number {
  return useEditor((state) =>
    state.document.nodes.reduce((most, node) => (node.kind === 'producer' || node.kind === 'client' ? Math.max(most, node.config.keys) : most), 0),
  );
}

function ConsistencyChart({ service, series, title, testId }: { service: string; series: 'staleKeys' | 'consistencyP99'; title: string; testId: string }) {
  const history = useEditor((state) => state.metricsHistory);
  const theme = useResolvedTheme();
  const unit = series === 'staleKeys' ? 'count' : 'ms';
  const lines = useMemo<ChartLine[]>(() => [{ label: title, color: seriesColor(series === 'staleKeys' ? 1 : 0, theme) }], [title, series, theme]);
  const data = useMemo(() => seriesData(history, service, series), [history, service, series]);
  return (
    <div className="es-consistency__chart">
      <div className="es-insight__title">
        {title} <strong>{formatValue(latestValue(history, service, series), unit)}</strong>
      </div>
      <TimeSeriesChart lines={lines} data={data} unit={unit} label={`${title} over time`} testId={testId} />
    </div>
  );
}

export function ConsistencyPanel() {
  const services = useServiceIds();
  const labelOf = useNodeLabels();
  const keySpace = useKeySpace();
  const selectedService = useEditor((state) => {
    const [only] = state.selection.nodes;
    return state.selection.nodes.length === 1 && services.includes(only) ? only : null;
  });
  const [chosen, setChosen] = useState<string | null>(null);
  // A service selected on the canvas takes over from the one chosen in the list.
  const [followed, setFollowed] = useState(selectedService);
  if (selectedService !== followed) {
    setFollowed(selectedService);
    if (selectedService !== null) setChosen(null);
  }
  const service = chosen !== null && services.includes(chosen) ? chosen : (selectedService ?? services[0] ?? null);
  const keys = useMemo(() => watchedKeys(keySpace), [keySpace]);
  const projection = useEditor((state) => (state.projection && state.projection.node === service ? state.projection : null));
  const staleKeys = useEditor((state) => {
    const m = service === null ? undefined : state.metrics?.nodes[service];
    return m && (m.kind === 'service' || m.kind === 'orchestrator') ? m.staleKeys : null;
  });

  useEffect(() => {
    const { watchProjection } = editorStore.getState();
    watchProjection(service, keys);
    return () => watchProjection(null, []);
  }, [service, keys]);

  if (service === null) {
    return <p className="es-insight__empty">Add a service: its read model against the truth shows here.</p>;
  }
  const rows = projection ? shownRows(projection.rows) : [];
  return (
    <div className="es-insight es-consistency" data-testid="consistency-panel">
      <div className="es-consistency__side">
        <div className="es-insight__bar">
          <label className="es-insight__pick">
            <span>Service</span>
            <select className="es-select" value={service} onChange={(event) => setChosen(event.target.value)} data-testid="consistency-service">
              {services.map((id) => (
                <option key={id} value={id}>
                  {labelOf(id)}
                </option>
              ))}
            </select>
          </label>
          <span className="es-consistency__stale" data-testid="stale-keys" data-stale={staleKeys ?? ''}>
            {staleKeys === null ? 'not running' : `${staleKeys} stale ${staleKeys === 1 ? 'key' : 'keys'}`}
          </span>
        </div>
        {rows.length === 0 ? (
          <p className="es-insight__empty">
            {keySpace === 0 ? 'No producer feeds this service yet.' : 'Press play: keys, what this service applied and what its sources produced show here.'}
          </p>
        ) : (
          <table className="es-table" data-testid="projection-table">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Applied seq</th>
                <th scope="col">Truth seq</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={isStale(row) ? 'is-stale' : undefined} data-stale={isStale(row)}>
                  <td>{row.key}</td>
                  <td>{row.applied}</td>
                  <td>
                    {row.truth}
                    {isStale(row) && <span className="es-table__tag">stale</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="es-consistency__charts">
        <ConsistencyChart service={service} series="staleKeys" title="Stale keys" testId="stale-chart" />
        <ConsistencyChart service={service} series="consistencyP99" title="Consistency lag p99, last 1–2 s" testId="consistency-chart" />
      </div>
    </div>
  );
}
