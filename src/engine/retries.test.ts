import { describe, expect, it } from 'vitest';
import { deadletter, documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { runFor, serviceIn, topicIn } from './testing/metrics';

type ServiceConfig = Parameters<typeof service>[1];

const failing = (config: ServiceConfig, withDeadLetter = false, keys = 100) =>
  documentOf(
    [
      producer('p', { rate: 50, keys }),
      topic('t'),
      service('s', { processing: { dist: 'exponential', mean: 2 }, ...config }),
      ...(withDeadLetter ? [topic('dlq'), service('d')] : []),
    ],
    [publish('p', 't'), subscribe('t', 's'), ...(withDeadLetter ? [deadletter('s', 'dlq'), subscribe('dlq', 'd')] : [])],
  );

describe('retries', () => {
  it('tries each event maxAttempts times, then drops it when there is no dead-letter topic', () => {
    const snap = runFor(failing({ failureRate: 1, retry: { maxAttempts: 3, backoff: 10, mode: 'blocking' } }), 20_000).snapshot();
    const s = serviceIn(snap, 's');
    const t = topicIn(snap, 't');
    const finished = s.dropped;
    expect(s.processed).toBe(0);
    expect(s.failed).toBe(s.attempts);
    expect(s.attempts).toBeGreaterThanOrEqual(3 * finished);
    expect(s.retried).toBeGreaterThanOrEqual(2 * finished);
    expect(t.received.s).toBe(finished + t.lag.s);
  });

  it('sends events to the dead-letter topic after the last attempt, where its consumer reads them', () => {
    const snap = runFor(failing({ failureRate: 1, retry: { maxAttempts: 2, backoff: 10, mode: 'requeue' } }, true), 20_000).snapshot();
    const s = serviceIn(snap, 's');
    expect(s.deadLettered).toBeGreaterThan(900);
    expect(s.dropped).toBe(0);
    expect(topicIn(snap, 'dlq').appended).toBe(s.deadLettered);
    expect(serviceIn(snap, 'd').processed).toBeGreaterThan(s.deadLettered - 5);
  });

  it('makes (1 − p^m) / (1 − p) attempts per event on average', () => {
    const p = 0.5;
    const snap = runFor(failing({ failureRate: p, retry: { maxAttempts: 3, backoff: 1, mode: 'requeue' } }), 200_000).snapshot();
    const s = serviceIn(snap, 's');
    const events = s.processed + s.dropped;
    expect(s.attempts / events).toBeCloseTo((1 - p ** 3) / (1 - p), 1);
    expect(s.dropped / events).toBeCloseTo(p ** 3, 1);
  });

  it('blocking holds the partition, so order survives failures; requeue lets newer events pass', () => {
    const config = (mode: 'blocking' | 'requeue'): ServiceConfig => ({ failureRate: 0.3, retry: { maxAttempts: 10, backoff: 20, mode } });
    const blocking = serviceIn(runFor(failing(config('blocking'), false, 5), 30_000).snapshot(), 's');
    expect(blocking.retried).toBeGreaterThan(100);
    expect(blocking.orderViolations).toBe(0);
    const requeue = serviceIn(runFor(failing(config('requeue'), false, 5), 30_000).snapshot(), 's');
    expect(requeue.orderViolations).toBeGreaterThan(10);
  });

  it('a blocking retry keeps its worker: with one worker nothing else runs during the backoff', () => {
    const snap = runFor(failing({ failureRate: 1, retry: { maxAttempts: 2, backoff: 1000, mode: 'blocking' } }), 10_000).snapshot();
    const s = serviceIn(snap, 's');
    // Each event holds the only worker for about one backoff: about ten events in ten seconds.
    expect(s.dropped).toBeGreaterThanOrEqual(8);
    expect(s.dropped).toBeLessThanOrEqual(10);
    expect(s.utilization).toBeGreaterThan(0.99);
  });
});
