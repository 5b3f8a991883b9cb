// The run report: one self-contained HTML file a teacher hands out after a workshop — for each run
// (A, and B when comparing) the topology picture, the fault script, charts of the whole run and
// the final figures of every node — and the metric time series as CSV. No script, no external file.
import type { MetricsSnapshot, NodeMetrics } from '../../src/engine/api';
import type { TopologyDocument } from '../../src/model/types';
import { escapeXml } from '../export/documentSvg';
import { SERIES_NAMES, type MetricsHistory, type SeriesName } from '../engine/metricsHistory';
import { svgLineChart, type ReportLine } from './svgLineChart';

export interface ReportRun {
  /** "A" or "B" in compare mode, "" alone. */
  tag: string;
  document: TopologyDocument;
  metrics: MetricsSnapshot | null;
  history: MetricsHistory;
  /** The topology as SVG text (documentSvg). */
  picture: string;
}

export interface ReportInput {
  runs: ReportRun[];
  seed: number;
  /** Simulated ms the run reached. */
  now: number;
  /** When the report was made, as the reader should see it. */
  madeAt: string;
}

const COLORS = ['#3563d9', '#c2561a', '#23875a', '#7c48c9', '#b86e00', '#0c8a9c', '#d03b3b', '#5f6b7c'];

const CHARTS: { series: SeriesName; title: string }[] = [
  { series: 'throughput', title: 'Throughput (per simulated second)' },
  { series: 'p99', title: 'p99 latency, recent (ms)' },
  { series: 'lag', title: 'Lag and waiting work' },
  { series: 'failures', title: 'Failures (per simulated second)' },
];

const number = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : (Math.round(v * 100) / 100).toLocaleString('en-US'));

/** A node's final figures as "name value" pairs: counters, latency p50/p99, per-group records summed. */
export function figuresOf(m: NodeMetrics): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(m)) {
    if (key === 'kind') continue;
    if (typeof value === 'number') pairs.push([key, number(value)]);
    else if (Array.isArray(value)) pairs.push([key, value.map((v) => number(Number(v))).join(' / ')]);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.p99 === 'number' && typeof record.count === 'number') {
        if (record.count > 0) pairs.push([key, `p50 ${number(Number(record.p50))} · p99 ${number(record.p99)} ms`]);
      } else {
        const entries = Object.entries(record).filter(([, v]) => typeof v === 'number');
        if (entries.length > 0) pairs.push([key, entries.map(([k, v]) => `${k} ${number(v as number)}`).join(', ')]);
      }
    }
  }
  return pairs;
}

function nodesTable(run: ReportRun): string {
  if (!run.metrics) return '<p>The run has not started.</p>';
  const labels = new Map(run.document.nodes.map((n) => [n.id, n.label]));
  const rows = Object.entries(run.metrics.nodes).map(
    ([id, m]) =>
      `<tr><th>${escapeXml(labels.get(id) ?? id)}<div class="kind">${escapeXml(m.kind)} · ${escapeXml(id)}</div></th><td>${figuresOf(m)
        .map(([k, v]) => `<span class="fig"><b>${escapeXml(k)}</b> ${escapeXml(v)}</span>`)
        .join(' ')}</td></tr>`,
  );
  return `<table class="nodes"><tbody>${rows.join('')}</tbody></table>`;
}

function faultsTable(doc: TopologyDocument): string {
  if (doc.faults.length === 0) return '<p>No faults.</p>';
  const rows = doc.faults.map((f) => {
    const { at, node, type, duration, ...rest } = f;
    const detail = Object.entries(rest)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ');
    return `<tr><td>${number(at / 1000)} s</td><td>${escapeXml(node)}</td><td>${escapeXml(type)}${detail ? ` (${escapeXml(detail)})` : ''}</td><td>${duration === null ? 'until the end' : `${number(duration / 1000)} s`}</td></tr>`;
  });
  return `<table class="faults"><thead><tr><th>At</th><th>Node</th><th>Fault</th><th>Lasts</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function chartsOf(runs: ReportRun[]): string {
  return CHARTS.map(({ series, title }) => {
    const lines: ReportLine[] = [];
    let time: readonly number[] = runs[0].history.time;
    runs.forEach((run, r) => {
      if (r === 0) time = run.history.time;
      const ids = Object.keys(run.history.nodes).filter((id) => run.history.nodes[id][series].some((v) => v !== null && v !== 0));
      const labels = new Map(run.document.nodes.map((n) => [n.id, n.label]));
      ids.slice(0, 6).forEach((id, i) => {
        const values = run.history.nodes[id][series];
        // B's series end with A's (both were recorded together): align them on A's times.
        const aligned = values.length >= time.length ? values.slice(values.length - time.length) : [...new Array<null>(time.length - values.length).fill(null), ...values];
        lines.push({ label: `${run.tag ? `${run.tag}: ` : ''}${labels.get(id) ?? id}`, color: COLORS[i % COLORS.length], dashed: r === 1, values: aligned });
      });
    });
    return svgLineChart(runs.length > 1 ? `${title} · A solid, B dashed` : title, time, lines);
  }).join('\n');
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;color:#1c2330;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #dce1e8;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}.meta{color:#5f6b7c}.picture svg{max-width:100%;height:auto;border:1px solid #dce1e8;border-radius:6px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:12px}.chart{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #dce1e8;padding:4px 6px;text-align:left;vertical-align:top}
.kind{font-weight:400;color:#5f6b7c;font-size:12px}.fig{display:inline-block;margin:0 12px 2px 0;white-space:nowrap}.fig b{font-weight:500;color:#5f6b7c}
.tag{display:inline-block;width:20px;text-align:center;border-radius:4px;color:#fff;font-size:12px;margin-right:6px}.tag-A{background:#3563d9}.tag-B{background:#c2561a}`;

/** The report as the text of one HTML file. */
export function runReportHtml(input: ReportInput): string {
  const title = input.runs.map((run) => run.document.name).join(' vs ');
  const sections = input.runs.map(
    (run) => `<section class="run" data-run="${escapeXml(run.tag || 'A')}">
<h2>${run.tag ? `<span class="tag tag-${run.tag}">${run.tag}</span>` : ''}${escapeXml(run.document.name)}</h2>
<div class="picture">${run.picture}</div>
<h3>Fault script</h3>${faultsTable(run.document)}
<h3>Final figures of every node</h3>${nodesTable(run)}
</section>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)} — Eventscape run report</title><style>${STYLE}</style></head>
<body><h1>${escapeXml(title)}</h1>
<p class="meta">Eventscape run report · ${number(input.now / 1000)} simulated seconds · seed ${input.seed} · made ${escapeXml(input.madeAt)}${input.runs.length > 1 ? ' · A and B ran on one clock and seed' : ''}</p>
<h2>Charts</h2><div class="charts" data-testid="report-charts">${chartsOf(input.runs)}</div>
${sections.join('\n')}
</body></html>
`;
}

const csvCell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The time series of every run and node as CSV: one row per run, time and node. */
export function metricsCsv(runs: ReportRun[]): string {
  const rows = [['run', 'time_s', 'node', ...SERIES_NAMES].join(',')];
  for (const run of runs) {
    const { time, nodes } = run.history;
    time.forEach((t, i) => {
      for (const [id, series] of Object.entries(nodes)) rows.push([run.tag || 'A', t, id, ...SERIES_NAMES.map((name) => series[name][i] ?? null)].map(csvCell).join(','));
    });
  }
  return `${rows.join('\n')}\n`;
}
