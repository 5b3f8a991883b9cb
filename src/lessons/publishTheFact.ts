// Lesson 2: the same system, but Payment publishes a PaymentCompleted fact instead of calling its
// neighbours. A slow Email now only lags behind and catches up; payments stay fast.
import type { Lesson } from './types';

export const publishTheFact: Lesson = {
  id: 'publish-the-fact',
  number: 2,
  title: 'Publish the fact instead',
  summary:
    'The same payment system, but Payment records a PaymentCompleted event and replies at once. Slow Email down the same way and watch Email fall behind and catch up while payments stay fast.',
  minutes: 10,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 2 · Publish the fact instead',
    seed: 2,
    nodes: [
      { id: 'shoppers', kind: 'client', label: 'Shoppers', position: { x: 0, y: 154 },
        config: { rate: 20, keys: 1000 } },
      { id: 'payment', kind: 'service', label: 'Payment', position: { x: 250, y: 154 },
        config: { concurrency: 8, processing: { dist: 'exponential', mean: 20 }, queueLimit: 40, publishes: 'PaymentCompleted' } },
      { id: 'payments', kind: 'topic', label: 'payments', position: { x: 500, y: 154 },
        config: { partitions: 4 } },
      { id: 'email', kind: 'service', label: 'Email', position: { x: 750, y: 0 },
        config: { concurrency: 8, ordering: 'key', processing: { dist: 'exponential', mean: 100 }, publishes: 'EmailSent' } },
      { id: 'notification', kind: 'service', label: 'Notification', position: { x: 750, y: 154 },
        config: { concurrency: 8, ordering: 'key', processing: { dist: 'exponential', mean: 30 }, publishes: 'NotificationSent' } },
      { id: 'analytics', kind: 'service', label: 'Analytics', position: { x: 750, y: 308 },
        config: { concurrency: 8, ordering: 'key', processing: { dist: 'exponential', mean: 20 }, publishes: 'PaymentRecorded' } },
    ],
    edges: [
      { id: 'c1', kind: 'call', source: 'shoppers', target: 'payment', config: { timeout: 5_000, retries: 0 } },
      { id: 'e1', kind: 'publish', source: 'payment', target: 'payments' },
      { id: 'e2', kind: 'subscribe', source: 'payments', target: 'email' },
      { id: 'e3', kind: 'subscribe', source: 'payments', target: 'notification' },
      { id: 'e4', kind: 'subscribe', source: 'payments', target: 'analytics' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Payment states a fact',
      narration:
        'Shoppers pay 20 times a second, as in lesson 1. This time Payment does its own work, writes one PaymentCompleted event to the payments topic, and answers the shopper straight away. Email, Notification and Analytics read that event in their own time. Press play and look at the p99 latency on Shoppers.',
      expect: 'Even the slowest payments take about a tenth of a second: the shopper no longer waits for email, notification or analytics.',
      highlight: ['shoppers', 'payment', 'payments'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'shoppers', metric: 'latencyMs.p99', compare: 'below', value: 300 },
        { node: 'payments', metric: 'lag.email', compare: 'below', value: 20 },
      ],
    },
    {
      title: 'Email slows down, again',
      narration:
        'Slow Email from 100 ms to 4 seconds for 20 seconds, the same fault as in lesson 1. Watch the p99 latency and failures on Shoppers, and the lag bar for Email on the payments topic.',
      expect:
        'Shoppers notice nothing: latency stays where it was and nothing fails. The trouble stays with Email: its lag grows as PaymentCompleted events wait for it in the topic.',
      highlight: ['email', 'payments', 'shoppers'],
      action: { type: 'fault', node: 'email', action: { type: 'slow', factor: 40 }, duration: 20_000 },
      label: 'Slow Email to 4 s',
      runFor: 20_000,
      checks: [
        { node: 'payments', metric: 'lag.email', compare: 'above', value: 100 },
        { node: 'shoppers', metric: 'latencyMs.p99', compare: 'stays', factor: 2 },
        { node: 'shoppers', metric: 'failed', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'Email catches up',
      narration: 'Email is back to normal speed. Watch its lag bar on the payments topic, and its throughput.',
      expect:
        'Email works faster than payments arrive until the backlog is gone, and the lag drains to zero: every receipt is sent, just later. What the slow dependency cost is delay in one place, not failed payments everywhere.',
      highlight: ['email', 'payments'],
      runFor: 20_000,
      checks: [
        { node: 'payments', metric: 'lag.email', compare: 'below', value: 20 },
        { node: 'email', metric: 'processed', measure: 'perSecond', compare: 'above', value: 25 },
      ],
    },
  ],
};
