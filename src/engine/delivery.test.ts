import { describe, expect, it } from 'vitest';
import type { Fault } from '../model/types';
import { documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { runFor, serviceIn, topicIn } from './testing/metrics';

const chain = (idempotent: boolean, faults: Fault[]) =>
  documentOf(
    [
      producer('p', { rate: 200, keys: 50 }),
      topic('t1', { partitions: 2 }),
      service('a', { instances: 2, processing: { dist: 'exponential', mean: 2 }, idempotent }),
      topic('t2'),
      service('b', { processing: { dist: 'exponential', mean: 1 }, idempotent }),
    ],
    [publish('p', 't1'), subscribe('t1', 'a'), publish('a', 't2'), subscribe('t2', 'b')],
    faults,
  );

const crashes: Fault[] = [2500, 7700, 12_300, 17_900].map((at) => ({ at, node: 'a', type: 'crash' as const, duration: 500 }));

describe('at-least-once delivery', () => {
  it('delivers again what a crashed instance had not committed: duplicates, applied twice downstream too', () => {
    const snap = runFor(chain(false, crashes), 25_000).snapshot();
    const a = serviceIn(snap, 'a');
    const t1 = topicIn(snap, 't1');
    expect(a.duplicates).toBeGreaterThan(50);
    // Each event counts once as processed; a duplicate is applied and published again.
    expect(t1.received.a).toBe(a.processed + t1.lag.a);
    expect(topicIn(snap, 't2').appended).toBe(a.processed + a.duplicates);
    expect(serviceIn(snap, 'b').duplicates).toBeGreaterThan(0);
  });

  it('an idempotent service recognises events it already applied and skips them', () => {
    const snap = runFor(chain(true, crashes), 25_000).snapshot();
    const a = serviceIn(snap, 'a');
    expect(a.duplicates).toBeGreaterThan(50);
    expect(topicIn(snap, 't2').appended).toBe(a.processed);
    expect(serviceIn(snap, 'b').duplicates).toBe(0);
  });

  it('loses nothing across crashes: after the last recovery every key converges to the truth', () => {
    const doc = chain(false, [...crashes, { at: 20_000, node: 'p', type: 'rate', rate: 0, duration: null }]);
    const sim = runFor(doc, 30_000);
    const snap = sim.snapshot();
    expect(serviceIn(snap, 'a').staleKeys).toBe(0);
    expect(serviceIn(snap, 'b').staleKeys).toBe(0);
    for (const row of sim.projection('b', [0, 1, 2, 3])) expect(row.applied).toBe(row.truth);
  });
});
