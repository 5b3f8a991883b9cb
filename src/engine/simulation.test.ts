import { describe, expect, it } from 'vitest';
import type { InFlightMessage } from './api';
import { MessageFlag } from './api';
import { HOP_MS } from './hops';
import { createSimulation } from './simulation';
import { client, documentOf, mm1, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { runFor, serviceIn } from './testing/metrics';

describe('createSimulation', () => {
  it('is deterministic: same document and seed give identical metrics; another seed differs', () => {
    const doc = mm1(50, 80);
    const a = JSON.stringify(runFor(doc, 20_000, 9).snapshot());
    const b = JSON.stringify(runFor(doc, 20_000, 9).snapshot());
    const c = JSON.stringify(runFor(doc, 20_000, 10).snapshot());
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('uses the document seed by default', () => {
    const doc = { ...mm1(50, 80), seed: 9 };
    expect(JSON.stringify(createSimulationAt(doc, 5000))).toBe(JSON.stringify(runFor(doc, 5000, 9).snapshot()));
  });

  it('moves the clock to the requested time and steps one engine event at a time', () => {
    const sim = createSimulation(mm1(50, 80));
    sim.runUntil(1234.5);
    expect(sim.now).toBe(1234.5);
    const events = sim.snapshot().engineEvents;
    expect(sim.step()).toBe(true);
    expect(sim.snapshot().engineEvents).toBe(events + 1);
    expect(sim.now).toBeGreaterThanOrEqual(1234.5);
  });

  it('answers the requests of a client that calls nobody at once', () => {
    const snap = runFor(documentOf([client('web', { rate: 20, arrival: 'constant' })], []), 1000).snapshot();
    expect(snap.nodes.web).toMatchObject({ kind: 'client', requests: 20, succeeded: 20, failed: 0, attempts: 0, open: 0 });
  });

  it('forgets counters on resetMetrics but keeps state', () => {
    const sim = runFor(mm1(50, 80), 10_000);
    sim.resetMetrics();
    expect(serviceIn(sim.snapshot(), 'server').processed).toBe(0);
    sim.runUntil(20_000);
    const s = serviceIn(sim.snapshot(), 'server');
    expect(s.processed).toBeGreaterThan(400);
    expect(s.latencyMs.count).toBe(s.processed);
  });
});

function createSimulationAt(doc: ReturnType<typeof mm1>, t: number) {
  const sim = createSimulation(doc);
  sim.runUntil(t);
  return sim.snapshot();
}

describe('messages in flight', () => {
  it('carries events along publish edges for their latency: on average λ × latency in flight', () => {
    const doc = documentOf(
      [producer('p', { rate: 200 }), topic('t'), service('s', { processing: { dist: 'exponential', mean: 1 } })],
      [publish('p', 't', { latency: { dist: 'constant', mean: 50 } }), subscribe('t', 's')],
    );
    const sim = createSimulation(doc, { seed: 2 });
    let total = 0;
    let samples = 0;
    for (let t = 1000; t <= 20_000; t += 97) {
      sim.runUntil(t);
      let publishes = 0;
      sim.forEachInFlight((m) => {
        if (m.edgeIndex === 0) {
          publishes++;
          expect(m.arriveTime - m.sendTime).toBeCloseTo(50, 6);
          expect(m.sendTime).toBeLessThanOrEqual(t);
          expect(m.arriveTime).toBeGreaterThan(t);
        }
      });
      total += publishes;
      samples++;
    }
    // Little's law: 200/s × 0.05 s = 10 events on the edge.
    expect(total / samples).toBeGreaterThan(9);
    expect(total / samples).toBeLessThan(11);
  });

  it('shows instant hops (publish without latency, deliveries, dead letters) for a short visual time', () => {
    const doc = documentOf(
      [producer('p', { rate: 100, eventTypes: ['A', 'B'] }), topic('t'), service('s', { failureRate: 0.5, retry: { maxAttempts: 2, backoff: 1, mode: 'requeue' } }), topic('dlq')],
      [publish('p', 't'), subscribe('t', 's'), { id: 'dl', kind: 'deadletter', source: 's', target: 'dlq', config: {} }],
    );
    const sim = createSimulation(doc, { seed: 3 });
    sim.forEachInFlight(() => {});
    sim.runUntil(5000);
    const seen: InFlightMessage[] = [];
    const count = sim.forEachInFlight((m) => seen.push({ ...m }));
    expect(count).toBe(seen.length);
    expect(sim.inFlightCount()).toBe(count);
    const edges = new Set(seen.map((m) => m.edgeIndex));
    expect(edges.has(0) && edges.has(1)).toBe(true);
    for (const m of seen) {
      expect(m.arriveTime - m.sendTime).toBe(HOP_MS);
      expect(sim.eventTypes[m.typeIndex]).toBeDefined();
    }
    sim.runUntil(60_000);
    const all: InFlightMessage[] = [];
    sim.forEachInFlight((m) => all.push({ ...m }));
    const deliveries = all.filter((m) => m.edgeIndex === 1);
    expect(deliveries.some((m) => m.flags & MessageFlag.retry) || all.some((m) => m.edgeIndex === 2)).toBe(true);
  });
});

describe('journeys', () => {
  it('records, for a traced key, publish, partition and offset, delivery, attempts and processing', () => {
    const doc = documentOf(
      [producer('p', { rate: 100, keys: 3 }), topic('t', { partitions: 2 }), service('s', { failureRate: 0.3, retry: { maxAttempts: 5, backoff: 5, mode: 'blocking' } })],
      [publish('p', 't'), subscribe('t', 's')],
    );
    const sim = createSimulation(doc, { seed: 4 });
    expect(sim.trace(1)).toEqual([]);
    sim.runUntil(3000);
    const journeys = sim.trace(1);
    expect(journeys.length).toBeGreaterThan(10);
    expect(journeys.every((j) => j.key === 1)).toBe(true);
    const done = journeys.find((j) => j.steps.some((s) => s.what === 'failed') && j.steps.some((s) => s.what === 'processed'));
    expect(done).toBeDefined();
    const whats = done?.steps.map((s) => s.what) ?? [];
    expect(whats.slice(0, 3)).toEqual(['produced', 'appended', 'delivered']);
    expect(whats).toContain('retrying');
    expect(done?.steps.find((s) => s.what === 'appended')?.detail).toMatch(/^partition \d, offset \d+$/);
    const times = done?.steps.map((s) => s.at) ?? [];
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(sim.journeyOf(done?.messageId ?? -1)?.steps.length).toBe(whats.length);
    sim.untrace(1);
    const recorded = sim.trace(1).length;
    sim.untrace(null);
    sim.runUntil(6000);
    expect(sim.trace(1).length).toBe(recorded);
  });
});

describe('live faults', () => {
  it('slow multiplies processing time until its duration is over', () => {
    const sim = createSimulation(mm1(20, 200), { seed: 5 });
    sim.runUntil(10_000);
    const before = serviceIn(sim.snapshot(), 'server').latencyMs.mean;
    sim.resetMetrics();
    sim.applyFault('server', { type: 'slow', factor: 4 }, 10_000);
    sim.runUntil(20_000);
    const slowed = serviceIn(sim.snapshot(), 'server').latencyMs.mean;
    expect(slowed).toBeGreaterThan(before * 4);
    sim.resetMetrics();
    sim.runUntil(40_000);
    expect(serviceIn(sim.snapshot(), 'server').latencyMs.mean).toBeLessThan(before * 1.3);
  });

  it('fail sets the failure rate; rate changes a producer; unknown nodes are ignored', () => {
    const sim = createSimulation(mm1(100, 1000), { seed: 6 });
    sim.applyFault('server', { type: 'fail', rate: 1 });
    sim.applyFault('source', { type: 'rate', rate: 10 });
    sim.applyFault('nowhere', { type: 'crash' });
    sim.runUntil(10_000);
    const s = serviceIn(sim.snapshot(), 'server');
    expect(s.processed).toBe(0);
    expect(s.failed).toBe(s.attempts);
    // At 10 events/s for 10 s, three attempts each: at most about 300 attempts (not 3,000).
    expect(s.attempts).toBeGreaterThan(100);
    expect(s.attempts).toBeLessThan(400);
  });
});

describe('journeyOf a message nobody traced', () => {
  it('says where the message is now and records the rest of its way', () => {
    const doc = documentOf(
      [producer('p', { rate: 200, keys: 1000 }), topic('t'), service('s', { processing: { dist: 'constant', mean: 20 } })],
      [publish('p', 't', { latency: { dist: 'constant', mean: 100 } }), subscribe('t', 's')],
    );
    const sim = createSimulation(doc, { seed: 8 });
    sim.runUntil(1000);
    let id = -1;
    sim.forEachInFlight((m) => {
      if (id < 0 && m.edgeIndex === 0) id = m.messageId;
    });
    const first = sim.journeyOf(id);
    expect(first?.steps).toEqual([{ at: 1000, node: 'p', what: 'on its way', detail: 'to t' }]);
    sim.runUntil(30_000);
    const whats = sim.journeyOf(id)?.steps.map((s) => s.what);
    expect(whats).toEqual(['on its way', 'appended', 'delivered', 'processed']);
    expect(sim.journeyOf(123_456_789)).toBeNull();
  });
});
