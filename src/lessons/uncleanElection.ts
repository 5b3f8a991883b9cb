// Lesson 12: acks=1 trusts the leader alone. When the only other copy has fallen behind and an
// unclean election makes it leader, events the producer was told were written are gone.
import type { Lesson } from './types';

export const uncleanElection: Lesson = {
  id: 'unclean-election',
  number: 12,
  title: 'Acknowledged, then lost',
  summary:
    'With acks=1 a producer trusts the leader alone. Cut a follower off, crash the leader, and let the stale follower take over: acknowledged events vanish, counted.',
  minutes: 10,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 12 · Acknowledged, then lost',
    seed: 12,
    nodes: [
      { id: 'b1', kind: 'broker', label: 'Broker 1', position: { x: 250, y: 220 } },
      { id: 'b2', kind: 'broker', label: 'Broker 2', position: { x: 470, y: 220 } },
      { id: 'shop', kind: 'producer', label: 'Shop', position: { x: 0, y: 40 },
        config: { rate: 100, keys: 1000, eventTypes: ['OrderPlaced'], acks: 1 } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 300, y: 30 },
        config: { partitions: 1, replicationFactor: 2, minInSync: 1, uncleanElection: true, electionMs: 500, replicaLagMs: 500 } },
      { id: 'billing', kind: 'service', label: 'Billing', position: { x: 620, y: 40 },
        config: { processing: { dist: 'constant', mean: 2 }, publishes: 'InvoiceCreated' } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'shop', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'billing' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Fast acknowledgements',
      narration:
        'The Shop writes with acks=1: the leader, Broker 1, answers as soon as it holds the event, before Broker 2 has copied it. Press play and look at the Shop\'s produce latency.',
      expect: 'The Shop hears back at once, and both copies are in sync ("1/1" leader, 2 of 2 in sync).',
      highlight: ['shop', 'orders'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 3_000,
      checks: [
        { node: 'shop', metric: 'produceMs.p99', compare: 'below', value: 1 },
        { node: 'orders', metric: 'lost', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'A follower falls behind',
      narration:
        'Cut Broker 2 off the network. It stops copying; after half a second the leader drops it from the in-sync set and goes on alone. Watch the in-sync count and the Shop.',
      expect: 'The partition shows 1 of 2 in sync. Nothing looks wrong to the Shop or to Billing: events are still acknowledged and read.',
      highlight: ['b2', 'orders'],
      action: { type: 'fault', node: 'b2', action: { type: 'partition' }, duration: null },
      label: 'Cut Broker 2 off',
      runFor: 3_000,
      checks: [
        { node: 'orders', metric: 'inSync.0', compare: 'below', value: 2 },
        { node: 'billing', metric: 'processed', measure: 'perSecond', compare: 'above', value: 80 },
      ],
    },
    {
      title: 'The leader dies too',
      narration: 'Now crash Broker 1, the leader and the only copy that holds the last 3 seconds of orders.',
      expect: 'The partition has no leader: the Shop holds its events and waits. A clean election would wait for Broker 1 to come back.',
      highlight: ['b1', 'orders', 'shop'],
      action: { type: 'fault', node: 'b1', action: { type: 'crash' }, duration: null },
      label: 'Crash Broker 1',
      runFor: 1_000,
      checks: [
        { node: 'orders', metric: 'offlineMs', compare: 'above', value: 500 },
        { node: 'shop', metric: 'pending', compare: 'above', value: 20 },
      ],
    },
    {
      title: 'An unclean election',
      narration:
        'Reconnect Broker 2. The topic allows unclean elections, so the stale Broker 2 becomes leader at once rather than wait for Broker 1. Watch the topic\'s "lost" figure.',
      expect:
        'Everything Broker 2 never copied is gone from the log: about 300 orders the Shop was told were written. Billing had already read most of them, so it acted on orders that no longer exist: a replay would never see them again. With acks=all and minInSync 2 the Shop would have been refused instead, and nothing acknowledged could be lost.',
      highlight: ['b2', 'orders', 'shop', 'billing'],
      action: { type: 'fault', node: 'b2', action: { type: 'recover' }, duration: null },
      label: 'Reconnect Broker 2',
      runFor: 2_000,
      checks: [
        { node: 'orders', metric: 'lost', compare: 'above', value: 100 },
        { node: 'orders', metric: 'elections', compare: 'above', value: 0 },
        { node: 'shop', metric: 'pending', compare: 'below', value: 5 },
      ],
    },
  ],
};
