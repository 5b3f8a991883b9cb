// The synchronous side as the browser sees it: requests and responses in flight on call edges,
// journeys of traced request keys, live faults and live edits of clients and calls.
import { describe, expect, it } from 'vitest';
import { MessageFlag, type InFlightMessage } from './api';
import { HOP_MS } from './hops';
import { createSimulation } from './simulation';
import { call, client, documentOf, service } from './testing/buildDocument';
import { clientIn, serviceIn } from './testing/metrics';

const chain = () =>
  documentOf(
    [
      client('users', { rate: 10, arrival: 'constant', keys: 1 }),
      service('front', { concurrency: 4, processing: { dist: 'constant', mean: 400 } }),
      service('back', { concurrency: 4, processing: { dist: 'constant', mean: 100 }, failureRate: 0 }),
    ],
    [call('users', 'front', { timeout: 2000 }), call('front', 'back', { timeout: 50, retries: 1, backoff: 10 })],
  );

function inFlight(sim: ReturnType<typeof createSimulation>): InFlightMessage[] {
  const all: InFlightMessage[] = [];
  sim.forEachInFlight((m) => all.push({ ...m }));
  return all;
}

describe('calls in flight', () => {
  it('shows requests going out and answers coming back (flagged response), timeouts and retries flagged', () => {
    const sim = createSimulation(chain());
    sim.forEachInFlight(() => {});
    // The first request leaves at 100 ms; front calls back at 500 ms; the call times out at 550 ms.
    sim.runUntil(150);
    const out = inFlight(sim).filter((m) => m.edgeIndex === 0);
    expect(out.map((m) => [m.sendTime, m.arriveTime, m.flags])).toEqual([[100, 100 + HOP_MS, 0]]);
    sim.runUntil(560);
    const timedOut = inFlight(sim).filter((m) => m.edgeIndex === 1 && m.flags & MessageFlag.timedOut);
    expect(timedOut.length).toBe(1);
    expect(timedOut[0].flags & MessageFlag.response).not.toBe(0);
    sim.runUntil(570);
    expect(inFlight(sim).some((m) => m.edgeIndex === 1 && (m.flags & MessageFlag.retry) !== 0)).toBe(true);
  });

  it('records the journey of a traced request key through the chain', () => {
    const sim = createSimulation(chain());
    sim.trace(0);
    sim.runUntil(3000);
    const first = sim.trace(0)[0];
    const words = first.steps.map((s) => `${s.node} ${s.what}`);
    expect(words.slice(0, 4)).toEqual(['users requested', 'users calling', 'front received', 'front calling']);
    // Back answers each attempt 100 ms after it, but front gives up after 50 ms, twice.
    expect(words.filter((w) => w === 'front timed out').length).toBe(2);
    expect(words.indexOf('users failed')).toBeGreaterThan(words.indexOf('front call failed'));
    expect(words.filter((w) => w === 'back answered').length).toBe(2);
  });

  it("finds an untraced request's journey from where it is now", () => {
    const sim = createSimulation(chain());
    sim.forEachInFlight(() => {});
    sim.runUntil(100 + HOP_MS / 2);
    const [request] = inFlight(sim);
    const journey = sim.journeyOf(request.messageId);
    expect(journey?.steps[0]).toMatchObject({ node: 'users', what: 'seen', detail: 'calling front, attempt 1' });
    sim.runUntil(3000);
    expect(sim.journeyOf(request.messageId)?.steps.map((s) => s.what)).toContain('timed out');
  });
});

describe('live changes', () => {
  it('applies a rate fault to a client and undoes it', () => {
    const sim = createSimulation(chain());
    sim.runUntil(1000);
    sim.applyFault('users', { type: 'rate', rate: 0 }, 1000);
    sim.runUntil(1950);
    const paused = clientIn(sim.snapshot(), 'users').requests;
    expect(paused).toBe(10);
    sim.runUntil(3000);
    expect(clientIn(sim.snapshot(), 'users').requests).toBeGreaterThan(paused + 5);
  });

  it('adds a call edge and removes a callee while running', () => {
    const doc = documentOf([client('users', { rate: 20, arrival: 'constant', keys: 10 }), service('api', { concurrency: 4, processing: { dist: 'constant', mean: 5 } })], []);
    const sim = createSimulation(doc);
    sim.runUntil(1000);
    expect(serviceIn(sim.snapshot(), 'api').requests).toBe(0);
    const edge = call('users', 'api');
    sim.edit({ ...doc, edges: [edge] });
    sim.runUntil(2000);
    expect(serviceIn(sim.snapshot(), 'api').requests).toBe(20);
    sim.edit({ ...doc, nodes: doc.nodes.filter((n) => n.id !== 'api'), edges: [] });
    sim.runUntil(3000);
    const users = clientIn(sim.snapshot(), 'users');
    expect(users.succeeded + users.failed + users.open).toBe(users.requests);
    expect(users.open).toBe(0);
  });

  it('changes call settings from now on (more retries)', () => {
    const flaky = service('api', { concurrency: 10, processing: { dist: 'constant', mean: 1 }, failureRate: 0.5 });
    const users = client('users', { rate: 100, keys: 10 });
    const before = documentOf([users, flaky], [call('users', 'api', { retries: 0 })]);
    const sim = createSimulation(before);
    sim.runUntil(10_000);
    const a = clientIn(sim.snapshot(), 'users');
    sim.resetMetrics();
    sim.edit({ ...before, edges: [{ ...call('users', 'api', { retries: 3 }), id: before.edges[0].id }] });
    sim.runUntil(20_000);
    const b = clientIn(sim.snapshot(), 'users');
    expect(a.failed / a.requests).toBeGreaterThan(0.4);
    expect(b.failed / b.requests).toBeLessThan(0.12);
  });
});
