import { describe, expect, it } from 'vitest';
import type { MetricsSnapshot, ServiceMetrics } from '../../src/engine/api';
import { appendSnapshot, EMPTY_HISTORY, HISTORY_LENGTH } from './metricsHistory';

const summary = (p99: number) => ({ count: 1, mean: p99 / 2, p50: p99 / 2, p95: p99, p99, max: p99 });

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
  };
}

describe('metrics history', () => {
  it('turns cumulative counters into rates per simulated second and reads levels as they are', () => {
    const first = snapshot(1000, 100);
    const second = snapshot(1500, 150, 5);
    const history = appendSnapshot(appendSnapshot(EMPTY_HISTORY, null, first), first, second);
    expect(history.time).toEqual([1, 1.5]);
    expect(history.nodes.s.throughput).toEqual([null, 100]);
    expect(history.nodes.s.failures).toEqual([null, 10]);
    expect(history.nodes.s.lag).toEqual([7, 7]);
    expect(history.nodes.s.p99).toEqual([40, 40]);
    expect(history.nodes.s.consistencyP99).toEqual([90, 90]);
    expect(history.nodes.t.utilization).toEqual([null, null]);
  });

  it('keeps the last points only, and starts over when time goes back (a reset)', () => {
    let history = EMPTY_HISTORY;
    let previous: MetricsSnapshot | null = null;
    for (let i = 1; i <= HISTORY_LENGTH + 10; i++) {
      const next = snapshot(i * 200, i);
      history = appendSnapshot(history, previous, next);
      previous = next;
    }
    expect(history.time).toHaveLength(HISTORY_LENGTH);
    expect(history.nodes.s.throughput).toHaveLength(HISTORY_LENGTH);
    expect(history.time[0]).toBeCloseTo(11 * 0.2, 9);
    const restarted = appendSnapshot(history, previous, snapshot(200, 1));
    expect(restarted.time).toEqual([0.2]);
    expect(restarted.nodes.s.throughput).toEqual([null]);
  });
});
