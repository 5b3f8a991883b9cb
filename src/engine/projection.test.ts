import { describe, expect, it } from 'vitest';
import { createSimulation } from './simulation';
import { Projection } from './projection';
import { documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { runFor, serviceIn, topicIn } from './testing/metrics';

describe('Projection', () => {
  it('counts keys whose applied sequence number differs from the truth', () => {
    const p = new Projection(4);
    p.produced(0, 1);
    p.produced(0, 2);
    p.produced(1, 1);
    expect(p.staleKeys).toBe(2);
    expect(p.apply(0, 1)).toBe(0);
    expect(p.staleKeys).toBe(2);
    expect(p.apply(0, 2)).toBe(1);
    expect(p.staleKeys).toBe(1);
    // An old event applied late takes the key back to stale.
    expect(p.apply(0, 1)).toBe(2);
    expect(p.staleKeys).toBe(2);
    p.apply(0, 2);
    p.apply(1, 1);
    expect(p.staleKeys).toBe(0);
    p.clearApplied();
    expect(p.staleKeys).toBe(2);
  });
});

const chain = (rate = 100) =>
  documentOf(
    [
      producer('p', { rate, keys: 20, eventTypes: ['Placed', 'Paid', 'Shipped'] }),
      topic('orders', { partitions: 2 }),
      service('billing', { processing: { dist: 'exponential', mean: 5 } }),
      topic('bills'),
      service('ledger', { processing: { dist: 'exponential', mean: 5 } }),
    ],
    [publish('p', 'orders'), subscribe('orders', 'billing'), publish('billing', 'bills'), subscribe('bills', 'ledger')],
    [{ at: 20_000, node: 'p', type: 'rate', rate: 0, duration: null }],
  );

describe('eventual consistency', () => {
  it('read models lag the truth while events flow and converge when producers stop', () => {
    const sim = createSimulation(chain(), { seed: 5 });
    let sawStale = false;
    for (let t = 500; t < 20_000; t += 500) {
      sim.runUntil(t);
      if (serviceIn(sim.snapshot(), 'ledger').staleKeys > 0) sawStale = true;
    }
    expect(sawStale).toBe(true);
    sim.runUntil(25_000);
    const snap = sim.snapshot();
    expect(serviceIn(snap, 'billing').staleKeys).toBe(0);
    expect(serviceIn(snap, 'ledger').staleKeys).toBe(0);
    const rows = sim.projection('ledger', [0, 1, 2, 19, 20, -1]);
    expect(rows.map((r) => r.key)).toEqual([0, 1, 2, 19]);
    for (const row of rows) {
      expect(row.truth).toBeGreaterThan(0);
      expect(row.applied).toBe(row.truth);
    }
  });

  it('measures the consistency window from produce to apply, growing along a chain', () => {
    const snap = runFor(chain(), 20_000).snapshot();
    const billing = serviceIn(snap, 'billing');
    const ledger = serviceIn(snap, 'ledger');
    // Billing reads straight from the producer's topic: its window is its own latency.
    expect(billing.consistencyMs.mean).toBeCloseTo(billing.latencyMs.mean, 6);
    expect(ledger.consistencyMs.mean).toBeGreaterThan(billing.latencyMs.mean + ledger.latencyMs.mean * 0.9);
  });

  it('publishes follow-up events with the source key and sequence number (the lifecycle carries on)', () => {
    const sim = createSimulation(chain(), { seed: 6 });
    sim.trace(3);
    sim.runUntil(5000);
    const journeys = sim.trace(3);
    const types = new Set(journeys.map((j) => j.type));
    expect(types.has('Placed')).toBe(true);
    expect(types.has('BillingCompleted')).toBe(true);
    const bySeq = new Map<number, string[]>();
    for (const j of journeys) bySeq.set(j.seq, [...(bySeq.get(j.seq) ?? []), j.type]);
    expect([...bySeq.values()].some((t) => t.includes('BillingCompleted') && t.some((x) => x !== 'BillingCompleted'))).toBe(true);
  });
});

describe('replay', () => {
  const doc = (to: 'earliest' | number) =>
    documentOf(
      [producer('p', { rate: 100, keys: 10 }), topic('t'), service('s', { processing: { dist: 'constant', mean: 1 } })],
      [publish('p', 't'), subscribe('t', 's')],
      [
        { at: 10_000, node: 'p', type: 'rate', rate: 0, duration: null },
        { at: 12_000, node: 's', type: 'replay', to, duration: null },
      ],
    );

  it('replay from earliest goes back over the whole log and rebuilds the read model', () => {
    const sim = createSimulation(doc('earliest'), { seed: 7 });
    sim.runUntil(11_000);
    const before = sim.snapshot();
    const appended = topicIn(before, 't').appended;
    expect(serviceIn(before, 's').processed).toBe(appended);
    expect(serviceIn(before, 's').staleKeys).toBe(0);
    sim.runUntil(12_000);
    expect(serviceIn(sim.snapshot(), 's').staleKeys).toBeGreaterThan(0);
    sim.runUntil(30_000);
    const after = sim.snapshot();
    expect(serviceIn(after, 's').processed).toBe(2 * appended);
    expect(topicIn(after, 't').received.s).toBe(2 * appended);
    expect(serviceIn(after, 's').staleKeys).toBe(0);
  });

  it('replay from a time reads only what was appended from then on', () => {
    const sim = runFor(doc(5000), 30_000);
    const snap = sim.snapshot();
    const appended = topicIn(snap, 't').appended;
    const replayed = serviceIn(snap, 's').processed - appended;
    expect(replayed).toBeGreaterThan(appended * 0.4);
    expect(replayed).toBeLessThan(appended * 0.6);
  });

  it('loses what retention removed: a replay cannot bring it back', () => {
    const d = doc('earliest');
    (d.nodes[1].config as { retention: number | null }).retention = 3000;
    const snap = runFor(d, 30_000).snapshot();
    const appended = topicIn(snap, 't').appended;
    // At 12 s the log keeps only what was appended after 9 s: the producer stopped at 10 s, so
    // about one second of events (≈ 100) is replayed; the rest is gone.
    const replayed = serviceIn(snap, 's').processed - appended;
    expect(replayed).toBeGreaterThan(70);
    expect(replayed).toBeLessThan(130);
  });
});
