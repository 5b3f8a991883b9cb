// The report exports as the export menu gives them; loaded on demand (dynamic import), so the
// first load of the app does not carry them.
import { engineClient } from '../engine/engineClient';
import { documentSvg } from '../export/documentSvg';
import { fileNameFor } from '../persistence/fileTransfer';
import { editorStore } from '../store/useEditor';
import { metricsCsv, runReportHtml, type ReportRun } from './runReport';

function runs(): ReportRun[] {
  const s = editorStore.getState();
  const { a, b } = engineClient.runHistories();
  const first: ReportRun = { tag: s.compareDocument ? 'A' : '', document: s.document, metrics: s.metrics, history: a, picture: documentSvg(s.document, s.nodeSizes) };
  if (!s.compareDocument || !b) return [first];
  return [first, { tag: 'B', document: s.compareDocument, metrics: s.compareMetrics, history: b, picture: documentSvg(s.compareDocument, {}) }];
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const baseName = () => fileNameFor(editorStore.getState().document).replace(/\.json$/, '');

/** Downloads the run report (HTML). */
export function exportRunReport(): void {
  const s = editorStore.getState();
  const html = runReportHtml({ runs: runs(), seed: s.seed, now: s.now, madeAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC' });
  download(html, 'text/html', `${baseName()}-report.html`);
}

/** Downloads the metric time series (CSV). */
export function exportMetricsCsv(): void {
  download(metricsCsv(runs()), 'text/csv', `${baseName()}-metrics.csv`);
}
