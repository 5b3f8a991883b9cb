// Lesson 7: the same order flow as a chain of events (choreography) and as a workflow engine that
// calls each step (orchestration); a failing step, and how each undoes the work already done.
import type { Lesson } from './types';

export const choreographyOrchestration: Lesson = {
  id: 'choreography-orchestration',
  number: 7,
  title: 'Choreography versus orchestration',
  summary:
    'One order flow built two ways: services reacting to each other\'s events, and a workflow that calls each step in turn. Break the shipping step and see how each one undoes the payment.',
  minutes: 15,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 7 · Choreography versus orchestration',
    seed: 7,
    nodes: [
      { id: 'shop', kind: 'producer', label: 'Shop', position: { x: 0, y: 300 },
        config: { rate: 10, keys: 1000, eventTypes: ['OrderPlaced'] } },
      // Top row: choreography.
      { id: 'orders-a', kind: 'topic', label: 'orders', position: { x: 250, y: 0 }, config: { partitions: 2 } },
      { id: 'payment-a', kind: 'service', label: 'Payment', position: { x: 500, y: 0 },
        config: { concurrency: 2, processing: { dist: 'exponential', mean: 20 }, publishes: 'PaymentTaken' } },
      { id: 'payments-a', kind: 'topic', label: 'payments', position: { x: 750, y: 0 }, config: { partitions: 2 } },
      { id: 'shipping-a', kind: 'service', label: 'Shipping', position: { x: 1000, y: 0 },
        config: { concurrency: 2, processing: { dist: 'exponential', mean: 30 }, publishes: 'OrderShipped',
          retry: { maxAttempts: 2, backoff: 100, mode: 'blocking' } } },
      { id: 'shipping-failed-a', kind: 'topic', label: 'shipping failed', position: { x: 1250, y: 0 } },
      { id: 'refunds-a', kind: 'service', label: 'Refunds', position: { x: 1500, y: 0 },
        config: { processing: { dist: 'exponential', mean: 20 }, publishes: 'PaymentRefunded' } },
      // Bottom row: orchestration.
      { id: 'orders-b', kind: 'topic', label: 'orders', position: { x: 250, y: 600 }, config: { partitions: 2 } },
      { id: 'workflow', kind: 'orchestrator', label: 'Order workflow', position: { x: 500, y: 600 },
        config: { concurrency: 20, processing: { dist: 'constant', mean: 2 } } },
      { id: 'payment-b', kind: 'service', label: 'Payment', position: { x: 750, y: 450 },
        config: { concurrency: 4, processing: { dist: 'exponential', mean: 20 }, publishes: 'PaymentTaken' } },
      { id: 'stock-b', kind: 'service', label: 'Stock', position: { x: 750, y: 600 },
        config: { concurrency: 4, processing: { dist: 'exponential', mean: 20 }, publishes: 'StockReserved' } },
      { id: 'shipping-b', kind: 'service', label: 'Shipping', position: { x: 750, y: 750 },
        config: { concurrency: 4, processing: { dist: 'exponential', mean: 30 }, publishes: 'OrderShipped' } },
    ],
    edges: [
      { id: 'a1', kind: 'publish', source: 'shop', target: 'orders-a' },
      { id: 'a2', kind: 'subscribe', source: 'orders-a', target: 'payment-a' },
      { id: 'a3', kind: 'publish', source: 'payment-a', target: 'payments-a' },
      { id: 'a4', kind: 'subscribe', source: 'payments-a', target: 'shipping-a' },
      { id: 'a5', kind: 'deadletter', source: 'shipping-a', target: 'shipping-failed-a' },
      { id: 'a6', kind: 'subscribe', source: 'shipping-failed-a', target: 'refunds-a' },
      { id: 'b1', kind: 'publish', source: 'shop', target: 'orders-b' },
      { id: 'b2', kind: 'subscribe', source: 'orders-b', target: 'workflow' },
      { id: 'b3', kind: 'call', source: 'workflow', target: 'payment-b', config: { timeout: 2_000, retries: 0, order: 1 } },
      { id: 'b4', kind: 'call', source: 'workflow', target: 'stock-b', config: { timeout: 2_000, retries: 0, order: 2 } },
      { id: 'b5', kind: 'call', source: 'workflow', target: 'shipping-b', config: { timeout: 2_000, retries: 1, backoff: 100, order: 3 } },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'The same flow, two ways',
      narration:
        'The Shop sends every order both ways. Top row, choreography: Payment reacts to OrderPlaced and publishes PaymentTaken; Shipping reacts to that. Nobody is in charge; the flow exists only as who listens to what. Bottom row, orchestration: the Order workflow calls Payment, Stock and Shipping in turn and knows at every moment where each order stands. Press play and compare the throughput of the two Shipping services.',
      expect: 'Both rows ship about 10 orders a second. When everything works, the two designs look the same from outside.',
      highlight: ['payment-a', 'shipping-a', 'workflow'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'shipping-a', metric: 'processed', measure: 'perSecond', compare: 'above', value: 7 },
        { node: 'workflow', metric: 'completed', measure: 'perSecond', compare: 'above', value: 7 },
      ],
    },
    {
      title: 'Choreography: a failure becomes an event',
      narration:
        'Make the top Shipping fail half of its attempts for 10 seconds. It tries each order twice; an order that still fails goes to the "shipping failed" topic. Refunds listens there and gives the money back. Watch the dead letters of Shipping and the throughput of Refunds.',
      expect:
        'Refunds starts working: each order that could not ship is refunded by a service that reacts to the failure event. To know what happened to one order you have to follow it across several services and topics: try the event trace.',
      highlight: ['shipping-a', 'shipping-failed-a', 'refunds-a'],
      action: { type: 'fault', node: 'shipping-a', action: { type: 'fail', rate: 0.5 }, duration: 10_000 },
      label: 'Fail 50% in Shipping (top)',
      runFor: 10_000,
      checks: [
        { node: 'shipping-a', metric: 'deadLettered', compare: 'above', value: 5 },
        { node: 'refunds-a', metric: 'processed', compare: 'above', value: 5 },
      ],
    },
    {
      title: 'Orchestration: compensate in reverse order',
      narration:
        'Now make the bottom Shipping fail half of its attempts for 10 seconds. When a step fails for good, the Order workflow undoes the steps that already succeeded, in reverse order: release the stock, then refund the payment. Watch the workflow\'s compensated and failed figures.',
      expect:
        'Compensations appear on the Order workflow, and the failed workflows are counted in one place. The whole story of each order lives in the workflow, which makes it easy to follow, at the cost of one service that must know every step.',
      highlight: ['workflow', 'shipping-b', 'stock-b', 'payment-b'],
      action: { type: 'fault', node: 'shipping-b', action: { type: 'fail', rate: 0.5 }, duration: 10_000 },
      label: 'Fail 50% in Shipping (bottom)',
      runFor: 10_000,
      checks: [
        { node: 'workflow', metric: 'compensated', compare: 'above', value: 5 },
        { node: 'workflow', metric: 'workflowsFailed', compare: 'above', value: 5 },
      ],
    },
    {
      title: 'Back to normal',
      narration: 'Both Shipping services work again. Compare the two rows once more.',
      expect:
        'Both ship every order again. Choreography kept services unaware of each other; orchestration kept the flow in one place. Neither is wrong: choose by who needs to see and change the flow.',
      highlight: ['shipping-a', 'workflow'],
      runFor: 10_000,
      checks: [
        { node: 'shipping-a', metric: 'deadLettered', measure: 'perSecond', compare: 'below', value: 0.5 },
        { node: 'workflow', metric: 'completed', measure: 'perSecond', compare: 'above', value: 7 },
      ],
    },
  ],
};
