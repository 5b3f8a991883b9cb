// Lesson 3: a producer states a fact (OrderPlaced) and does not know who reacts; readers are
// independent of each other, and a new one added later reads the history from the earliest offset.
import type { Lesson } from './types';

export const factsNotCommands: Lesson = {
  id: 'facts-not-commands',
  number: 3,
  title: 'Facts, not commands',
  summary:
    'Checkout announces "an order was placed" and lets anyone react. Readers do not slow each other down, and a new one can join later and read everything that already happened, without touching Checkout.',
  minutes: 10,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 3 · Facts, not commands',
    seed: 3,
    nodes: [
      { id: 'checkout', kind: 'producer', label: 'Checkout', position: { x: 0, y: 224 },
        config: { rate: 20, keys: 500, eventTypes: ['OrderPlaced'] } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 250, y: 224 },
        config: { partitions: 3 } },
      { id: 'email', kind: 'service', label: 'Email', position: { x: 500, y: 0 },
        config: { processing: { dist: 'exponential', mean: 10 }, publishes: 'ConfirmationSent' } },
      { id: 'analytics', kind: 'service', label: 'Analytics', position: { x: 500, y: 154 },
        config: { processing: { dist: 'exponential', mean: 10 }, publishes: 'SaleRecorded' } },
      { id: 'inventory', kind: 'service', label: 'Inventory', position: { x: 500, y: 308 },
        config: { processing: { dist: 'exponential', mean: 10 }, publishes: 'StockReserved' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
      { id: 'e3', kind: 'subscribe', source: 'orders', target: 'analytics' },
      { id: 'e4', kind: 'subscribe', source: 'orders', target: 'inventory' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'One fact, three readers',
      narration:
        'Checkout does not tell anyone what to do. It records a fact, OrderPlaced, in the orders topic, and that is all. Email, Analytics and Inventory each subscribe and decide for themselves what an order means to them. Press play and compare the throughput of the three services with the rate of Checkout.',
      expect:
        'Each service handles every order, about 20 a second. Checkout sends each order once, however many services read it.',
      highlight: ['checkout', 'orders'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'email', metric: 'processed', measure: 'perSecond', compare: 'above', value: 15 },
        { node: 'analytics', metric: 'processed', measure: 'perSecond', compare: 'above', value: 15 },
        { node: 'inventory', metric: 'processed', measure: 'perSecond', compare: 'above', value: 15 },
      ],
    },
    {
      title: 'Readers do not wait for each other',
      narration:
        'Make Analytics 20 times slower for 10 seconds, as if its database were overloaded. Watch the three lag bars on the orders topic and the throughput of Email.',
      expect:
        'Only the lag of Analytics grows. Email and Inventory carry on as before, and Checkout is not slowed at all: nobody waits for Analytics.',
      highlight: ['analytics', 'email', 'inventory'],
      action: { type: 'fault', node: 'analytics', action: { type: 'slow', factor: 20 }, duration: 10_000 },
      label: 'Slow Analytics ×20',
      runFor: 10_000,
      checks: [
        { node: 'orders', metric: 'lag.analytics', compare: 'above', value: 50 },
        { node: 'orders', metric: 'lag.email', compare: 'below', value: 10 },
        { node: 'email', metric: 'processed', measure: 'perSecond', compare: 'stays', factor: 1.5 },
        { node: 'checkout', metric: 'produced', measure: 'perSecond', compare: 'above', value: 15 },
      ],
    },
    {
      title: 'A new reader joins later',
      narration:
        'The business now wants fraud checks. Add a Fraud Detection service that subscribes to orders from the earliest offset, the start of the log. Checkout is not changed or even restarted. Watch the lag bar of Fraud Detection and its processed count.',
      expect:
        'Fraud Detection starts with a lag of every order placed so far, then works through them: it processes far more orders than were placed since it joined, because it reads the history too.',
      highlight: ['fraud', 'orders', 'checkout'],
      action: {
        type: 'edit',
        add: {
          nodes: [
            { id: 'fraud', kind: 'service', label: 'Fraud Detection', position: { x: 500, y: 462 },
              config: { concurrency: 2, processing: { dist: 'exponential', mean: 5 }, publishes: 'OrderScreened' } },
          ],
          edges: [{ id: 'e5', kind: 'subscribe', source: 'orders', target: 'fraud', config: { startFrom: 'earliest' } }],
        },
      },
      label: 'Add Fraud Detection',
      runFor: 5_000,
      checks: [
        { node: 'fraud', metric: 'processed', compare: 'above', value: 300 },
        { node: 'orders', metric: 'lag.fraud', compare: 'below', value: 10 },
      ],
    },
    {
      title: 'Nothing else changed',
      narration: 'Let it run. Compare Checkout and the first three services with how they were before Fraud Detection joined.',
      expect:
        'Checkout produces at the same rate, and Email, Analytics and Inventory each still handle every order. Adding a reader cost the others nothing.',
      highlight: ['checkout', 'email', 'fraud'],
      runFor: 10_000,
      checks: [
        { node: 'checkout', metric: 'produced', measure: 'perSecond', compare: 'stays', factor: 1.5 },
        { node: 'fraud', metric: 'processed', measure: 'perSecond', compare: 'above', value: 15 },
        { node: 'orders', metric: 'lag.analytics', compare: 'below', value: 10 },
      ],
    },
  ],
};
