// Lesson 13: when an instance joins a consumer group, its partitions are reassigned. Eager
// rebalancing stops the whole group; cooperative rebalancing pauses only the partitions that move.
import type { Lesson } from './types';

export const rebalanceProtocols: Lesson = {
  id: 'rebalance-protocols',
  number: 13,
  title: 'Eager or cooperative rebalancing',
  summary:
    'Two consumer groups read the same topic. Add an instance to each: the eager group stops the world, the cooperative one pauses only the partitions that move. Compare the lag side by side.',
  minutes: 10,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 13 · Eager or cooperative rebalancing',
    seed: 13,
    nodes: [
      { id: 'shop', kind: 'producer', label: 'Shop', position: { x: 0, y: 100 },
        config: { rate: 300, keys: 1000, eventTypes: ['OrderPlaced'] } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 250, y: 90 }, config: { partitions: 6 } },
      { id: 'eager', kind: 'service', label: 'Eager group', position: { x: 520, y: 0 },
        config: { instances: 2, processing: { dist: 'constant', mean: 2 }, rebalance: 'eager', rebalanceMs: 1000, publishes: 'EagerDone' } },
      { id: 'coop', kind: 'service', label: 'Cooperative group', position: { x: 520, y: 200 },
        config: { instances: 2, processing: { dist: 'constant', mean: 2 }, rebalance: 'cooperative', rebalanceMs: 1000, publishes: 'CooperativeDone' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'shop', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'eager' },
      { id: 'e3', kind: 'subscribe', source: 'orders', target: 'coop' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Two groups, one topic',
      narration:
        'Both groups read all six partitions of "orders", each with two instances of three partitions. They differ only in their rebalancing protocol. Press play and compare their lag on the topic.',
      expect: 'Both keep up: their lag stays near zero.',
      highlight: ['eager', 'coop', 'orders'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 4_000,
      checks: [
        { node: 'orders', metric: 'lag.eager', compare: 'below', value: 30 },
        { node: 'orders', metric: 'lag.coop', compare: 'below', value: 30 },
      ],
    },
    {
      title: 'Eager: stop the world',
      narration:
        'Add an instance to the Eager group. Every instance gives up every partition, the group agrees on a new assignment, and only then does anyone read again. Watch the Eager group\'s lag.',
      expect: 'The Eager group\'s lag climbs for the whole second of the rebalance, on all six partitions at once.',
      highlight: ['eager', 'orders'],
      action: { type: 'fault', node: 'eager', action: { type: 'add-instance' }, duration: null },
      label: 'Add an instance to Eager',
      runFor: 800,
      checks: [
        { node: 'orders', metric: 'lag.eager', compare: 'above', value: 150 },
        { node: 'eager', metric: 'partitionPausedMs', compare: 'above', value: 4000 },
      ],
    },
    {
      title: 'Cooperative: only what moves',
      narration:
        'Now add an instance to the Cooperative group. Only the two partitions that move to the newcomer pause; the other four are read on without a break. Compare its lag with the Eager group\'s a moment ago.',
      expect: 'The Cooperative group\'s lag rises about a third as much: two partitions of six paused.',
      highlight: ['coop', 'orders'],
      action: { type: 'fault', node: 'coop', action: { type: 'add-instance' }, duration: null },
      label: 'Add an instance to Cooperative',
      runFor: 800,
      checks: [
        { node: 'orders', metric: 'lag.coop', compare: 'above', value: 40 },
        { node: 'orders', metric: 'lag.coop', compare: 'below', value: 120 },
        { node: 'coop', metric: 'partitionPausedMs', compare: 'below', value: 2000 },
      ],
    },
    {
      title: 'The bill',
      narration: 'Let both catch up and compare "partition-paused ms" of the two groups: partitions times the time they could not be read.',
      expect: 'Both are caught up; the eager rebalance cost three times the paused partition-time of the cooperative one (6 × 1 s against 2 × 1 s).',
      highlight: ['eager', 'coop'],
      runFor: 3_000,
      checks: [
        { node: 'eager', metric: 'partitionPausedMs', compare: 'above', value: 5500 },
        { node: 'coop', metric: 'partitionPausedMs', compare: 'below', value: 2500 },
        { node: 'orders', metric: 'lag.eager', compare: 'below', value: 30 },
      ],
    },
  ],
};
