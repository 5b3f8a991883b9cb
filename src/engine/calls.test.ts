// The synchronous side: M/M/c through a call against Erlang C, retry amplification, timeouts and
// wasted work, queue-limit rejection, refusals by a crashed service, failures propagating up a
// chain, the hybrid (a called service publishing), and an event consumer calling a service.
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import type { MetricsSnapshot } from './api';
import { createSimulation } from './simulation';
import { call, client, documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { clientIn, runFor, serviceIn, topicIn } from './testing/metrics';
import { erlangC, within } from './testing/theory';

/** Runs until `stopAt`, stops the client `users`, and lets what is under way finish. */
function stopAndDrain(doc: TopologyDocument, stopAt: number, until: number): MetricsSnapshot {
  const sim = runFor(doc, stopAt);
  sim.applyFault('users', { type: 'rate', rate: 0 });
  sim.runUntil(until);
  return sim.snapshot();
}

describe('M/M/c through a call', () => {
  it('gives the mean wait of Erlang C, Wq = C(c, a)/(cμ − λ), within 5%, and latency Wq + 1/μ within 3% (ρ = 0.7)', () => {
    const c = 4;
    const mu = 250;
    const lambda = 700;
    const doc = documentOf(
      [client('users', { rate: lambda, arrival: 'poisson', keys: 1000 }), service('server', { concurrency: c, processing: { dist: 'exponential', mean: 1000 / mu } })],
      [call('users', 'server')],
    );
    const seeds = [1, 2, 3];
    let wait = 0;
    let latency = 0;
    let user = 0;
    for (const seed of seeds) {
      const sim = createSimulation(doc, { seed });
      sim.runUntil(5000);
      sim.resetMetrics();
      sim.runUntil(105_000);
      const s = sim.snapshot();
      wait += serviceIn(s, 'server').waitMs.mean / seeds.length;
      latency += serviceIn(s, 'server').latencyMs.mean / seeds.length;
      user += clientIn(s, 'users').latencyMs.mean / seeds.length;
    }
    const wq = (1000 * erlangC(c, lambda / mu)) / (c * mu - lambda);
    within(wait, wq, 0.05);
    within(latency, wq + 1000 / mu, 0.03);
    // Calls take no time on the wire: the user waits exactly what the service took.
    within(user, latency, 0.001);
  });
});

describe('retries', () => {
  for (const [p, r] of [[0.3, 2], [0.5, 3]] as const) {
    it(`amplify attempts to (1 − p^(r+1))/(1 − p) per request for failureRate ${p} and ${r} retries`, () => {
      const doc = documentOf(
        [client('users', { rate: 500, keys: 1000 }), service('flaky', { concurrency: 50, failureRate: p, processing: { dist: 'constant', mean: 1 } })],
        [call('users', 'flaky', { retries: r, backoff: 5 })],
      );
      const users = clientIn(runFor(doc, 60_000, 3).snapshot(), 'users');
      const finished = users.succeeded + users.failed;
      expect(finished).toBeGreaterThan(25_000);
      within(users.attempts / users.requests, (1 - p ** (r + 1)) / (1 - p), 0.02);
      within(users.failed / finished, p ** (r + 1), 0.1);
    });
  }
});

describe('timeouts', () => {
  it('abandon attempts at the caller while the callee still does the work, counted as wasted', () => {
    const doc = documentOf(
      [client('users', { rate: 10, arrival: 'constant', keys: 10 }), service('slow', { concurrency: 10, processing: { dist: 'constant', mean: 100 } })],
      [call('users', 'slow', { timeout: 50, retries: 1, backoff: 10 })],
    );
    const s = stopAndDrain(doc, 10_050, 11_000);
    const users = clientIn(s, 'users');
    const slow = serviceIn(s, 'slow');
    expect(users.requests).toBe(100);
    expect(users.succeeded).toBe(0);
    expect(users.failed).toBe(100);
    expect(users.attempts).toBe(200);
    expect(users.timedOut).toBe(200);
    // Two attempts of 50 ms and a backoff of 10 ms: the user waits 110 ms for a failure.
    expect(users.latencyMs.max).toBeCloseTo(110, 6);
    expect(users.latencyMs.mean).toBeCloseTo(110, 6);
    // Every attempt was processed to the end, for nobody.
    expect(slow.processed).toBe(200);
    expect(slow.wasted).toBe(200);
  });

  it('let a timely answer through: no timeout when the callee answers in time', () => {
    const doc = documentOf(
      [client('users', { rate: 10, arrival: 'constant', keys: 10 }), service('quick', { concurrency: 10, processing: { dist: 'constant', mean: 40 } })],
      [call('users', 'quick', { timeout: 50, retries: 1 })],
    );
    const s = stopAndDrain(doc, 10_050, 11_000);
    expect(clientIn(s, 'users')).toMatchObject({ requests: 100, succeeded: 100, failed: 0, timedOut: 0, attempts: 100, open: 0 });
    expect(serviceIn(s, 'quick').wasted).toBe(0);
  });
});

describe('figures per call edge', () => {
  it('count timeouts on the edge that timed out and requests held on each edge', () => {
    const toSlow = call('users', 'slow', { timeout: 50 });
    const toQuick = call('users', 'quick');
    const doc = documentOf(
      [
        client('users', { rate: 10, arrival: 'constant', keys: 10 }),
        service('slow', { concurrency: 10, processing: { dist: 'constant', mean: 100 } }),
        service('quick', { concurrency: 10, processing: { dist: 'constant', mean: 1 } }),
      ],
      [toQuick, toSlow],
    );
    const sim = runFor(doc, 10_050);
    const s = sim.snapshot();
    expect(s.calls[toSlow.id].timedOut).toBe(clientIn(s, 'users').timedOut);
    expect(s.calls[toSlow.id].timedOut).toBeGreaterThan(90);
    expect(s.calls[toQuick.id].timedOut).toBe(0);
    const slow = serviceIn(s, 'slow');
    expect(s.calls[toSlow.id].held).toBe(slow.busy + slow.waiting);
    expect(s.calls[toSlow.id].held).toBeGreaterThan(0);
    sim.resetMetrics();
    expect(sim.snapshot().calls[toSlow.id].timedOut).toBe(0);
  });
});

describe('events and requests', () => {
  it('share the workers first come, first served: neither starves the other when the service is overloaded', () => {
    const doc = documentOf(
      [
        producer('orders', { rate: 10, arrival: 'constant', keys: 100 }),
        topic('placed'),
        client('users', { rate: 10, arrival: 'constant', keys: 100 }),
        service('busy', { processing: { dist: 'constant', mean: 60 } }),
      ],
      [publish('orders', 'placed'), subscribe('placed', 'busy'), call('users', 'busy')],
    );
    const s = runFor(doc, 30_000).snapshot();
    const busy = serviceIn(s, 'busy');
    const events = busy.processed - busy.requestsProcessed;
    // 20 arrivals a second for a worker that manages 16.7: it serves both at the same pace.
    expect(busy.processed).toBeGreaterThanOrEqual(495);
    expect(Math.abs(events - busy.requestsProcessed)).toBeLessThanOrEqual(2);
    expect(topicIn(s, 'placed').lag.busy).toBeGreaterThan(40);
    expect(busy.waiting).toBeGreaterThan(80);
  });
});

describe('a full queue', () => {
  it('rejects requests beyond queueLimit at once; the queue never holds more', () => {
    const doc = documentOf(
      [client('users', { rate: 100, arrival: 'constant', keys: 100 }), service('narrow', { processing: { dist: 'constant', mean: 50 }, queueLimit: 5 })],
      [call('users', 'narrow')],
    );
    const sim = createSimulation(doc);
    for (let t = 1000; t <= 20_000; t += 37) {
      sim.runUntil(t);
      expect(serviceIn(sim.snapshot(), 'narrow').waiting).toBeLessThanOrEqual(5);
    }
    const s = sim.snapshot();
    const narrow = serviceIn(s, 'narrow');
    const users = clientIn(s, 'users');
    // One worker serves 20/s of the 100/s offered: about 80% are turned away.
    within(narrow.rejected / narrow.requests, 0.8, 0.02);
    expect(users.failed).toBe(narrow.rejected);
    expect(narrow.requests).toBe(users.requests);
    // Nobody waits long: at most 5 ahead, 50 ms each.
    expect(narrow.waitMs.max).toBeLessThanOrEqual(6 * 50);
  });
});

describe('a crashed service', () => {
  it('refuses calls at once while no instance is up, and serves again after it recovers', () => {
    const doc = documentOf(
      [client('users', { rate: 50, arrival: 'constant', keys: 100 }), service('api', { concurrency: 4, processing: { dist: 'constant', mean: 10 } })],
      [call('users', 'api')],
      [{ at: 10_000, node: 'api', type: 'crash', duration: 5000 }],
    );
    const sim = createSimulation(doc);
    sim.runUntil(10_000 - 1);
    expect(clientIn(sim.snapshot(), 'users').failed).toBe(0);
    sim.runUntil(15_000 - 1);
    const during = sim.snapshot();
    // 250 requests in the 5 s of the crash, each refused at once (the one in progress fails too).
    expect(serviceIn(during, 'api').rejected).toBeGreaterThanOrEqual(249);
    expect(clientIn(during, 'users').failed).toBeGreaterThanOrEqual(249);
    expect(clientIn(during, 'users').failed).toBeLessThanOrEqual(251);
    sim.runUntil(25_000);
    const after = clientIn(sim.snapshot(), 'users');
    expect(after.failed).toBe(clientIn(during, 'users').failed);
    expect(after.succeeded + after.failed + after.open).toBe(after.requests);
  });
});

describe('failures', () => {
  it("propagate up a chain: the callee's final failure fails the caller's request after the caller's retries", () => {
    const doc = documentOf(
      [
        client('users', { rate: 20, arrival: 'constant', keys: 100 }),
        service('front', { concurrency: 10, processing: { dist: 'constant', mean: 5 } }),
        service('back', { concurrency: 10, processing: { dist: 'constant', mean: 5 }, failureRate: 1 }),
      ],
      [call('users', 'front'), call('front', 'back', { retries: 2, backoff: 10 })],
    );
    const s = stopAndDrain(doc, 10_001, 11_000);
    const users = clientIn(s, 'users');
    expect(users).toMatchObject({ requests: 200, succeeded: 0, failed: 200, attempts: 200, open: 0 });
    expect(serviceIn(s, 'front')).toMatchObject({ requests: 200, attempts: 200, failed: 200, processed: 0 });
    expect(serviceIn(s, 'back')).toMatchObject({ requests: 600, attempts: 600, failed: 600 });
    // front's 5 ms, then three attempts of 5 ms with two backoffs of 10 ms.
    expect(users.latencyMs.max).toBeCloseTo(5 + 3 * 5 + 2 * 10, 6);
  });

  it('make a service that calls several services in order stop at the first that fails for good', () => {
    const doc = documentOf(
      [
        client('users', { rate: 10, arrival: 'constant', keys: 100 }),
        service('hub', { concurrency: 10, processing: { dist: 'constant', mean: 1 } }),
        service('first', { concurrency: 10, processing: { dist: 'constant', mean: 1 } }),
        service('broken', { concurrency: 10, processing: { dist: 'constant', mean: 1 }, failureRate: 1 }),
        service('never', { concurrency: 10, processing: { dist: 'constant', mean: 1 } }),
      ],
      [call('users', 'hub'), call('hub', 'never', { order: 3 }), call('hub', 'broken', { order: 2 }), call('hub', 'first', { order: 1 })],
    );
    const s = stopAndDrain(doc, 10_001, 11_000);
    expect(serviceIn(s, 'first').processed).toBe(100);
    expect(serviceIn(s, 'broken').failed).toBe(100);
    expect(serviceIn(s, 'never').requests).toBe(0);
    expect(clientIn(s, 'users').failed).toBe(100);
  });
});

describe('the hybrid and event consumers', () => {
  it('lets a called service publish its fact after each successful request', () => {
    const doc = documentOf(
      [
        client('users', { rate: 50, keys: 100 }),
        service('payment', { concurrency: 8, processing: { dist: 'exponential', mean: 10 }, publishes: 'PaymentCompleted' }),
        topic('payments', { partitions: 2 }),
        service('email', { concurrency: 4, processing: { dist: 'exponential', mean: 5 } }),
      ],
      [call('users', 'payment'), publish('payment', 'payments'), subscribe('payments', 'email')],
    );
    const sim = runFor(doc, 20_000);
    sim.applyFault('users', { type: 'rate', rate: 0 });
    sim.runUntil(25_000);
    const s = sim.snapshot();
    const users = clientIn(s, 'users');
    expect(users.succeeded).toBe(users.requests);
    expect(topicIn(s, 'payments').appended).toBe(users.requests);
    expect(serviceIn(s, 'email').processed).toBe(users.requests);
    // Email reads the client's keys and sequence numbers: its read model catches up with the truth.
    expect(serviceIn(s, 'email').staleKeys).toBe(0);
  });

  it("holds an event consumer's worker during its calls; a failed call fails the event's attempt", () => {
    const doc = documentOf(
      [
        producer('orders', { rate: 10, arrival: 'constant', keys: 100 }),
        topic('placed'),
        service('email', { concurrency: 2, processing: { dist: 'constant', mean: 1 }, retry: { maxAttempts: 3, backoff: 10, mode: 'blocking' } }),
        service('provider', { concurrency: 4, processing: { dist: 'constant', mean: 2 }, failureRate: 1 }),
      ],
      [publish('orders', 'placed'), subscribe('placed', 'email'), call('email', 'provider')],
    );
    const s = runFor(doc, 10_050).snapshot();
    expect(serviceIn(s, 'email')).toMatchObject({ attempts: 300, failed: 300, dropped: 100, processed: 0 });
    expect(serviceIn(s, 'provider').requests).toBe(300);
  });

  it("lets a slow dependency of an event consumer grow the consumer's lag", () => {
    const doc = documentOf(
      [
        producer('orders', { rate: 20, keys: 100 }),
        topic('placed', { partitions: 4 }),
        service('email', { concurrency: 4, ordering: 'key', processing: { dist: 'constant', mean: 1 } }),
        service('provider', { concurrency: 8, processing: { dist: 'exponential', mean: 50 } }),
      ],
      [publish('orders', 'placed'), subscribe('placed', 'email'), call('email', 'provider')],
      [{ at: 10_000, node: 'provider', type: 'slow', factor: 20, duration: 10_000 }],
    );
    const sim = runFor(doc, 10_000);
    const before = topicIn(sim.snapshot(), 'placed').lag.email;
    sim.runUntil(20_000);
    const during = topicIn(sim.snapshot(), 'placed').lag.email;
    sim.runUntil(40_000);
    const after = topicIn(sim.snapshot(), 'placed').lag.email;
    expect(before).toBeLessThan(10);
    expect(during).toBeGreaterThan(100);
    expect(after).toBeLessThan(10);
  });
});
