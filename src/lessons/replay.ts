// Lesson 6: a durable log keeps events after they are read, so a consumer can go back and rebuild
// its read model; retention bounds how far back it can go, and a consumer that lags past it loses data.
import type { Lesson } from './types';

export const replay: Lesson = {
  id: 'replay',
  number: 6,
  title: 'Replay',
  summary:
    'A topic is a log that keeps events after they are read. Rewind a consumer to rebuild its data from history, and see what is lost for good when a consumer falls further behind than the log keeps.',
  minutes: 12,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 6 · Replay',
    seed: 6,
    nodes: [
      { id: 'shop', kind: 'producer', label: 'Shop', position: { x: 0, y: 80 },
        config: { rate: 50, keys: 1000, eventTypes: ['OrderPlaced'] } },
      { id: 'orders-all', kind: 'topic', label: 'orders (kept forever)', position: { x: 250, y: 0 },
        config: { partitions: 2, retention: null } },
      { id: 'orders-short', kind: 'topic', label: 'orders (kept 10 s)', position: { x: 250, y: 160 },
        config: { partitions: 2, retention: 10_000 } },
      { id: 'history', kind: 'service', label: 'Order history', position: { x: 500, y: 0 },
        config: { processing: { dist: 'constant', mean: 2 }, publishes: 'HistoryUpdated' } },
      { id: 'reports', kind: 'service', label: 'Reports', position: { x: 500, y: 160 },
        config: { processing: { dist: 'constant', mean: 2 }, publishes: 'ReportUpdated' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'shop', target: 'orders-all' },
      { id: 'e2', kind: 'publish', source: 'shop', target: 'orders-short' },
      { id: 'e3', kind: 'subscribe', source: 'orders-all', target: 'history' },
      { id: 'e4', kind: 'subscribe', source: 'orders-short', target: 'reports' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'A log, not a queue',
      narration:
        'The Shop publishes OrderPlaced events into two topics. Order history and Reports each build a read model: the latest order of every customer. Press play and look at the partition bars on the two topics.',
      expect:
        'The partition bars keep growing on "orders (kept forever)" even though Order history has read every event: reading does not delete. Each consumer only remembers how far it has read, its offset.',
      highlight: ['orders-all', 'orders-short'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'history', metric: 'staleKeys', compare: 'below', value: 10 },
        { node: 'orders-all', metric: 'lag.history', compare: 'below', value: 10 },
      ],
    },
    {
      title: 'Rewind and rebuild',
      narration:
        'Suppose Order history had a bug and its data is wrong. Reset its offsets to the earliest event: it throws its read model away and reads the whole log again. Watch the lag bar for Order history and its stale keys figure.',
      expect:
        'The lag jumps to everything in the log and the stale keys jump up: the read model is empty and being rebuilt. The Shop notices nothing.',
      highlight: ['history', 'orders-all'],
      action: { type: 'fault', node: 'history', action: { type: 'replay', to: 'earliest' }, duration: null },
      label: 'Replay Order history from the start',
      runFor: 500,
      checks: [
        { node: 'orders-all', metric: 'lag.history', compare: 'above', value: 100 },
        { node: 'history', metric: 'staleKeys', compare: 'above', value: 100 },
      ],
    },
    {
      title: 'Caught up again',
      narration: 'Let it run for a few seconds and watch the same two figures on Order history.',
      expect:
        'The lag drains back to zero and the stale keys fall to a handful: the read model was rebuilt from history alone, with nobody sending anything again.',
      highlight: ['history'],
      runFor: 5_000,
      checks: [
        { node: 'history', metric: 'staleKeys', compare: 'below', value: 10 },
        { node: 'orders-all', metric: 'lag.history', compare: 'below', value: 10 },
      ],
    },
    {
      title: 'Behind by more than the log keeps',
      narration:
        'The bottom topic keeps events for 10 seconds only, to save disk. Crash Reports for 20 seconds. Watch its lag bar, and the "expired" count for Reports on the topic: events deleted before Reports read them.',
      expect:
        'While Reports is down its lag grows, then events older than 10 seconds are deleted unread. When Reports comes back it skips what is gone: the expired count stays above zero and many customers are stale in its data.',
      highlight: ['reports', 'orders-short'],
      action: { type: 'fault', node: 'reports', action: { type: 'crash' }, duration: 20_000 },
      label: 'Crash Reports for 20 s',
      runFor: 25_000,
      checks: [
        { node: 'orders-short', metric: 'expired.reports', compare: 'above', value: 200 },
        { node: 'reports', metric: 'staleKeys', compare: 'above', value: 100 },
      ],
    },
    {
      title: 'A replay cannot bring it back',
      narration:
        'Try the same fix as before: replay Reports from the earliest event. Compare its stale keys with Order history.',
      expect:
        'Reports throws its read model away and can reread only the last 10 seconds. Its stale keys go up, not down: every customer whose orders were deleted is missing, and that data is lost for good. Order history, with the full log, stays complete.',
      highlight: ['reports', 'history'],
      action: { type: 'fault', node: 'reports', action: { type: 'replay', to: 'earliest' }, duration: null },
      label: 'Replay Reports from the start',
      runFor: 5_000,
      checks: [
        { node: 'reports', metric: 'staleKeys', compare: 'above', value: 100 },
        { node: 'history', metric: 'staleKeys', compare: 'below', value: 10 },
      ],
    },
  ],
};
