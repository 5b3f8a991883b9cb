// Lesson 4: read models trail the truth by a window that waiting and processing make, and they
// converge when the updates stop.
import type { Lesson } from './types';

export const eventualConsistency: Lesson = {
  id: 'eventual-consistency',
  number: 4,
  title: 'Eventual consistency',
  summary:
    'A read model built from events is always a little behind the truth. See how far behind, what makes the gap wider, and watch it close when the updates stop.',
  minutes: 12,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 4 · Eventual consistency',
    seed: 4,
    nodes: [
      { id: 'profiles-app', kind: 'producer', label: 'Profile editor', position: { x: 0, y: 80 },
        config: { rate: 40, keys: 50, eventTypes: ['ProfileUpdated'] } },
      { id: 'profile-events', kind: 'topic', label: 'profile events', position: { x: 250, y: 80 },
        config: { partitions: 2 } },
      { id: 'search', kind: 'service', label: 'Search index', position: { x: 500, y: 0 },
        config: { processing: { dist: 'exponential', mean: 15 }, publishes: 'ProfileIndexed' } },
      { id: 'recommendations', kind: 'service', label: 'Recommendations', position: { x: 500, y: 160 },
        config: { concurrency: 2, processing: { dist: 'exponential', mean: 5 }, publishes: 'ProfileScored' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'profiles-app', target: 'profile-events' },
      { id: 'e2', kind: 'subscribe', source: 'profile-events', target: 'search' },
      { id: 'e3', kind: 'subscribe', source: 'profile-events', target: 'recommendations' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Two read models of the same profiles',
      narration:
        'People edit their profiles 40 times a second. Each edit is a ProfileUpdated event. Search index and Recommendations each keep their own copy of the profiles, built only from these events. A copy like that is called a read model. Press play and open the consistency panel for Search index. It lists a few profiles: the newest version that exists (the truth) next to the version Search index has applied.',
      expect:
        'Most rows match. A few are one version behind for a moment, then catch up. The "stale keys" figure stays small: only the profiles edited in the last instant are out of date.',
      highlight: ['search', 'recommendations'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'search', metric: 'staleKeys', compare: 'below', value: 20 },
        { node: 'search', metric: 'processed', measure: 'perSecond', compare: 'above', value: 30 },
      ],
    },
    {
      title: 'The window widens when a reader falls behind',
      narration:
        'Now Search index gets 4 times slower for 8 seconds, say because its database is busy. Edits keep arriving at the same pace. Watch the lag bar for Search index on the profile events topic, and the stale keys figure on Search index. Keep an eye on Recommendations too.',
      expect:
        'Search index cannot keep up: its lag climbs and most profiles become stale in its copy. Recommendations reads the same events at its own pace and stays almost current. Nothing is lost: the events wait in the topic.',
      highlight: ['search', 'profile-events'],
      action: { type: 'fault', node: 'search', action: { type: 'slow', factor: 4 }, duration: 8_000 },
      label: 'Slow Search index ×4 for 8 s',
      runFor: 8_000,
      checks: [
        { node: 'search', metric: 'staleKeys', compare: 'above', value: 30 },
        { node: 'profile-events', metric: 'lag.search', compare: 'above', value: 100 },
        { node: 'recommendations', metric: 'staleKeys', compare: 'below', value: 20 },
      ],
    },
    {
      title: 'Stop the edits and watch it converge',
      narration:
        'Search index is back to its normal speed, but it still has a backlog. Stop the profile editor so no new edits arrive. Watch the lag bar and the stale keys figure on Search index.',
      expect:
        'The lag drains to zero and the stale keys fall to zero: every copy ends up equal to the truth. That is what "eventually consistent" means: the copies agree once they have read everything.',
      highlight: ['search', 'profiles-app'],
      action: { type: 'fault', node: 'profiles-app', action: { type: 'rate', rate: 0 }, duration: null },
      label: 'Stop the edits',
      runFor: 8_000,
      checks: [
        { node: 'search', metric: 'staleKeys', compare: 'below', value: 1 },
        { node: 'profile-events', metric: 'lag.search', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'Where the window comes from',
      narration:
        'Start the edits again. Open the metrics for Search index and compare its consistency window with its processing time. The window is the time from an edit to the moment Search index applied it: time travelling to the topic, time waiting behind other events, and the processing itself.',
      expect:
        'Stale keys go back to a handful. The consistency window is longer than the processing time alone: waiting in line is most of it, and it grows sharply when the reader is busy.',
      highlight: ['search', 'profile-events'],
      action: { type: 'fault', node: 'profiles-app', action: { type: 'rate', rate: 40 }, duration: null },
      label: 'Restart the edits',
      runFor: 10_000,
      checks: [
        { node: 'search', metric: 'staleKeys', compare: 'below', value: 20 },
        { node: 'search', metric: 'processed', measure: 'perSecond', compare: 'above', value: 30 },
      ],
    },
  ],
};
