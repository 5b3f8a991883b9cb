// Lesson 14: a service that writes its database and then publishes loses the events whose rows
// were committed when it crashed; the same service with an outbox loses none.
import type { Lesson } from './types';

const service = (publish: 'direct' | 'outbox') => ({
  instances: 1,
  processing: { dist: 'exponential', mean: 4 },
  publishes: 'OrderAccepted',
  database: { write: { dist: 'constant', mean: 5 }, publish, lingerMs: 50, pollMs: 200 },
});

export const dualWrite: Lesson = {
  id: 'dual-write',
  number: 14,
  title: 'Did the event publish? The dual write',
  summary:
    'A service writes to its database, then publishes. Crash it in between and the event is gone: the row says it happened, the log never hears of it. The same crash with an outbox loses nothing.',
  minutes: 12,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 14 · The dual write',
    seed: 11,
    nodes: [
      { id: 'checkout', kind: 'producer', label: 'Checkout', position: { x: 0, y: 120 },
        config: { rate: 50, keys: 200, eventTypes: ['OrderPlaced'] } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 250, y: 120 }, config: { partitions: 2 } },
      { id: 'direct', kind: 'service', label: 'Orders · direct', position: { x: 520, y: 0 }, config: service('direct') },
      { id: 'outbox', kind: 'service', label: 'Orders · outbox', position: { x: 520, y: 240 }, config: service('outbox') },
      { id: 'accepted-direct', kind: 'topic', label: 'accepted (direct)', position: { x: 820, y: 0 } },
      { id: 'accepted-outbox', kind: 'topic', label: 'accepted (outbox)', position: { x: 820, y: 240 } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'direct' },
      { id: 'e3', kind: 'subscribe', source: 'orders', target: 'outbox' },
      { id: 'e4', kind: 'publish', source: 'direct', target: 'accepted-direct' },
      { id: 'e5', kind: 'publish', source: 'outbox', target: 'accepted-outbox' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Write, then publish',
      narration:
        'Checkout publishes 50 orders a second. Two copies of the Orders service handle them: each writes a row to its own database, then publishes OrderAccepted. "Orders · direct" sends the event itself after the commit (its client buffers sends for 50 ms); "Orders · outbox" writes an outbox entry in the same transaction, and a relay publishes the outbox every 200 ms. Press play and compare "committed" and "published" on both.',
      expect: 'Both publish every row they commit. The outbox is a little behind (its relay polls), but nothing is lost.',
      highlight: ['direct', 'outbox'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 5_000,
      checks: [
        { node: 'direct', metric: 'database.lost', compare: 'below', value: 1 },
        { node: 'outbox', metric: 'database.lost', compare: 'below', value: 1 },
        { node: 'direct', metric: 'database.published', compare: 'above', value: 200 },
      ],
    },
    {
      title: 'Crash between commit and publish',
      narration:
        'Crash "Orders · direct" for 3 seconds. The rows it committed in the last 50 ms are in its database, but their events were still in the send buffer of the process that just died. Watch its "lost" figure, and "not in log": rows the database has that the topic will never get.',
      expect:
        'A few events are lost: the database says the orders were accepted, and nobody downstream will ever hear of it. The consumer offsets do not help: when the service comes back it sees the rows already written and skips those orders.',
      highlight: ['direct'],
      action: { type: 'fault', node: 'direct', action: { type: 'crash' }, duration: 3_000 },
      label: 'Crash Orders · direct',
      runFor: 6_000,
      checks: [
        { node: 'direct', metric: 'database.lost', compare: 'above', value: 0 },
        { node: 'direct', metric: 'database.unpublished', compare: 'above', value: 0 },
      ],
    },
    {
      title: 'Look for a lost event',
      narration:
        'The service card names the key of the last lost event. Open the Trace tab, type that key and press Trace, then pick the event marked "lost". Its journey ends at Orders · direct: the row was committed, then the crash. It never reached accepted (direct).',
      expect: 'The trace finds the event nowhere downstream: its last step is "Lost at Orders · direct: never published".',
      highlight: ['direct', 'accepted-direct'],
      runFor: 1_000,
      checks: [{ node: 'direct', metric: 'database.lost', compare: 'above', value: 0 }],
    },
    {
      title: 'The same crash with an outbox',
      narration:
        'Now crash "Orders · outbox" the same way. The relay runs inside the service, so it stops too: watch "waiting" grow in its outbox while the service is down. When it comes back, the relay publishes everything that waited.',
      expect:
        'Nothing is lost: every committed row is published. The price: a delay while the service was down, and perhaps a few duplicates (a batch the relay published but had not marked as sent when it crashed). Consumers must be idempotent anyway.',
      highlight: ['outbox'],
      action: { type: 'fault', node: 'outbox', action: { type: 'crash' }, duration: 3_000 },
      label: 'Crash Orders · outbox',
      runFor: 6_000,
      checks: [
        { node: 'outbox', metric: 'database.lost', compare: 'below', value: 1 },
        { node: 'outbox', metric: 'database.unpublished', compare: 'below', value: 20 },
        { node: 'outbox', metric: 'database.committed', compare: 'rises' },
      ],
    },
  ],
};
