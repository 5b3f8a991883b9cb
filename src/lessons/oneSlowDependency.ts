// Lesson 1: a chain of synchronous calls is only as fast as its slowest link. One dependency
// slowing from 100 ms to 4 s holds every caller's workers, pools exhaust, timeouts and retries add
// load, and users' requests fail although the payment logic itself is healthy.
import type { Lesson } from './types';

// The slow spell covers steps 2 and 3 exactly, so step 4 starts as Email recovers.
const SLOW_MS = 25_000;

export const oneSlowDependency: Lesson = {
  id: 'one-slow-dependency',
  number: 1,
  title: 'One slow dependency',
  summary:
    'Payment calls Email, Notification and Analytics and waits for each answer. When Email slows from 100 ms to 4 seconds, watch the whole chain fail for users, although the payment code is fine.',
  minutes: 12,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 1 · One slow dependency',
    seed: 1,
    nodes: [
      { id: 'shoppers', kind: 'client', label: 'Shoppers', position: { x: 0, y: 154 },
        config: { rate: 20, keys: 1000 } },
      { id: 'payment', kind: 'service', label: 'Payment', position: { x: 250, y: 154 },
        config: { concurrency: 8, processing: { dist: 'exponential', mean: 20 }, queueLimit: 40, publishes: 'PaymentCompleted' } },
      { id: 'email', kind: 'service', label: 'Email', position: { x: 500, y: 0 },
        config: { concurrency: 8, processing: { dist: 'exponential', mean: 100 }, publishes: 'EmailSent' } },
      { id: 'notification', kind: 'service', label: 'Notification', position: { x: 500, y: 154 },
        config: { concurrency: 8, processing: { dist: 'exponential', mean: 30 }, publishes: 'NotificationSent' } },
      { id: 'analytics', kind: 'service', label: 'Analytics', position: { x: 500, y: 308 },
        config: { concurrency: 8, processing: { dist: 'exponential', mean: 20 }, publishes: 'PaymentRecorded' } },
    ],
    edges: [
      { id: 'c1', kind: 'call', source: 'shoppers', target: 'payment', config: { timeout: 5_000, retries: 0 } },
      { id: 'c2', kind: 'call', source: 'payment', target: 'email', config: { timeout: 1_000, retries: 2, backoff: 100, order: 1 } },
      { id: 'c3', kind: 'call', source: 'payment', target: 'notification', config: { timeout: 1_000, retries: 2, backoff: 100, order: 2 } },
      { id: 'c4', kind: 'call', source: 'payment', target: 'analytics', config: { timeout: 1_000, retries: 2, backoff: 100, order: 3 } },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'A healthy call chain',
      narration:
        'Shoppers pay 20 times a second. Payment does its own work (about 20 ms), then calls Email, Notification and Analytics one after another and waits for each answer before it replies. Payment has 8 workers; a worker stays busy for the whole time it waits. Press play and look at the p99 latency on Shoppers: 99 of 100 payments are faster than this.',
      expect:
        'Payments take well under a second, even the slowest 1%. Payment keeps up with its 8 workers and no request fails.',
      highlight: ['shoppers', 'payment'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'shoppers', metric: 'latencyMs.p99', compare: 'below', value: 1_000 },
        { node: 'shoppers', metric: 'failed', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'Email slows down',
      narration:
        'Email\'s mail provider has a bad day: Email now takes 4 seconds instead of 100 ms, for 25 seconds. Payment gives up on a call after 1 second and tries again, twice. Watch the busy workers on Payment, the p99 latency and the failures on Shoppers.',
      expect:
        'Every Payment worker is soon stuck waiting for Email, so new payments queue up, then get refused. The p99 latency of Shoppers jumps several times and failures pile up, though Payment\'s own work is as fast as ever.',
      highlight: ['email', 'payment', 'shoppers'],
      action: { type: 'fault', node: 'email', action: { type: 'slow', factor: 40 }, duration: SLOW_MS },
      label: 'Slow Email to 4 s',
      runFor: 15_000,
      checks: [
        { node: 'shoppers', metric: 'latencyMs.p99', compare: 'rises', factor: 3 },
        { node: 'shoppers', metric: 'failed', compare: 'above', value: 10 },
        { node: 'payment', metric: 'rejected', compare: 'above', value: 0 },
      ],
    },
    {
      title: 'Retries make it worse',
      narration:
        'Look at Email. Each payment now calls Email up to three times, and Email keeps working on calls Payment has already given up on. Watch Email\'s busy workers, the work waiting for them, and its wasted work.',
      expect:
        'All of Email\'s workers are busy and calls pile up in front of them, most of them for answers nobody waits for any more (wasted work). The retries meant to help add load to the one service that is already struggling, so even the calls that could succeed time out.',
      highlight: ['email'],
      runFor: 10_000,
      checks: [
        { node: 'email', metric: 'wasted', compare: 'above', value: 10 },
        { node: 'email', metric: 'waiting', compare: 'above', value: 10 },
      ],
    },
    {
      title: 'Email is fast again, but not yet',
      narration:
        'The provider is fine again: new work at Email takes 100 ms. Keep watching the failures on Shoppers, and the calls waiting at Email.',
      expect:
        'Payments keep failing for several more seconds. Email first has to finish the calls already started at 4 seconds each, and the pile of calls waiting in front of it, most of them for callers that gave up long ago.',
      highlight: ['email', 'shoppers'],
      runFor: 12_000,
      checks: [
        { node: 'shoppers', metric: 'failed', compare: 'rises' },
        { node: 'email', metric: 'waiting', compare: 'below', value: 5 },
      ],
    },
    {
      title: 'Back to normal',
      narration: 'Watch Payment\'s busy workers and the failures on Shoppers once more.',
      expect:
        'Payment\'s workers are mostly free again and no payment fails. But every user who paid during those 25 seconds, and for a while after, had a slow or failed payment because of an email.',
      highlight: ['payment', 'shoppers'],
      runFor: 10_000,
      checks: [
        { node: 'shoppers', metric: 'failed', measure: 'perSecond', compare: 'below', value: 1 },
        { node: 'payment', metric: 'waiting', compare: 'below', value: 5 },
      ],
    },
  ],
};
