// Calls to an orchestrator: a client (or a service) starts a workflow and waits for its answer,
// success when every step succeeded, failure when the workflow failed (after its compensations).
// The caller's call edge (timeout, retries, backoff) applies to the whole workflow.
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import type { MetricsSnapshot } from './api';
import { call, client, documentOf, orchestrator, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { clientIn, orchestratorIn, runFor, serviceIn } from './testing/metrics';
import { createSimulation } from './simulation';

const constant = (mean: number) => ({ dist: 'constant' as const, mean });

/** Checkout (a client) → the order workflow → payment, then shipping; all times constant. */
function checkout(options: { shippingFails?: number; timeout?: number | null; retries?: number } = {}): TopologyDocument {
  return documentOf(
    [
      client('checkout', { rate: 10, arrival: 'constant', keys: 10 }),
      orchestrator('workflow', { concurrency: 10, processing: constant(1) }),
      service('payment', { concurrency: 10, processing: constant(5) }),
      service('shipping', { concurrency: 10, processing: constant(7), failureRate: options.shippingFails ?? 0 }),
    ],
    [
      call('checkout', 'workflow', { timeout: options.timeout ?? null, retries: options.retries ?? 0, backoff: 10 }),
      call('workflow', 'payment'),
      call('workflow', 'shipping'),
    ],
  );
}

/** Runs 10 s of requests (100 of them), then stops the client and lets the workflows end. */
function drained(doc: TopologyDocument): MetricsSnapshot {
  const sim = runFor(doc, 10_050);
  sim.applyFault('checkout', { type: 'rate', rate: 0 });
  sim.runUntil(11_000);
  return sim.snapshot();
}

describe('a client calling an orchestrator', () => {
  it('waits for the whole workflow: 1 ms of its own work, then 5 ms and 7 ms steps, exactly 13 ms', () => {
    const s = drained(checkout());
    const users = clientIn(s, 'checkout');
    expect(users).toMatchObject({ requests: 100, succeeded: 100, failed: 0, attempts: 100, timedOut: 0 });
    expect(users.latencyMs.mean).toBeCloseTo(13, 6);
    expect(users.latencyMs.max).toBeCloseTo(13, 6);
    expect(orchestratorIn(s, 'workflow')).toMatchObject({ started: 100, completed: 100, workflowsFailed: 0, compensated: 0, requests: 100, processed: 100 });
    expect(orchestratorIn(s, 'workflow').workflowMs.max).toBeCloseTo(12, 6);
    expect(serviceIn(s, 'payment').processed).toBe(100);
    expect(serviceIn(s, 'shipping').processed).toBe(100);
  });

  it('hears a failure when the workflow fails, after the compensations ran', () => {
    const s = drained(checkout({ shippingFails: 1 }));
    const users = clientIn(s, 'checkout');
    expect(users).toMatchObject({ requests: 100, succeeded: 0, failed: 100, attempts: 100 });
    // 1 + 5 (payment) + 7 (shipping fails) + 5 (payment compensated) = 18 ms.
    expect(users.latencyMs.max).toBeCloseTo(18, 6);
    expect(users.latencyMs.mean).toBeCloseTo(18, 6);
    expect(orchestratorIn(s, 'workflow')).toMatchObject({ started: 100, completed: 0, workflowsFailed: 100, compensated: 100, processed: 0 });
    expect(serviceIn(s, 'payment').processed).toBe(200);
  });

  it('retries a failed workflow by its call edge: each retry starts a new workflow', () => {
    const s = drained(checkout({ shippingFails: 1, retries: 2 }));
    const users = clientIn(s, 'checkout');
    expect(users).toMatchObject({ requests: 100, succeeded: 0, failed: 100, attempts: 300 });
    // Three workflows of 18 ms with two backoffs of 10 ms between them.
    expect(users.latencyMs.max).toBeCloseTo(3 * 18 + 2 * 10, 6);
    expect(orchestratorIn(s, 'workflow')).toMatchObject({ started: 300, workflowsFailed: 300, compensated: 300 });
  });

  it('abandons a workflow after the timeout; the workflow still runs to its end (wasted work)', () => {
    const s = drained(checkout({ timeout: 10 }));
    const users = clientIn(s, 'checkout');
    expect(users).toMatchObject({ requests: 100, succeeded: 0, failed: 100, timedOut: 100, attempts: 100 });
    expect(users.latencyMs.max).toBeCloseTo(10, 6);
    const workflow = orchestratorIn(s, 'workflow');
    expect(workflow).toMatchObject({ started: 100, completed: 100, wasted: 100 });
  });
});

describe('a service calling an orchestrator', () => {
  it('holds its worker for the workflow: an event consumer waits 2 + 1 + 5 + 7 ms', () => {
    const doc = documentOf(
      [
        producer('shop', { rate: 10, arrival: 'constant', keys: 10 }),
        topic('orders'),
        service('orders-api', { concurrency: 10, processing: constant(2) }),
        orchestrator('workflow', { concurrency: 10, processing: constant(1) }),
        service('payment', { concurrency: 10, processing: constant(5) }),
        service('shipping', { concurrency: 10, processing: constant(7) }),
      ],
      [publish('shop', 'orders'), subscribe('orders', 'orders-api'), call('orders-api', 'workflow'), call('workflow', 'payment'), call('workflow', 'shipping')],
    );
    const sim = createSimulation(doc);
    sim.runUntil(10_050);
    sim.applyFault('shop', { type: 'rate', rate: 0 });
    sim.runUntil(11_000);
    const s = sim.snapshot();
    expect(serviceIn(s, 'orders-api').processed).toBe(100);
    expect(serviceIn(s, 'orders-api').latencyMs.max).toBeCloseTo(15, 6);
    expect(orchestratorIn(s, 'workflow')).toMatchObject({ started: 100, completed: 100, requests: 100 });
  });
});
