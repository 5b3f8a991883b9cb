// Lesson 16: a windowed count is only right if it waits for late, out-of-order events. The same
// stream goes to two counters, one that closes its windows at once and one that waits 2 s.
import type { Lesson } from './types';

const counter = (grace: number) => ({
  operators: [{ op: 'aggregate', fn: 'count', window: { kind: 'tumbling', size: 1000 } }],
  graceMs: grace,
});

export const lateEvents: Lesson = {
  id: 'late-events',
  number: 16,
  title: 'Late events and the grace period',
  summary:
    'Count sensor readings per second by when they happened. Readings arrive up to 1.5 s late and out of order: see the count go wrong without a grace period, right with one, and what waiting costs.',
  minutes: 15,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 16 · Late events and the grace period',
    seed: 11,
    nodes: [
      { id: 'sensors', kind: 'producer', label: 'Sensors', position: { x: 0, y: 100 },
        config: { rate: 60, keys: 5, eventTypes: ['ReadingTaken'] } },
      { id: 'readings', kind: 'topic', label: 'readings', position: { x: 260, y: 100 }, config: { partitions: 1 } },
      { id: 'fast', kind: 'processor', label: 'Count (grace 0)', position: { x: 540, y: 0 }, config: counter(0) },
      { id: 'patient', kind: 'processor', label: 'Count (grace 2 s)', position: { x: 540, y: 220 }, config: counter(2000) },
      { id: 'fast-counts', kind: 'topic', label: 'counts (grace 0)', position: { x: 820, y: 0 } },
      { id: 'patient-counts', kind: 'topic', label: 'counts (grace 2 s)', position: { x: 820, y: 220 } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'sensors', target: 'readings',
        config: { latency: { dist: 'uniform', min: 0, max: 1500 } } },
      { id: 'e2', kind: 'subscribe', source: 'readings', target: 'fast' },
      { id: 'e3', kind: 'subscribe', source: 'readings', target: 'patient' },
      { id: 'e4', kind: 'publish', source: 'fast', target: 'fast-counts' },
      { id: 'e5', kind: 'publish', source: 'patient', target: 'patient-counts' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Event time is not arrival time',
      narration:
        'Sensors take readings and send them over a slow network: each reading reaches the topic 0 to 1.5 s after it was taken, so readings arrive out of order. Both processors count readings per sensor in 1-second windows by event time, the time the reading was taken. Each keeps a watermark, the newest event time it has seen, and closes a window when the watermark passes the window\'s end plus its grace. Press play and watch the late figure on both processors.',
      expect:
        'Count (grace 0) closes each window as soon as a newer reading shows up, and then throws away readings of that window that come later: its late figure climbs. Count (grace 2 s) has none.',
      highlight: ['readings', 'fast', 'patient'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'fast', metric: 'late', compare: 'above', value: 50 },
        { node: 'patient', metric: 'late', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'A count that is wrong',
      narration:
        'Open the Streams tab below the canvas and pick Count (grace 0) (or click it when no lesson is open: its inspector holds the same table view). Beside its count of the closed windows ("Engine count") stands the true count: what a perfect processor, waiting for every reading, would have said. Closed rows show each window\'s count and its true count in red where they differ.',
      expect:
        'The engine count is far below the true count: a large share of the readings came after their window had closed. Count (grace 2 s) shows the same figure twice: its counts are right.',
      highlight: ['fast'],
      runFor: 5_000,
      checks: [
        { node: 'fast', metric: 'late', compare: 'rises' },
        { node: 'patient', metric: 'late', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'What waiting costs',
      narration:
        'Correctness is not free. A window\'s result goes out only when the window closes, and Count (grace 2 s) closes each window 2 s later than Count (grace 0). The figure "result delay" in the table view is the mean time from a window\'s end to its result.',
      expect:
        'Count (grace 0) answers within a few hundred ms of a window\'s end, wrongly; Count (grace 2 s) about 2 s after, rightly. The grace period is the price of a right answer: as long as the latest event you want to count.',
      highlight: ['fast', 'patient'],
      runFor: 5_000,
      checks: [
        { node: 'patient', metric: 'windowed.resultDelayMs', compare: 'above', value: 1900 },
        { node: 'fast', metric: 'windowed.resultDelayMs', compare: 'below', value: 600 },
      ],
    },
    {
      title: 'Give it a grace period',
      narration:
        'Give Count (grace 0) a grace period of 2 s, as long as the longest delay of the network. Windows already closed stay wrong; new ones wait for their late readings.',
      expect:
        'Its late figure stops climbing: from now on every reading finds its window still open, and its counts match the truth.',
      highlight: ['fast'],
      action: { type: 'edit', set: [{ id: 'fast', config: { graceMs: 2000 } }] },
      label: 'Grace 2 s on Count (grace 0)',
      runFor: 8_000,
      checks: [{ node: 'fast', metric: 'late', measure: 'perSecond', compare: 'below', value: 0.5 }],
    },
  ],
};
