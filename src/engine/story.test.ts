// The story Eventscape tells, in numbers, with the two example documents: Payment calling Email,
// Notification and Analytics synchronously (call-chain.json) against Payment publishing a
// PaymentCompleted fact they consume (evented.json). Both scripts slow Email 40× from 60 s to
// 120 s; each run is compared with the same document without the fault, seed for seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import type { MetricsSnapshot } from './api';
import { createSimulation } from './simulation';
import { clientIn, serviceIn, topicIn } from './testing/metrics';

const SLOW_FROM = 60_000;
const SLOW_UNTIL = 120_000;
const END = 180_000;
const SEEDS = [7, 1, 2];

function example(name: string): TopologyDocument {
  const restored = restoreText(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

/** Snapshots at the start of the fault, at its end and at the end of the run. */
function run(doc: TopologyDocument, seed: number, withFault: boolean): MetricsSnapshot[] {
  const sim = createSimulation(withFault ? doc : { ...doc, faults: [] }, { seed });
  return [SLOW_FROM, SLOW_UNTIL, END].map((t) => {
    sim.runUntil(t);
    return sim.snapshot();
  });
}

describe('the script of both examples', () => {
  it('slows Email 40× for the minute from 60 s to 120 s', () => {
    for (const name of ['call-chain', 'evented']) {
      expect(example(name).faults).toEqual([{ at: SLOW_FROM, node: 'email', type: 'slow', factor: 40, duration: SLOW_UNTIL - SLOW_FROM }]);
    }
  });
});

describe.each(SEEDS)('seed %i', (seed) => {
  it('call chain: a slow Email multiplies the p99 latency of users, fails their payments and multiplies the calls to Email', () => {
    const doc = example('call-chain');
    const [, cleanMid, clean] = run(doc, seed, false);
    const [start, mid, faulty] = run(doc, seed, true);
    const users = clientIn(faulty, 'shoppers');
    const calm = clientIn(clean, 'shoppers');
    expect(calm.failed).toBe(0);
    expect(calm.latencyMs.p99).toBeLessThan(500);
    // Users wait several times longer at the 99th percentile...
    expect(users.latencyMs.p99 / calm.latencyMs.p99).toBeGreaterThan(5);
    // ...and a large share of all payments fail, though Payment's own work is as fast as ever.
    expect(users.failed / users.requests).toBeGreaterThan(0.2);
    expect(serviceIn(faulty, 'payment').rejected).toBeGreaterThan(1000);
    // During the slow minute each payment calls Email about three times (two retries after
    // timeouts) instead of once, and Email works on calls nobody waits for any more.
    const perPayment = (a: MetricsSnapshot, b: MetricsSnapshot) =>
      (serviceIn(b, 'email').requests - serviceIn(a, 'email').requests) / (serviceIn(b, 'payment').attempts - serviceIn(a, 'payment').attempts);
    expect(perPayment(start, mid)).toBeGreaterThan(2.5);
    const [cleanStart] = run(doc, seed, false);
    expect(perPayment(cleanStart, cleanMid)).toBeCloseTo(1, 1);
    expect(serviceIn(faulty, 'payment').timedOut).toBeGreaterThan(500);
    expect(serviceIn(faulty, 'email').wasted).toBeGreaterThan(500);
    expect(serviceIn(clean, 'email').wasted).toBe(0);
  });

  it('evented: the same slow Email leaves users untouched; its lag grows during the fault and drains after it', () => {
    const doc = example('evented');
    const [cleanStart, cleanMid, clean] = run(doc, seed, false);
    const [start, mid, faulty] = run(doc, seed, true);
    const users = clientIn(faulty, 'shoppers');
    const calm = clientIn(clean, 'shoppers');
    expect(users.failed).toBe(0);
    expect(users.latencyMs.p99 / calm.latencyMs.p99).toBeGreaterThan(0.9);
    expect(users.latencyMs.p99 / calm.latencyMs.p99).toBeLessThan(1.1);
    expect(calm.latencyMs.p99).toBeLessThan(200);
    const lag = (s: MetricsSnapshot) => topicIn(s, 'payments').lag.email;
    for (const s of [cleanStart, cleanMid, clean, start]) expect(lag(s)).toBeLessThan(50);
    // About 50 payments a second arrive while Email manages about 4: the backlog grows...
    expect(lag(mid)).toBeGreaterThan(2000);
    // ...and drains within the minute after: every payment's email is sent, only later.
    expect(lag(faulty)).toBeLessThan(50);
    expect(serviceIn(faulty, 'email').processed).toBeGreaterThan(serviceIn(clean, 'email').processed - 50);
  });
});
