import { describe, expect, it } from 'vitest';
import type { MetricsHistory, NodeSeries, Point } from '../../engine/metricsHistory';
import { chartData, chartLines, latestValue, nodesToChart } from './metricCharts';

function series(throughput: Point[], p99: Point[] = throughput.map(() => null)): NodeSeries {
  const gap = throughput.map(() => null);
  return { throughput, p50: p99, p99, lag: gap, utilization: gap, failures: gap, staleKeys: gap, consistencyP99: gap };
}

const history: MetricsHistory = {
  time: [0.2, 0.4, 0.6],
  nodes: {
    producer: series([50, 50, 50]),
    topic: series([50, 60, 50]),
    slow: series([5, 5, 5], [10, 20, 30]),
    fast: series([40, 40, 40], [2, 2, 2]),
  },
};

describe('metrics dock charts', () => {
  it('charts the busiest nodes that have the figure when nothing is selected', () => {
    expect(nodesToChart(history, 'throughput', [], [], 2)).toEqual(['producer', 'topic']);
    expect(nodesToChart(history, 'latency', [], [], 3)).toEqual(['fast', 'slow']);
  });

  it('keeps the nodes it charted until another does clearly more work', () => {
    // fast (120 in all) is close to producer (150): it stays; slow (15) gives way to producer.
    expect(nodesToChart(history, 'throughput', [], ['fast', 'topic'], 2)).toEqual(['fast', 'topic']);
    expect(nodesToChart(history, 'throughput', [], ['slow', 'topic'], 2)).toEqual(['producer', 'topic']);
    expect(nodesToChart(history, 'throughput', [], ['gone', 'topic'], 2)).toEqual(['producer', 'topic']);
  });

  it('charts the selected nodes that have the figure, in selection order', () => {
    expect(nodesToChart(history, 'latency', ['slow', 'topic'])).toEqual(['slow']);
    expect(nodesToChart(history, 'throughput', ['slow', 'topic'])).toEqual(['slow', 'topic']);
  });

  it('lays out time then each node’s series, solid then dashed in one colour', () => {
    expect(chartData(history, 'latency', ['slow', 'gone'])).toEqual([
      [0.2, 0.4, 0.6],
      [10, 20, 30],
      [10, 20, 30],
      [null, null, null],
      [null, null, null],
    ]);
    const lines = chartLines('latency', ['slow', 'fast'], (id) => id.toUpperCase(), 'light');
    expect(lines.map((l) => [l.label, l.dashed])).toEqual([
      ['SLOW p99', false],
      ['SLOW p50', true],
      ['FAST p99', false],
      ['FAST p50', true],
    ]);
    expect(lines[0].color).toBe(lines[1].color);
    expect(lines[0].color).not.toBe(lines[2].color);
    expect(latestValue(history, 'slow', 'p99')).toBe(30);
  });
});
