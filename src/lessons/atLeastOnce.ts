// Lesson 9: a consumer that crashes mid-work gets the same events again (at-least-once delivery);
// an idempotent consumer shrugs off the duplicates; events that keep failing go to a dead-letter topic.
import type { Lesson } from './types';

export const atLeastOnce: Lesson = {
  id: 'at-least-once',
  number: 9,
  title: 'At-least-once delivery',
  summary:
    'When a consumer crashes, the events it was working on are delivered again. See the duplicates this makes, how an idempotent consumer ignores them, and where events that keep failing end up.',
  minutes: 12,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 9 · At-least-once delivery',
    seed: 9,
    nodes: [
      { id: 'checkout', kind: 'producer', label: 'Checkout', position: { x: 0, y: 80 },
        config: { rate: 100, keys: 500, eventTypes: ['OrderPlaced'] } },
      { id: 'order-events', kind: 'topic', label: 'order events', position: { x: 250, y: 80 },
        config: { partitions: 4 } },
      { id: 'mailer', kind: 'service', label: 'Mailer', position: { x: 500, y: 0 },
        config: { instances: 2, concurrency: 2, processing: { dist: 'exponential', mean: 15 },
          retry: { maxAttempts: 3, backoff: 100, mode: 'blocking' }, publishes: 'ReceiptSent' } },
      { id: 'billing', kind: 'service', label: 'Billing (idempotent)', position: { x: 500, y: 160 },
        config: { instances: 2, concurrency: 2, processing: { dist: 'exponential', mean: 15 }, idempotent: true,
          retry: { maxAttempts: 3, backoff: 100, mode: 'blocking' }, publishes: 'CustomerCharged' } },
      { id: 'dead-letters', kind: 'topic', label: 'dead letters', position: { x: 750, y: 0 },
        config: { partitions: 1 } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'order-events' },
      { id: 'e2', kind: 'subscribe', source: 'order-events', target: 'mailer' },
      { id: 'e3', kind: 'subscribe', source: 'order-events', target: 'billing' },
      { id: 'e4', kind: 'deadletter', source: 'mailer', target: 'dead-letters' },
      { id: 'e5', kind: 'deadletter', source: 'billing', target: 'dead-letters' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'All calm',
      narration:
        'Checkout publishes 100 orders a second. Mailer sends a receipt for each one; Billing charges the customer. Each runs 2 instances (copies of the service) that share the topic\'s partitions. Press play and look at the duplicates figure on both services.',
      expect: 'Every order is handled once. No duplicates.',
      highlight: ['mailer', 'billing'],
      action: { type: 'play' },
      label: 'Play',
      // Offsets are saved every second; ending between two saves leaves work to redeliver.
      runFor: 8_600,
      checks: [
        { node: 'mailer', metric: 'duplicates', compare: 'below', value: 1 },
        { node: 'billing', metric: 'duplicates', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'A crash in the middle of the work',
      narration:
        'Crash one instance of Mailer for 5 seconds. It was in the middle of some orders and had not yet told the topic how far it got. Its partitions move to the other instance, which starts again from the last position that was saved. Watch Mailer\'s duplicates figure.',
      expect:
        'Duplicates appear: some customers get the same receipt twice. The topic promises every event at least once, not exactly once.',
      highlight: ['mailer'],
      action: { type: 'fault', node: 'mailer', action: { type: 'crash' }, duration: 5_000 },
      label: 'Crash a Mailer instance',
      runFor: 8_200,
      checks: [{ node: 'mailer', metric: 'duplicates', compare: 'above', value: 0 }],
    },
    {
      title: 'Idempotent: the same event twice does no harm',
      narration:
        'Now crash one instance of Billing the same way. Billing is idempotent: it remembers the newest order it applied for each customer and skips any event it has already applied. Watch Billing\'s duplicates figure, then search the event trace for one of the keys marked as a duplicate.',
      expect:
        'Billing is sent copies again too: its duplicates figure counts them. But the trace shows each copy "skipped" because it was already applied, so nobody is charged twice. Delivery is still at least once; the effect is exactly once.',
      highlight: ['billing'],
      action: { type: 'fault', node: 'billing', action: { type: 'crash' }, duration: 5_000 },
      label: 'Crash a Billing instance',
      runFor: 8_000,
      checks: [{ node: 'billing', metric: 'duplicates', compare: 'above', value: 0 }],
    },
    {
      title: 'Events that keep failing',
      narration:
        'Make 40% of Mailer\'s attempts fail for 10 seconds, say its mail server is flaky. Mailer tries each event up to 3 times. Watch Mailer\'s failures, and the dead letters topic.',
      expect:
        'Most failures succeed on a retry. A few fail three times in a row: instead of blocking the partition forever, Mailer moves them to the dead letters topic, where someone can look at them later.',
      highlight: ['mailer', 'dead-letters'],
      action: { type: 'fault', node: 'mailer', action: { type: 'fail', rate: 0.4 }, duration: 10_000 },
      label: 'Fail 40% in Mailer',
      runFor: 10_000,
      checks: [
        { node: 'mailer', metric: 'retried', compare: 'above', value: 50 },
        { node: 'mailer', metric: 'deadLettered', compare: 'above', value: 5 },
        { node: 'dead-letters', metric: 'appended', compare: 'above', value: 5 },
      ],
    },
  ],
};
