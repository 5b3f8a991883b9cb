// The orchestrator: each event (or request) starts a workflow that calls its steps in order; when
// a step fails for good, the completed steps are called again as compensations, in reverse order.
import { describe, expect, it } from 'vitest';
import { createSimulation } from './simulation';
import { call, documentOf, orchestrator, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { orchestratorIn, serviceIn, topicIn } from './testing/metrics';
import type { TopologyDocument } from '../model/types';

/** Orders → workflow, which calls payment, stock and shipping in that order. */
function orderFlow(shippingFailureRate: number, paymentFailureRate = 0): TopologyDocument {
  const step = (id: string, failureRate: number) => service(id, { concurrency: 10, processing: { dist: 'constant', mean: 5 }, failureRate });
  return documentOf(
    [
      producer('shop', { rate: 10, arrival: 'constant', keys: 1 }),
      topic('orders'),
      orchestrator('workflow', { concurrency: 10, processing: { dist: 'constant', mean: 1 } }),
      step('payment', paymentFailureRate),
      step('shipping', shippingFailureRate),
      step('stock', 0),
    ],
    [
      publish('shop', 'orders'),
      subscribe('orders', 'workflow'),
      call('workflow', 'shipping', { order: 3, retries: 1, backoff: 10 }),
      call('workflow', 'payment', { order: 1 }),
      call('workflow', 'stock', { order: 2 }),
    ],
  );
}

function run(doc: TopologyDocument) {
  const sim = createSimulation(doc);
  sim.trace(0);
  sim.runUntil(10_050);
  sim.applyFault('shop', { type: 'rate', rate: 0 });
  sim.runUntil(11_000);
  return sim;
}

describe('an orchestrator', () => {
  it('runs its steps in order and completes every workflow when they succeed', () => {
    const s = run(orderFlow(0)).snapshot();
    expect(orchestratorIn(s, 'workflow')).toMatchObject({ started: 100, completed: 100, compensated: 0, workflowsFailed: 0, processed: 100 });
    for (const id of ['payment', 'stock', 'shipping']) expect(serviceIn(s, id).processed).toBe(100);
    // 1 ms of its own work, then three steps of 5 ms one after another.
    expect(orchestratorIn(s, 'workflow').workflowMs.max).toBeCloseTo(15, 6);
    expect(topicIn(s, 'orders').lag.workflow).toBe(0);
  });

  it('compensates the completed steps in reverse order when a step fails for good (saga)', () => {
    const sim = run(orderFlow(1));
    const s = sim.snapshot();
    expect(orchestratorIn(s, 'workflow')).toMatchObject({ started: 100, completed: 0, compensated: 100, workflowsFailed: 100, processed: 0, dropped: 100 });
    // Each completed step ran twice: once forward, once as its compensation.
    expect(serviceIn(s, 'payment').processed).toBe(200);
    expect(serviceIn(s, 'stock').processed).toBe(200);
    expect(serviceIn(s, 'shipping')).toMatchObject({ requests: 200, failed: 200, processed: 0 });
    const journey = sim.trace(0)[0];
    const calls = journey.steps.filter((step) => step.node === 'workflow' && (step.what === 'calling' || step.what === 'compensating'));
    expect(calls.map((step) => `${step.what} ${step.detail}`)).toEqual([
      'calling payment, attempt 1',
      'calling stock, attempt 1',
      'calling shipping, attempt 1',
      'calling shipping, attempt 2',
      'compensating stock, attempt 1',
      'compensating payment, attempt 1',
    ]);
    // Compensations publish nothing: what was undone did not happen.
    expect(journey.steps.filter((step) => step.what === 'published')).toEqual([]);
  });

  it('has nothing to compensate when the first step fails', () => {
    const s = run(orderFlow(0, 1)).snapshot();
    expect(orchestratorIn(s, 'workflow')).toMatchObject({ started: 100, completed: 0, compensated: 0, workflowsFailed: 100 });
    expect(serviceIn(s, 'stock').requests).toBe(0);
  });

  it('keeps started = completed + failed + under way at every moment, with half of the shipments failing', () => {
    const sim = createSimulation({ ...orderFlow(0.5), seed: 4 });
    for (let t = 500; t <= 10_000; t += 500) {
      sim.runUntil(t);
      const w = orchestratorIn(sim.snapshot(), 'workflow');
      expect(w.completed + w.workflowsFailed).toBeLessThanOrEqual(w.started);
      expect(w.started - w.completed - w.workflowsFailed).toBeLessThanOrEqual(10);
    }
    const w = orchestratorIn(sim.snapshot(), 'workflow');
    // Shipping fails for good with probability 0.5² (two attempts).
    expect(w.workflowsFailed / w.started).toBeGreaterThan(0.1);
    expect(w.workflowsFailed / w.started).toBeLessThan(0.45);
    expect(w.compensated).toBe(w.workflowsFailed);
  });
});
