// Lesson 8: one order fans out into many events; a burst overloads the slowest reader; a bounded
// topic pushes back on the producer (block) or sheds load (drop); skewed keys make one partition hot.
import type { Lesson } from './types';

const FLASH_SALE_MS = 23_000;

export const eventStorms: Lesson = {
  id: 'event-storms',
  number: 8,
  title: 'Event storms and backpressure',
  summary:
    'One order becomes many events. A flash sale turns that into a storm: see a bounded topic push back on the shop, block versus drop, and one hot partition slow a consumer that has plenty of workers.',
  minutes: 15,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 8 · Event storms and backpressure',
    seed: 8,
    nodes: [
      { id: 'shop', kind: 'producer', label: 'Shop', position: { x: 0, y: 0 },
        config: { rate: 40, keys: 1000, eventTypes: ['OrderPlaced'], onFull: 'block', maxPending: 300 } },
      { id: 'fan-club', kind: 'producer', label: 'Fan club', position: { x: 0, y: 300 },
        config: { rate: 1, keys: 1, eventTypes: ['OrderPlaced'] } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 250, y: 150 },
        config: { partitions: 4, capacity: 400, onFull: 'block' } },
      { id: 'email', kind: 'service', label: 'Email', position: { x: 500, y: 0 },
        config: { concurrency: 4, ordering: 'none', processing: { dist: 'exponential', mean: 5 }, publishes: 'EmailSent' } },
      { id: 'stock', kind: 'service', label: 'Stock', position: { x: 500, y: 150 },
        config: { instances: 4, processing: { dist: 'exponential', mean: 20 }, publishes: 'StockReserved' } },
      { id: 'loyalty', kind: 'service', label: 'Loyalty', position: { x: 500, y: 300 },
        config: { concurrency: 4, ordering: 'none', processing: { dist: 'exponential', mean: 5 }, publishes: 'PointsAwarded' } },
      { id: 'notifications', kind: 'topic', label: 'notifications', position: { x: 750, y: 150 },
        config: { partitions: 4 } },
      { id: 'push', kind: 'service', label: 'Push sender', position: { x: 1000, y: 150 },
        config: { concurrency: 3, ordering: 'none', processing: { dist: 'exponential', mean: 5 }, publishes: 'PushDelivered' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'shop', target: 'orders' },
      { id: 'e2', kind: 'publish', source: 'fan-club', target: 'orders' },
      { id: 'e3', kind: 'subscribe', source: 'orders', target: 'email' },
      { id: 'e4', kind: 'subscribe', source: 'orders', target: 'stock' },
      { id: 'e5', kind: 'subscribe', source: 'orders', target: 'loyalty' },
      { id: 'e6', kind: 'publish', source: 'email', target: 'notifications' },
      { id: 'e7', kind: 'publish', source: 'stock', target: 'notifications' },
      { id: 'e8', kind: 'publish', source: 'loyalty', target: 'notifications' },
      { id: 'e9', kind: 'subscribe', source: 'notifications', target: 'push' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'One order, many events',
      narration:
        'The Shop publishes about 40 orders a second. Email, Stock and Loyalty each react to every order and each publishes its own event to the notifications topic, which Push sender reads. Press play and compare the Shop\'s rate with the throughput of Push sender.',
      expect:
        'Push sender handles about three times as many events as the Shop produces: every order fans out into three notifications. Everyone keeps up.',
      highlight: ['shop', 'notifications', 'push'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'push', metric: 'processed', measure: 'perSecond', compare: 'above', value: 100 },
        { node: 'notifications', metric: 'lag.push', compare: 'below', value: 50 },
      ],
    },
    {
      title: 'A flash sale becomes a storm',
      narration:
        'Start a flash sale: the Shop jumps to 300 orders a second for 23 seconds. Watch the lag bar for Push sender on the notifications topic.',
      expect:
        'Up to three times 300 notifications a second: more than Push sender can send. Its lag shoots up within seconds: a small burst at the front became a storm at the back.',
      highlight: ['shop', 'notifications', 'push'],
      action: { type: 'fault', node: 'shop', action: { type: 'rate', rate: 300 }, duration: FLASH_SALE_MS },
      label: 'Flash sale: 300 orders/s',
      runFor: 3_000,
      checks: [{ node: 'notifications', metric: 'lag.push', compare: 'above', value: 300 }],
    },
    {
      title: 'A bounded topic pushes back',
      narration:
        'Stock is the slowest reader of orders. The orders topic holds at most 400 unread events per reader, and when it is full it blocks the publisher. Watch the lag bar for Stock on orders, and the Shop: its blocked and dropped figures.',
      expect:
        'Stock\'s lag fills up to the limit of 400. The topic refuses more, so the Shop has to hold orders itself ("blocked"). When the Shop cannot hold any more either, it drops orders: the pressure travelled all the way back to the source.',
      highlight: ['orders', 'stock', 'shop'],
      runFor: 10_000,
      checks: [
        { node: 'orders', metric: 'lag.stock', compare: 'above', value: 300 },
        { node: 'shop', metric: 'blocked', compare: 'above', value: 0 },
        { node: 'shop', metric: 'dropped', compare: 'above', value: 0 },
      ],
    },
    {
      title: 'Block or drop',
      narration:
        'Change the orders topic to drop the newest event for a reader that is full, instead of blocking. Watch the Shop\'s dropped figure, and the dropped count for Stock on the orders topic.',
      expect:
        'The Shop stops dropping orders: it no longer waits for the slowest reader. Instead Stock misses orders (its dropped count on the topic climbs), while Email and Loyalty still get every one. Blocking protects every reader and slows the source; dropping protects the source and loses data for the slow reader.',
      highlight: ['orders', 'shop', 'stock'],
      action: { type: 'edit', set: [{ id: 'orders', config: { onFull: 'drop-newest' } }] },
      label: 'Make orders drop when full',
      runFor: FLASH_SALE_MS - 13_000,
      checks: [
        { node: 'orders', metric: 'dropped.stock', compare: 'above', value: 100 },
        { node: 'shop', metric: 'dropped', measure: 'perSecond', compare: 'falls', factor: 2 },
      ],
    },
    {
      title: 'The sale is over',
      narration:
        'The Shop is back to 40 orders a second. Watch the lag bars on orders and on notifications.',
      expect: 'The backlog drains and every lag bar goes back to almost nothing: the system recovers once the storm stops.',
      highlight: ['orders', 'notifications'],
      runFor: 12_000,
      checks: [
        { node: 'orders', metric: 'lag.stock', compare: 'below', value: 50 },
        { node: 'notifications', metric: 'lag.push', compare: 'below', value: 50 },
      ],
    },
    {
      title: 'A hot partition',
      narration:
        'Now a celebrity\'s fan club orders 150 times a second, always with the same key. Every event with one key goes to one partition, and Stock reads a partition one event at a time. Watch Stock\'s lag bar on orders and its workers.',
      expect:
        'Stock\'s lag grows to the limit while most of its workers have little to do: all the work is in one hot partition, and only one worker may read it. Email and Loyalty, which do not need order, spread it over all their workers and keep up.',
      highlight: ['fan-club', 'orders', 'stock'],
      action: { type: 'fault', node: 'fan-club', action: { type: 'rate', rate: 150 }, duration: null },
      label: 'Fan club: 150 orders/s, one key',
      runFor: 10_000,
      checks: [
        { node: 'orders', metric: 'lag.stock', compare: 'above', value: 300 },
        { node: 'stock', metric: 'busy', compare: 'below', value: 4 },
        { node: 'orders', metric: 'lag.email', compare: 'below', value: 50 },
      ],
    },
  ],
};
