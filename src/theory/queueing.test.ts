// The formulas against known values, and the service models against seeded runs of the engine.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine/simulation';
import { client, documentOf, mm1, service, call } from '../engine/testing/buildDocument';
import { serviceIn } from '../engine/testing/metrics';
import { erlangC, littlesLaw, md1, mmc } from './queueing';
import { serviceTheory } from './serviceTheory';

describe('queueing formulas', () => {
  it('M/M/1 at ρ = 0.5: wait = service time, latency twice it; L = λW', () => {
    const p = mmc(50, 10, 1);
    expect(p.utilisation).toBe(0.5);
    expect(p.waitMs).toBeCloseTo(10, 9);
    expect(p.latencyMs).toBeCloseTo(20, 9);
    expect(p.inSystem).toBeCloseTo(1, 9);
  });

  it('M/M/2 from Erlang C, M/D/1 half the M/M/1 wait, unstable queues predict no wait', () => {
    // a = 1.5 on 2 servers: C = 0.642857…
    expect(erlangC(2, 1.5)).toBeCloseTo(0.6428571428571429, 12);
    expect(mmc(150, 10, 2).waitMs).toBeCloseTo((0.6428571428571429 / (200 - 150)) * 1000, 9);
    expect(md1(50, 10).waitMs).toBeCloseTo(5, 9);
    expect(mmc(200, 10, 1)).toMatchObject({ utilisation: 2, waitMs: null, latencyMs: null });
    expect(littlesLaw(100, 30)).toBe(3);
  });
});

describe('service theory', () => {
  it('an M/M/1 service: the run agrees with the prediction within 10 %', () => {
    const doc = mm1(60, 100, { ordering: 'none' });
    const theory = serviceTheory(doc, 'server');
    expect(theory.prediction?.model).toBe('M/M/1');
    expect(theory.prediction?.latencyMs).toBeCloseTo(25, 9);
    const sim = createSimulation(doc, { seed: 3 });
    sim.runUntil(600_000);
    const m = serviceIn(sim.snapshot(), 'server');
    expect(Math.abs(m.latencyMs.mean - 25) / 25).toBeLessThan(0.1);
    expect(Math.abs(m.utilization - 0.6) / 0.6).toBeLessThan(0.05);
  });

  it('names where theory stops: bursts, lognormal processing, few workers for many partitions', () => {
    expect(serviceTheory(mm1(60, 100, {}, { partitions: 4 }), 'server').caveats[0]).toMatch(/fewer workers than partitions/);
    expect(serviceTheory(mm1(60, 100, { processing: { dist: 'lognormal', mean: 10 } }), 'server').prediction).toBeNull();
    const calls = documentOf([client('web', { rate: 40, arrival: 'burst' }), service('api')], [call('web', 'api')]);
    expect(serviceTheory(calls, 'api').caveats[0]).toMatch(/not Poisson/);
    const poissonCalls = documentOf([client('web', { rate: 40 }), service('api', { processing: { dist: 'constant', mean: 10 } })], [call('web', 'api')]);
    expect(serviceTheory(poissonCalls, 'api').prediction?.model).toBe('M/D/1');
  });
});
