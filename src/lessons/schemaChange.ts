// Lesson 15: a producer deploys version 2 of its event with a renamed field; a consumer that
// reads only version 1 fails on every new event. A schema registry on the topic refuses the
// deploy instead, and the producer shows why.
import type { Lesson } from './types';

export const schemaChange: Lesson = {
  id: 'schema-change',
  number: 15,
  title: 'A breaking schema change',
  summary:
    'Checkout ships version 2 of OrderPlaced with a field renamed. Email only reads version 1 and fails on every new event. With a schema registry checking compatibility, the bad deploy is refused before it breaks anyone.',
  minutes: 10,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 15 · A breaking schema change',
    seed: 12,
    nodes: [
      { id: 'checkout', kind: 'producer', label: 'Checkout', position: { x: 0, y: 80 },
        config: { rate: 20, keys: 100, eventTypes: ['OrderPlaced'], schema: { version: 1, changes: ['rename-field'] } } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 250, y: 80 },
        config: { partitions: 2, compatibility: 'backward', registry: false } },
      { id: 'email', kind: 'service', label: 'Email', position: { x: 520, y: 80 },
        config: { instances: 1, concurrency: 2, processing: { dist: 'exponential', mean: 5 }, reads: [1], publishes: 'EmailSent',
          retry: { maxAttempts: 3, backoff: 10, mode: 'blocking' } } },
      { id: 'dead-letters', kind: 'topic', label: 'dead letters', position: { x: 800, y: 80 } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
      { id: 'e3', kind: 'deadletter', source: 'email', target: 'dead-letters' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Version 1 everywhere',
      narration:
        'Checkout publishes OrderPlaced, version 1 of its schema. Email declares that it reads version 1. Press play: every order is read and processed.',
      expect: 'Email processes everything; nothing fails, nothing is dead-lettered.',
      highlight: ['checkout', 'email'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 4_000,
      checks: [
        { node: 'email', metric: 'unreadable', compare: 'below', value: 1 },
        { node: 'email', metric: 'processed', compare: 'above', value: 50 },
      ],
    },
    {
      title: 'Deploy version 2',
      narration:
        'Deploy version 2 of Checkout. It renames a field of OrderPlaced: a reader of version 1 cannot find the field it needs. Nothing checks this at publish time: the orders topic accepts anything. Watch Email\'s failures and the dead letters topic.',
      expect:
        'Every new order fails at Email, is retried three times, and ends in dead letters. The producer is happy; the consumer is broken.',
      highlight: ['checkout', 'email', 'dead-letters'],
      action: { type: 'fault', node: 'checkout', action: { type: 'deploy', version: 2 }, duration: null },
      label: 'Deploy v2 of Checkout',
      runFor: 4_000,
      checks: [
        { node: 'email', metric: 'unreadable', compare: 'above', value: 30 },
        { node: 'email', metric: 'deadLettered', compare: 'above', value: 10 },
      ],
    },
    {
      title: 'Roll back',
      narration: 'Deploy version 1 again, the quickest way out. New orders are readable again; the dead letters stay for someone to replay.',
      expect: 'Email stops failing: new orders are version 1 again.',
      highlight: ['checkout', 'email'],
      action: { type: 'fault', node: 'checkout', action: { type: 'deploy', version: 1 }, duration: null },
      label: 'Roll back to v1',
      runFor: 3_000,
      checks: [{ node: 'email', metric: 'deadLettered', measure: 'perSecond', compare: 'falls', factor: 2 }],
    },
    {
      title: 'A schema registry on the topic',
      narration:
        'Turn on the schema registry of the orders topic. Its compatibility is "backward": readers of the new version must still read the events already in the topic, and a rename breaks that. Now deploy version 2 again.',
      expect:
        'The registry refuses the deploy: Checkout shows the error "v2 (rename-field) is not backward compatible with v1" and keeps publishing version 1. Email never sees a version it cannot read.',
      highlight: ['orders', 'checkout'],
      action: { type: 'edit', set: [{ id: 'orders', config: { registry: true } }] },
      label: 'Turn on the registry',
      runFor: 1_000,
      checks: [{ node: 'email', metric: 'unreadable', compare: 'stays', value: 0 }],
    },
    {
      title: 'Deploy version 2 again',
      narration: 'Deploy version 2 of Checkout once more, and look at Checkout: the registry checks the new schema against the topic\'s compatibility before a single event goes out.',
      expect: 'Checkout shows the refusal as its error; Email processes everything; nothing new in dead letters.',
      highlight: ['checkout', 'email'],
      action: { type: 'fault', node: 'checkout', action: { type: 'deploy', version: 2 }, duration: null },
      label: 'Deploy v2 with the registry on',
      runFor: 3_000,
      checks: [
        { node: 'checkout', metric: 'deploysRefused', compare: 'above', value: 0 },
        { node: 'email', metric: 'unreadable', compare: 'stays', value: 0 },
      ],
    },
  ],
};
