import { describe, expect, it } from 'vitest';
import type { MetricsSnapshot, RecentMetrics, ServiceMetrics } from '../../src/engine/api';
import { appendSnapshot, EMPTY_HISTORY, HISTORY_LENGTH } from './metricsHistory';

const summary = (p99: number, count = 1) => ({ count, mean: p99 / 2, p50: p99 / 2, p95: p99, p99, max: p99 });
/** What the worker sends with a snapshot: the service's latency of the last simulated second or two. */
const recent = (p99: number, count = 1): Record<string, RecentMetrics> => ({ s: { latencyMs: summary(p99, count), waitMs: summary(1, count), consistencyMs: summary(p99 * 2, count) } });

function service(processed: number, failed: number): ServiceMetrics {
  return {
    kind: 'service', processed, requests: 0, requestsProcessed: 0, attempts: processed + failed, failed, retried: 0, deadLettered: 0, dropped: 0, rejected: 0,
    timedOut: 0, duplicates: 0, orderViolations: 0, staleKeys: 4, wasted: 0, utilization: 0.5, busy: 1, workers: 2,
    liveInstances: 1, waiting: 0, latencyMs: summary(40), waitMs: summary(10), consistencyMs: summary(90),
  };
}

function snapshot(now: number, processed: number, failed = 0): MetricsSnapshot {
  return {
    now,
    engineEvents: processed,
    nodes: {
      t: { kind: 'topic', appended: processed, lag: { s: 7 }, expired: {}, dropped: {}, received: { s: processed }, partitionSizes: [processed] },
      s: service(processed, failed),
    },
    calls: {},
  };
}

describe('metrics history', () => {
  it('turns cumulative counters into rates per simulated second and reads levels as they are', () => {
    const first = snapshot(1000, 100);
    const second = snapshot(1500, 150, 5);
    const history = appendSnapshot(appendSnapshot(EMPTY_HISTORY, null, first, recent(12)), first, second, recent(12));
    expect(history.time).toEqual([1, 1.5]);
    expect(history.nodes.s.throughput).toEqual([null, 100]);
    expect(history.nodes.s.failures).toEqual([null, 10]);
    expect(history.nodes.s.lag).toEqual([7, 7]);
    expect(history.nodes.s.p99).toEqual([12, 12]);
    expect(history.nodes.s.p50).toEqual([6, 6]);
    expect(history.nodes.s.consistencyP99).toEqual([24, 24]);
    expect(history.nodes.t.utilization).toEqual([null, null]);
  });

  it('keeps the last points only, and starts over when time goes back (a reset)', () => {
    let history = EMPTY_HISTORY;
    let previous: MetricsSnapshot | null = null;
    for (let i = 1; i <= HISTORY_LENGTH + 10; i++) {
      const next = snapshot(i * 200, i);
      history = appendSnapshot(history, previous, next, recent(12));
      previous = next;
    }
    expect(history.time).toHaveLength(HISTORY_LENGTH);
    expect(history.nodes.s.throughput).toHaveLength(HISTORY_LENGTH);
    expect(history.time[0]).toBeCloseTo(11 * 0.2, 9);
    const restarted = appendSnapshot(history, previous, snapshot(200, 1), recent(12));
    expect(restarted.time).toEqual([0.2]);
    expect(restarted.nodes.s.throughput).toEqual([null]);
  });

  it('charts latency of the recent past: a slow spell leaves the line when it is over, and a quiet spell is a gap', () => {
    const points = [recent(500), recent(500), recent(8), recent(0, 0)];
    let history = EMPTY_HISTORY;
    let previous: MetricsSnapshot | null = null;
    points.forEach((latest, i) => {
      // The cumulative p99 stays at 40 throughout: the chart must not follow it.
      const next = snapshot((i + 1) * 200, i);
      history = appendSnapshot(history, previous, next, latest);
      previous = next;
    });
    expect(history.nodes.s.p99).toEqual([500, 500, 8, null]);
    expect(history.nodes.s.consistencyP99).toEqual([1000, 1000, 16, null]);
    expect(history.nodes.t.p99).toEqual([null, null, null, null]);
  });
});
