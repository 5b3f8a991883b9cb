import { describe, expect, it } from 'vitest';
import { createSimulation } from './simulation';
import { call, client, documentOf, mm1, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { serviceIn } from './testing/metrics';

// 50 events/s, 5 ms each on 10 workers; slowed 20× (100 ms each, still under capacity) from 5 s to 10 s.
const slowed = documentOf(
  [producer('source', { rate: 50, arrival: 'poisson', keys: 100 }), topic('queue'), service('server', { concurrency: 10, processing: { dist: 'constant', mean: 5 } })],
  [publish('source', 'queue', { latency: { dist: 'constant', mean: 1 } }), subscribe('queue', 'server')],
  [{ at: 5000, node: 'server', duration: 5000, type: 'slow', factor: 20 }],
);

describe('recent latency summaries', () => {
  it('are empty until tracked', () => {
    const sim = createSimulation(mm1(50, 100));
    sim.runUntil(2000);
    expect(sim.recent()).toEqual({});
  });

  it('show a slow spell while it lasts and forget it soon after, while the cumulative p99 stays high', () => {
    const sim = createSimulation(slowed);
    sim.trackRecent();
    sim.runUntil(4000);
    const before = sim.recent().server;
    expect(before.latencyMs.p99).toBeLessThan(20);
    expect(before.latencyMs.count).toBeGreaterThan(20);
    expect(before.latencyMs.count).toBeLessThan(serviceIn(sim.snapshot(), 'server').latencyMs.count);

    sim.runUntil(8000);
    const during = sim.recent().server;
    expect(during.latencyMs.p99).toBeGreaterThan(90);
    expect(during.consistencyMs?.p99).toBeGreaterThan(90);

    sim.runUntil(13_000);
    const after = sim.recent().server;
    expect(after.latencyMs.p99).toBeLessThan(20);
    expect(after.consistencyMs?.p99).toBeLessThan(20);
    expect(after.waitMs?.p99).toBeLessThan(20);
    const cumulative = serviceIn(sim.snapshot(), 'server');
    expect(cumulative.latencyMs.p99).toBeGreaterThan(90);
    expect(cumulative.consistencyMs.p99).toBeGreaterThan(90);
  });

  it('is empty again once a node has had nothing to do for two windows', () => {
    const sim = createSimulation(slowed);
    sim.trackRecent(500);
    sim.runUntil(3000);
    expect(sim.recent().server.latencyMs.count).toBeGreaterThan(0);
    sim.applyFault('source', { type: 'rate', rate: 0 });
    sim.runUntil(4500);
    expect(sim.recent().server.latencyMs).toMatchObject({ count: 0, p99: 0 });
    expect(serviceIn(sim.snapshot(), 'server').latencyMs.count).toBeGreaterThan(0);
  });

  it('covers clients (latency only) and nodes added by an edit', () => {
    const doc = documentOf([client('web', { rate: 20, arrival: 'constant' }), service('api', { processing: { dist: 'constant', mean: 10 } })], [call('web', 'api')]);
    const sim = createSimulation(doc);
    sim.trackRecent();
    sim.runUntil(2000);
    const recent = sim.recent();
    expect(Object.keys(recent)).toEqual(['web', 'api']);
    expect(recent.web.latencyMs.count).toBeGreaterThan(0);
    expect(recent.web.waitMs).toBeUndefined();
    sim.edit({ ...doc, nodes: [...doc.nodes, service('audit')] });
    sim.runUntil(3000);
    expect(sim.recent().audit).toMatchObject({ latencyMs: { count: 0 } });
  });

  it('leaves the cumulative metrics exactly as without it', () => {
    const plain = createSimulation(slowed);
    plain.runUntil(12_000);
    const tracked = createSimulation(slowed);
    tracked.trackRecent();
    tracked.runUntil(12_000);
    expect(JSON.stringify(tracked.snapshot())).toBe(JSON.stringify(plain.snapshot()));
  });
});
