// Lesson 5: events of one payment overtake each other when they are spread round-robin and handled
// in parallel, or retried behind newer events; keyed partitions read in order keep them in line.
import type { Lesson } from './types';

export const ordering: Lesson = {
  id: 'ordering',
  number: 5,
  title: 'Ordering',
  summary:
    'A refund must not be applied before the payment it refunds. See how events of one payment get out of order, and how keys and ordered reading keep them in line.',
  minutes: 15,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 5 · Ordering',
    seed: 5,
    nodes: [
      { id: 'payments', kind: 'producer', label: 'Payments', position: { x: 0, y: 80 },
        config: { rate: 100, keys: 50, eventTypes: ['PaymentProcessed', 'PaymentRefunded'] } },
      { id: 'round-robin', kind: 'topic', label: 'payments (round-robin)', position: { x: 250, y: 0 },
        config: { partitions: 4, partitioner: 'round-robin' } },
      { id: 'keyed', kind: 'topic', label: 'payments (by key)', position: { x: 250, y: 160 },
        config: { partitions: 4, partitioner: 'key' } },
      { id: 'ledger-parallel', kind: 'service', label: 'Ledger (parallel)', position: { x: 500, y: 0 },
        config: { concurrency: 4, processing: { dist: 'exponential', mean: 20 }, ordering: 'none',
          retry: { maxAttempts: 5, backoff: 100, mode: 'requeue' }, publishes: 'LedgerUpdated' } },
      { id: 'ledger-ordered', kind: 'service', label: 'Ledger (ordered)', position: { x: 500, y: 160 },
        config: { concurrency: 4, processing: { dist: 'exponential', mean: 20 }, ordering: 'partition',
          retry: { maxAttempts: 5, backoff: 100, mode: 'blocking' }, publishes: 'LedgerUpdated' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'payments', target: 'round-robin' },
      { id: 'e2', kind: 'publish', source: 'payments', target: 'keyed' },
      { id: 'e3', kind: 'subscribe', source: 'round-robin', target: 'ledger-parallel' },
      { id: 'e4', kind: 'subscribe', source: 'keyed', target: 'ledger-ordered' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Round-robin and parallel workers',
      narration:
        'Payments sends the same events to two topics. Every event carries a key, the customer, and a customer\'s events must be applied in the order they happened: a PaymentProcessed, then its PaymentRefunded, then the next payment. The top topic spreads events over its 4 partitions in turn (round-robin), ignoring the key, and Ledger (parallel) lets any of its 4 workers take any event. Press play and watch the order violations figure on Ledger (parallel) and the violation log.',
      expect:
        'Violations appear: a later event of a customer was applied before an earlier one, for example a refund before its payment. The log shows the key and the two sequence numbers that crossed.',
      highlight: ['round-robin', 'ledger-parallel'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [{ node: 'ledger-parallel', metric: 'orderViolations', compare: 'above', value: 5 }],
    },
    {
      title: 'Keys and ordered reading',
      narration:
        'Now look at the bottom row. The topic "payments (by key)" puts every event of one customer in the same partition, chosen from the key. Ledger (ordered) reads each partition one event at a time, so within a partition nothing overtakes. Watch the order violations figure on Ledger (ordered).',
      expect:
        'It stays at zero, while the top ledger keeps adding violations. Different customers are still handled in parallel: one partition per worker.',
      highlight: ['keyed', 'ledger-ordered'],
      runFor: 10_000,
      checks: [
        { node: 'ledger-ordered', metric: 'orderViolations', compare: 'below', value: 1 },
        { node: 'ledger-parallel', metric: 'orderViolations', compare: 'rises' },
      ],
    },
    {
      title: 'Retries that go to the back of the line',
      narration:
        'Make 20% of the attempts fail in Ledger (parallel) for 10 seconds, say a database that times out now and then. This ledger retries a failed event by putting it back at the end of the line ("requeue"), behind newer events. Watch its order violations.',
      expect:
        'Violations come faster than before: every retried event is now applied after events that came later.',
      highlight: ['ledger-parallel'],
      action: { type: 'fault', node: 'ledger-parallel', action: { type: 'fail', rate: 0.2 }, duration: 10_000 },
      label: 'Fail 20% in Ledger (parallel)',
      runFor: 10_000,
      checks: [{ node: 'ledger-parallel', metric: 'orderViolations', measure: 'perSecond', compare: 'rises', factor: 1.3 }],
    },
    {
      title: 'Order has a price',
      narration:
        'Now the same failures in Ledger (ordered). It retries in place ("blocking"): the partition waits until the failed event succeeds or gives up. Watch its order violations, and its lag bar on the "payments (by key)" topic.',
      expect:
        'Still no violations. The price is waiting: while an event is retried, everything behind it in its partition waits, so the lag and the latency go up.',
      highlight: ['ledger-ordered', 'keyed'],
      action: { type: 'fault', node: 'ledger-ordered', action: { type: 'fail', rate: 0.2 }, duration: 10_000 },
      label: 'Fail 20% in Ledger (ordered)',
      runFor: 10_000,
      checks: [
        { node: 'ledger-ordered', metric: 'orderViolations', compare: 'below', value: 1 },
        { node: 'ledger-ordered', metric: 'latencyMs.p99', compare: 'rises', factor: 1.5 },
      ],
    },
  ],
};
