// Lesson 10: a topic is split into partitions; each consumer group reads all of it, its instances
// share the partitions, and the group rebalances as instances come and go; lag shows who keeps up.
import type { Lesson } from './types';

export const partitionsAndGroups: Lesson = {
  id: 'partitions-and-groups',
  number: 10,
  title: 'Partitions, consumer groups and lag',
  summary:
    'How a partitioned log spreads work: each consumer group gets every event, its instances share the partitions, and adding or losing an instance moves partitions around. Lag tells you who is keeping up.',
  minutes: 12,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 10 · Partitions, consumer groups and lag',
    seed: 10,
    nodes: [
      { id: 'website', kind: 'producer', label: 'Website', position: { x: 0, y: 80 },
        config: { rate: 200, keys: 10_000, eventTypes: ['PageViewed'] } },
      { id: 'page-views', kind: 'topic', label: 'page views', position: { x: 250, y: 80 },
        config: { partitions: 6 } },
      { id: 'analytics', kind: 'service', label: 'Analytics', position: { x: 500, y: 0 },
        config: { instances: 1, processing: { dist: 'exponential', mean: 8 }, publishes: 'ViewCounted' } },
      { id: 'archive', kind: 'service', label: 'Archive', position: { x: 500, y: 160 },
        config: { instances: 1, concurrency: 2, processing: { dist: 'constant', mean: 2 }, publishes: 'ViewArchived' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'website', target: 'page-views' },
      { id: 'e2', kind: 'subscribe', source: 'page-views', target: 'analytics' },
      { id: 'e3', kind: 'subscribe', source: 'page-views', target: 'archive' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Partitions and groups',
      narration:
        'The Website publishes 200 page views a second into a topic with 6 partitions: 6 separate logs, each view placed by its key. Analytics and Archive are two consumer groups: each reads every event, at its own pace, and keeps its own position (offset) in each partition. Press play and watch the two lag bars on the topic: how many events each group has not handled yet.',
      expect:
        'Archive keeps up: its lag stays near zero. Analytics has one instance that can handle about 125 events a second, fewer than arrive, so its lag keeps growing.',
      highlight: ['page-views', 'analytics', 'archive'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 8_000,
      checks: [
        { node: 'page-views', metric: 'lag.analytics', compare: 'above', value: 300 },
        { node: 'page-views', metric: 'lag.archive', compare: 'below', value: 50 },
      ],
    },
    {
      title: 'Add an instance: the group rebalances',
      narration:
        'Start a second instance of Analytics. The group rebalances: the 6 partitions are split between the two instances, 3 each. Watch Analytics\' throughput and its lag bar.',
      expect:
        'Throughput almost doubles, a little above the rate of arrivals, so the lag starts to shrink. Events of one key still go to one instance, in order.',
      highlight: ['analytics'],
      action: { type: 'fault', node: 'analytics', action: { type: 'add-instance' }, duration: null },
      label: 'Add an Analytics instance',
      runFor: 5_000,
      checks: [{ node: 'analytics', metric: 'processed', measure: 'perSecond', compare: 'rises', factor: 1.4 }],
    },
    {
      title: 'A third instance drains the backlog',
      narration: 'Add a third instance: now each one owns 2 partitions. Watch the lag bar for Analytics.',
      expect:
        'With room to spare the backlog drains quickly. Lag falling to zero means the group has caught up with the newest events.',
      highlight: ['analytics', 'page-views'],
      action: { type: 'fault', node: 'analytics', action: { type: 'add-instance' }, duration: null },
      label: 'Add another Analytics instance',
      runFor: 10_000,
      checks: [
        { node: 'page-views', metric: 'lag.analytics', compare: 'falls', factor: 5 },
        { node: 'analytics', metric: 'liveInstances', compare: 'above', value: 2 },
      ],
    },
    {
      title: 'An instance crashes',
      narration:
        'Crash one Analytics instance. The group notices and moves its partitions to the two that are left; they restart from the last saved offsets. Watch the live instances and the lag bar.',
      expect:
        'Two instances remain and take over all 6 partitions. Lag bumps up for a moment and then stays low: two instances are enough for this load. Archive, another group, notices nothing.',
      highlight: ['analytics', 'archive'],
      action: { type: 'fault', node: 'analytics', action: { type: 'crash' }, duration: null },
      label: 'Crash an Analytics instance',
      runFor: 8_000,
      checks: [
        { node: 'analytics', metric: 'liveInstances', compare: 'below', value: 3 },
        { node: 'page-views', metric: 'lag.analytics', compare: 'below', value: 200 },
        { node: 'page-views', metric: 'lag.archive', compare: 'below', value: 50 },
      ],
    },
  ],
};
