// The table view of a processor, in its inspector while the simulation runs: its figures (in, out,
// late, filtered, watermark), for a windowed aggregate the engine's result beside the true count by
// event time, the current rows (key → value, window) with recently changed ones highlighted, and
// for a stream–table join which table version each recent event saw. The worker sends the rows at
// the metrics rate, only while this view is open.
import { useEffect } from 'react';
import type { ProcessorMetrics, ProcessorTable, StreamRow } from '../../src/engine/api';
import { formatMs } from '../canvas/summaries';
import { editorStore, useEditor } from '../store/useEditor';
import '../styles/streams.css';

/** A row changed this recently (simulated ms) is highlighted. */
const CHANGED_MS = 600;

function seconds(ms: number | null): string {
  return ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`;
}

function windowOf(row: StreamRow): string {
  return row.start === null ? 'table' : `${seconds(row.start)} – ${seconds(row.end)}`;
}

function Figures({ m }: { m: ProcessorMetrics }) {
  const w = m.windowed;
  const noun = w?.fn === 'sum' ? 'sum' : 'count';
  return (
    <dl className="es-stream-figures" data-testid="stream-figures">
      <dt>In</dt>
      <dd data-testid="stream-in">{m.in.toLocaleString('en-US')}</dd>
      <dt>Out</dt>
      <dd data-testid="stream-out">{m.out.toLocaleString('en-US')}</dd>
      <dt>Late</dt>
      <dd data-testid="stream-late" className={m.late > 0 ? 'is-wrong' : undefined}>
        {m.late.toLocaleString('en-US')}
        {m.lateSent > 0 ? ` (${m.lateSent.toLocaleString('en-US')} to side output)` : ''}
      </dd>
      <dt>Filtered</dt>
      <dd>{m.filtered.toLocaleString('en-US')}</dd>
      {m.repartitioned > 0 && (
        <>
          <dt>Repartitioned</dt>
          <dd>{m.repartitioned.toLocaleString('en-US')}</dd>
        </>
      )}
      <dt>Watermark</dt>
      <dd data-testid="stream-watermark">{seconds(m.watermark)}</dd>
      <dt>Watermark lag</dt>
      <dd title="Simulated time now minus the watermark: how long results wait">{m.watermarkLagMs === null ? '–' : formatMs(Math.max(0, m.watermarkLagMs))}</dd>
      <dt>Open windows</dt>
      <dd data-testid="stream-open">{m.openWindows}</dd>
      {w && (
        <>
          <dt title="Total of every closed window's final value">Engine {noun}</dt>
          <dd data-testid="stream-engine">{w.engine.toLocaleString('en-US')}</dd>
          <dt title="What a perfect processor, waiting for every event, would have said for the same windows">True {noun}</dt>
          <dd data-testid="stream-truth" className={w.truth !== w.engine ? 'is-wrong' : undefined}>
            {w.truth.toLocaleString('en-US')}
            {w.truth > 0 && w.truth !== w.engine ? ` (${(((w.truth - w.engine) / w.truth) * 100).toFixed(1)}% missing)` : ''}
          </dd>
          <dt title="Mean time from a window's end to its result: what waiting for late events costs">Result delay</dt>
          <dd data-testid="stream-delay">{formatMs(w.resultDelayMs)}</dd>
        </>
      )}
      {m.join && (
        <>
          <dt>Joins with a row</dt>
          <dd>{m.join.matched.toLocaleString('en-US')}</dd>
          <dt>Joins without</dt>
          <dd data-testid="stream-unmatched">{m.join.unmatched.toLocaleString('en-US')}</dd>
          <dt title="Table updates that arrived after an order with a later event time had already joined">Updates too late</dt>
          <dd data-testid="stream-late-updates">{m.join.lateUpdates.toLocaleString('en-US')}</dd>
        </>
      )}
    </dl>
  );
}

function Rows({ table }: { table: ProcessorTable }) {
  if (table.rows.length === 0) return <p className="es-muted">{table.state === 'none' ? 'A stateless pipeline keeps no rows.' : 'No rows yet.'}</p>;
  return (
    <table data-testid="stream-table">
      <thead>
        <tr>
          <th>key</th>
          <th>window</th>
          <th>value</th>
          <th title="With the late events the window missed">true</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => {
          const changed = !row.closed && table.now - row.changedAt <= CHANGED_MS;
          return (
            <tr key={`${row.key}:${row.start}:${row.closed}`} className={row.closed ? 'is-closed' : changed ? 'is-changed' : undefined} data-testid="stream-row" data-closed={row.closed}>
              <td>k{row.key}</td>
              <td>{windowOf(row)}{row.closed ? ' (closed)' : ''}</td>
              <td>{row.value.toLocaleString('en-US')}</td>
              <td className={row.truth !== row.value ? 'is-wrong' : undefined}>{row.truth.toLocaleString('en-US')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Joins({ table }: { table: ProcessorTable }) {
  if (table.joins.length === 0) return null;
  return (
    <table data-testid="stream-joins">
      <thead>
        <tr>
          <th>key</th>
          <th>event time</th>
          <th title="The version of the key's table row the event was joined with">saw</th>
          <th>now</th>
        </tr>
      </thead>
      <tbody>
        {table.joins.slice(0, 12).map((join, index) => (
          <tr key={index}>
            <td>k{join.key}</td>
            <td>{seconds(join.eventTime)}</td>
            <td className={join.versionSeen === 0 ? 'is-wrong' : undefined}>{join.versionSeen === 0 ? 'no row' : `v${join.versionSeen}`}</td>
            <td>v{join.versionNow}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The worker reports one processor's rows at a time; views open at once (inspector and Streams tab)
// count here, so closing one leaves the others' processor watched.
const openViews = new Map<string, number>();

function watch(id: string): () => void {
  openViews.set(id, (openViews.get(id) ?? 0) + 1);
  editorStore.getState().watchProcessor(id);
  return () => {
    const left = (openViews.get(id) ?? 1) - 1;
    if (left > 0) openViews.set(id, left);
    else openViews.delete(id);
    const next = openViews.keys().next();
    editorStore.getState().watchProcessor(next.done ? null : next.value);
  };
}

export function StreamTableView({ id }: { id: string }) {
  const running = useEditor((state) => state.status !== 'idle');
  const metrics = useEditor((state) => {
    const m = state.metrics?.nodes[id];
    return m && m.kind === 'processor' ? m : null;
  });
  const table = useEditor((state) => (state.processorTable && state.processorTable.node === id ? state.processorTable : null));
  useEffect(() => {
    if (!running) return;
    return watch(id);
  }, [id, running]);
  if (!running) return null;
  return (
    <section className="es-inspector__group es-stream-table" aria-label="Table view" data-testid="stream-table-view">
      <h3 className="es-inspector__group-title">Table view</h3>
      {metrics && <Figures m={metrics} />}
      {table && <Rows table={table} />}
      {table && <Joins table={table} />}
    </section>
  );
}
