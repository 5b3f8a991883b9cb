// Agreement with queueing theory. Each figure is the mean over several seeds of a long run after
// a warm-up, and must lie within the stated relative tolerance of the formula. Times are in ms:
// service rate μ = 1000/s means a mean service time of 1 ms.
import { describe, expect, it } from 'vitest';
import { createSimulation } from './simulation';
import { documentOf, mm1, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { serviceIn, topicIn } from './testing/metrics';
import type { TopologyDocument } from '../model/types';
import type { MetricsSnapshot } from './api';
import { erlangC, within } from './testing/theory';

const SEEDS = [1, 2, 3, 4, 5];

/** Runs each seed (warm up, reset, measure for `ms`) and averages the figures `read` takes. */
function averaged(doc: TopologyDocument, ms: number, read: (s: MetricsSnapshot) => number[], warmup = 5000): number[] {
  const totals: number[] = [];
  for (const seed of SEEDS) {
    const sim = createSimulation(doc, { seed });
    sim.runUntil(warmup);
    sim.resetMetrics();
    sim.runUntil(warmup + ms);
    read(sim.snapshot()).forEach((x, i) => (totals[i] = (totals[i] ?? 0) + x));
  }
  return totals.map((t) => t / SEEDS.length);
}

describe('M/M/1', () => {
  for (const [rho, tolerance] of [[0.5, 0.03], [0.8, 0.05]] as const) {
    it(`at ρ = ${rho}: mean latency W = 1/(μ−λ) and mean wait Wq = ρ/(μ−λ), within ${tolerance * 100}%`, () => {
      const mu = 1000;
      const lambda = rho * mu;
      const doc = mm1(lambda, mu);
      const [w, wq] = averaged(doc, 200_000, (s) => [serviceIn(s, 'server').latencyMs.mean, serviceIn(s, 'server').waitMs.mean]);
      within(w, 1000 / (mu - lambda), tolerance);
      within(wq, (1000 * rho) / (mu - lambda), tolerance);
    });
  }

  it("obeys Little's law: time-average events in the system L = λ·W, within 3%", () => {
    const lambda = 800;
    const sim = createSimulation(mm1(lambda, 1000), { seed: 11 });
    sim.runUntil(5000);
    sim.resetMetrics();
    let sum = 0;
    let samples = 0;
    for (let t = 5000; t < 205_000; t += 7.3) {
      sim.runUntil(t);
      sum += topicIn(sim.snapshot(), 'queue').lag.server;
      samples++;
    }
    const w = serviceIn(sim.snapshot(), 'server').latencyMs.mean;
    within(sum / samples, (lambda / 1000) * w, 0.03);
  });
});

describe('M/M/c', () => {
  it('a group of c workers with ordering none waits as Erlang C says: Wq = C(c, a)/(cμ − λ), within 5%', () => {
    const c = 4;
    const mu = 250; // per worker: mean service 4 ms
    const lambda = 800; // a = 3.2, per-worker load 0.8
    const doc = documentOf(
      [producer('source', { rate: lambda, keys: 1000 }), topic('queue'), service('server', { concurrency: c, ordering: 'none', processing: { dist: 'exponential', mean: 1000 / mu } })],
      [publish('source', 'queue'), subscribe('queue', 'server')],
    );
    const pWait = erlangC(c, lambda / mu);
    const [w, wq] = averaged(doc, 100_000, (s) => [serviceIn(s, 'server').latencyMs.mean, serviceIn(s, 'server').waitMs.mean]);
    within(wq, (1000 * pWait) / (c * mu - lambda), 0.05);
    within(w, (1000 * pWait) / (c * mu - lambda) + 1000 / mu, 0.03);
    expect(erlangC(1, 0.8)).toBeCloseTo(0.8, 12);
  });
});

describe('M/M/1/K', () => {
  // K is the topic's `capacity`: the most events unconsumed by the group, the one in service
  // included (K − 1 waiting + 1 in service). With drop-newest an arrival that finds K is lost.
  for (const [lambda, k] of [[800, 5], [1500, 3]] as const) {
    it(`loses P_K = (1−ρ)ρ^K/(1−ρ^(K+1)) of arrivals at ρ = ${lambda / 1000}, K = ${k}, within 4%`, () => {
      const rho = lambda / 1000;
      const doc = mm1(lambda, 1000, {}, { capacity: k, onFull: 'drop-newest' });
      const [loss] = averaged(doc, 60_000, (s) => [topicIn(s, 'queue').dropped.server / topicIn(s, 'queue').received.server], 2000);
      within(loss, ((1 - rho) * rho ** k) / (1 - rho ** (k + 1)), 0.04);
    });
  }
});
