// Properties of the synchronous side over random topologies of clients, services calling services
// (also while consuming events), orchestrators and faults: clients conserve their requests,
// consumer groups still conserve their events, workflows add up, runs are deterministic, and with
// a timeout on every call nothing stays open once the sources stop.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fault, TopologyDocument, TopologyEdge, TopologyNode } from '../model/types';
import { createSimulation } from './simulation';
import { call, client, documentOf, orchestrator, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { clientIn, orchestratorIn, serviceIn, topicIn } from './testing/metrics';
import { expectDeterministic, seeds } from './testing/runs';

const callShape = fc.record({
  timeout: fc.option(fc.integer({ min: 5, max: 300 }), { freq: 3 }),
  retries: fc.integer({ min: 0, max: 3 }),
  backoff: fc.integer({ min: 0, max: 50 }),
});

const shape = fc.record({
  clients: fc.array(fc.record({ rate: fc.integer({ min: 5, max: 200 }), keys: fc.integer({ min: 1, max: 50 }), calls: fc.array(fc.nat(), { minLength: 0, maxLength: 2 }) }), {
    minLength: 1,
    maxLength: 2,
  }),
  services: fc.array(
    fc.record({
      instances: fc.integer({ min: 1, max: 3 }),
      concurrency: fc.integer({ min: 1, max: 4 }),
      mean: fc.double({ min: 0.5, max: 40, noNaN: true }),
      failureRate: fc.constantFrom(0, 0, 0.2, 0.6),
      queueLimit: fc.option(fc.integer({ min: 0, max: 20 })),
      calls: fc.array(fc.nat(), { maxLength: 2 }),
      consumes: fc.boolean(),
      publishes: fc.boolean(),
      ordering: fc.constantFrom('partition' as const, 'key' as const, 'none' as const),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  orchestrated: fc.boolean(),
  call: callShape,
  faults: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 5000 }),
      type: fc.constantFrom('crash' as const, 'recover' as const, 'add-instance' as const, 'remove-instance' as const, 'slow' as const, 'fail' as const),
      service: fc.nat(),
      duration: fc.option(fc.integer({ min: 1, max: 2000 })),
    }),
    { maxLength: 4 },
  ),
});

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

/**
 * Clients call services; service i calls only services after it (no cycles); services may read a
 * topic fed by a producer and publish to a second topic; an orchestrator may read the first topic
 * and call the services as steps. `timeouts` puts a timeout on every call.
 */
function documentFrom(s: Shape, timeouts = false): TopologyDocument {
  const nodes: TopologyNode[] = [producer('orders', { rate: 30, keys: 20 }), topic('placed', { partitions: 2 }), topic('done', { partitions: 2 })];
  const edges: TopologyEdge[] = [publish('orders', 'placed')];
  const n = s.services.length;
  const config = { ...s.call, timeout: timeouts ? (s.call.timeout ?? 100) : s.call.timeout };
  s.services.forEach((c, i) => {
    nodes.push(
      service(`s${i}`, {
        instances: c.instances,
        concurrency: c.concurrency,
        processing: { dist: 'exponential', mean: c.mean },
        failureRate: c.failureRate,
        queueLimit: c.queueLimit,
        ordering: c.ordering,
        retry: { maxAttempts: 2, backoff: 10, mode: 'blocking' },
      }),
    );
    const callees = new Set(c.calls.map((k) => i + 1 + (k % Math.max(1, n - i - 1))).filter((j) => j < n));
    for (const j of callees) edges.push(call(`s${i}`, `s${j}`, config));
    if (c.consumes) edges.push(subscribe('placed', `s${i}`));
    if (c.publishes) edges.push(publish(`s${i}`, 'done'));
  });
  s.clients.forEach((c, i) => {
    nodes.push(client(`c${i}`, { rate: c.rate, keys: c.keys }));
    for (const k of new Set(c.calls.map((k) => k % n))) edges.push(call(`c${i}`, `s${k}`, config));
  });
  if (s.orchestrated) {
    nodes.push(orchestrator('flow', { concurrency: 4, processing: { dist: 'constant', mean: 1 } }));
    edges.push(subscribe('placed', 'flow'));
    s.services.forEach((_, i) => edges.push(call('flow', `s${i}`, { ...config, order: n - i })));
  }
  const faults: Fault[] = s.faults.map((f) => {
    const node = `s${f.service % n}`;
    const duration = f.type === 'recover' ? null : f.duration;
    if (f.type === 'slow') return { at: f.at, node, type: 'slow', factor: 10, duration };
    if (f.type === 'fail') return { at: f.at, node, type: 'fail', rate: 0.5, duration };
    return { at: f.at, node, type: f.type, duration };
  });
  return documentOf(nodes, edges, faults);
}

function checkBooks(doc: TopologyDocument, seed: number): void {
  const sim = createSimulation(doc, { seed });
  for (const t of [1700, 4100, 8000]) {
    sim.runUntil(t);
    const snap = sim.snapshot();
    for (const node of doc.nodes) {
      if (node.kind === 'client') {
        const c = clientIn(snap, node.id);
        expect(c.open).toBeGreaterThanOrEqual(0);
        expect(c.succeeded + c.failed + c.open).toBe(c.requests);
        expect(c.timedOut).toBeLessThanOrEqual(c.attempts);
      } else if (node.kind === 'orchestrator') {
        const o = orchestratorIn(snap, node.id);
        expect(o.completed + o.workflowsFailed).toBeLessThanOrEqual(o.started);
        expect(o.compensated).toBeLessThanOrEqual(o.workflowsFailed);
      } else if (node.kind === 'topic') {
        const top = topicIn(snap, node.id);
        for (const group of Object.keys(top.lag)) {
          const m = group === 'flow' ? orchestratorIn(snap, group) : serviceIn(snap, group);
          expect(top.received[group]).toBe(m.processed - m.requestsProcessed + m.dropped + m.deadLettered + top.dropped[group] + top.expired[group] + top.lag[group]);
        }
      }
    }
  }
}

describe('synchronous side properties', () => {
  it('keeps the books: requests = succeeded + failed + open per client; events conserved per group; workflows add up', () => {
    fc.assert(fc.property(shape, seeds, (s, seed) => checkBooks(documentFrom(s), seed)), { numRuns: 300 });
  });

  it('is deterministic: the same document and seed give byte-identical metrics', () => {
    expectDeterministic(shape, documentFrom);
  });

  it('leaves no request open once the clients stop, when every call has a timeout', () => {
    fc.assert(
      fc.property(shape, seeds, (s, seed) => {
        const doc = documentFrom(s, true);
        const sim = createSimulation(doc, { seed });
        sim.runUntil(5000);
        for (const node of doc.nodes) if (node.kind === 'client') sim.applyFault(node.id, { type: 'rate', rate: 0 });
        // The longest a request can take: 1 + retries attempts of at most the timeout, plus backoffs, per hop.
        sim.runUntil(5000 + 4 * 6 * (300 + 50));
        const snap = sim.snapshot();
        for (const node of doc.nodes) if (node.kind === 'client') expect(clientIn(snap, node.id).open).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
