// The run report from a real run: every node's final figures, both runs' charts, the fault script;
// the CSV has a row per run, point and node.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/simulation';
import { documentOf, producer, publish, service, subscribe, topic } from '../../src/engine/testing/buildDocument';
import { appendSnapshot, EMPTY_HISTORY, type MetricsHistory } from '../engine/metricsHistory';
import { metricsCsv, runReportHtml, type ReportRun } from './runReport';

const doc = documentOf(
  [producer('orders', { rate: 50 }), topic('log'), service('billing')],
  [publish('orders', 'log'), subscribe('log', 'billing')],
  [{ at: 2000, node: 'billing', type: 'slow', factor: 10, duration: 1000 }],
);

function run(tag: string): ReportRun {
  const sim = createSimulation(doc);
  sim.trackRecent();
  let history: MetricsHistory = EMPTY_HISTORY;
  let previous = null;
  for (let t = 1000; t <= 5000; t += 1000) {
    sim.runUntil(t);
    const snapshot = sim.snapshot();
    history = appendSnapshot(history, previous, snapshot, sim.recent());
    previous = snapshot;
  }
  return { tag, document: { ...doc, name: `Run ${tag}` }, metrics: sim.snapshot(), history, picture: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' };
}

describe('run report', () => {
  it('holds both runs: charts with A solid and B dashed, faults and every node’s final figures', () => {
    const a = run('A');
    const html = runReportHtml({ runs: [a, run('B')], seed: 1, now: 5000, madeAt: '2026-01-01 10:00 UTC' });
    expect(html).toContain('<title>Run A vs Run B — Eventscape run report</title>');
    expect(html.match(/<svg[^>]*class="chart"/g)).toHaveLength(4);
    expect(html).toContain('stroke-dasharray');
    expect(html).toContain('data-run="B"');
    expect(html).toContain('<td>2 s</td><td>billing</td><td>slow (factor 10)</td><td>1 s</td>');
    const produced = a.metrics?.nodes.orders.kind === 'producer' ? a.metrics.nodes.orders.produced : -1;
    expect(html).toContain(`<b>produced</b> ${produced}`);
    expect(html).not.toContain('<script');
  });

  it('writes the series as CSV, a row per run, point and node', () => {
    const csv = metricsCsv([run('A'), run('B')]).trim().split('\n');
    expect(csv[0]).toBe('run,time_s,node,throughput,p50,p99,lag,utilization,failures,staleKeys,consistencyP99');
    expect(csv).toHaveLength(1 + 2 * 5 * 3);
    expect(csv[1].startsWith('A,1,orders,,')).toBe(true);
  });
});
