// Lesson 11: a topic lives on brokers. When the broker leading a partition dies, the partition
// pauses until a follower is elected; with acks=all and minInSync 2 nothing acknowledged is lost.
import type { Lesson } from './types';

export const brokerFailover: Lesson = {
  id: 'broker-failover',
  number: 11,
  title: 'A broker dies',
  summary:
    'Three brokers hold three copies of every partition. Crash the one leading a partition: watch it pause for the election, a follower take over, and every acknowledged event survive.',
  minutes: 12,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 11 · A broker dies',
    seed: 11,
    nodes: [
      { id: 'b1', kind: 'broker', label: 'Broker 1', position: { x: 250, y: 220 } },
      { id: 'b2', kind: 'broker', label: 'Broker 2', position: { x: 470, y: 220 } },
      { id: 'b3', kind: 'broker', label: 'Broker 3', position: { x: 690, y: 220 } },
      { id: 'shop', kind: 'producer', label: 'Shop', position: { x: 0, y: 40 },
        config: { rate: 100, keys: 1000, eventTypes: ['OrderPlaced'], acks: 'all' } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 300, y: 30 },
        config: { partitions: 3, replicationFactor: 3, minInSync: 2, electionMs: 2000, fetchDelayMs: 5 } },
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
      title: 'Three copies of every partition',
      narration:
        'The topic "orders" has three partitions, each copied to all three brokers. One broker leads each partition, the other two follow and copy it. Press play and look at the topic: each partition shows its leader and "3/3", the copies in sync. The Shop uses acks=all: an event counts as written once every in-sync copy holds it.',
      expect:
        'Each broker leads one partition. The Shop hears back in about 5 ms, the time a follower takes to copy an event, and no election has happened.',
      highlight: ['orders', 'b1', 'b2', 'b3'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 5_000,
      checks: [
        { node: 'shop', metric: 'produceMs.p50', compare: 'below', value: 10 },
        { node: 'orders', metric: 'elections', compare: 'below', value: 1 },
      ],
    },
    {
      title: 'The leader dies',
      narration:
        'Crash Broker 1, the leader of partition 0. Watch partition 0 on the topic, the Shop\'s pending events and the "paused" figure of the topic.',
      expect:
        'Partition 0 has no leader: the Shop cannot write to it and holds its events, and Billing reads nothing new from it. The cluster has not noticed yet: it waits 2 seconds (electionMs) before it elects a new leader.',
      highlight: ['b1', 'orders', 'shop'],
      action: { type: 'fault', node: 'b1', action: { type: 'crash' }, duration: null },
      label: 'Crash Broker 1',
      runFor: 1_000,
      checks: [
        { node: 'orders', metric: 'offlineMs', compare: 'above', value: 500 },
        { node: 'shop', metric: 'pending', compare: 'above', value: 10 },
      ],
    },
    {
      title: 'A follower takes over',
      narration: 'Let it run. Watch partition 0\'s leader, the elections count, and the Shop\'s pending and lost figures.',
      expect:
        'After about 2 seconds a follower that was in sync becomes leader. The held events go out, Billing catches up, and nothing is lost: every event the Shop was told was written was already on the new leader. The pause was the price.',
      highlight: ['orders', 'shop', 'billing'],
      runFor: 3_000,
      checks: [
        { node: 'orders', metric: 'elections', compare: 'above', value: 0 },
        { node: 'orders', metric: 'offlineMs', compare: 'above', value: 1500 },
        { node: 'shop', metric: 'lost', compare: 'below', value: 1 },
        { node: 'shop', metric: 'pending', compare: 'below', value: 5 },
      ],
    },
    {
      title: 'Back in sync',
      narration:
        'Recover Broker 1. It comes back as a follower: it copies what it missed from the new leaders and then rejoins the in-sync set. Watch "2/3" turn back into "3/3".',
      expect: 'Broker 1 catches up within moments and every partition has three copies in sync again; the leaders stay where the election put them.',
      highlight: ['b1', 'orders'],
      action: { type: 'fault', node: 'b1', action: { type: 'recover' }, duration: null },
      label: 'Recover Broker 1',
      runFor: 2_000,
      checks: [
        { node: 'orders', metric: 'inSync.0', compare: 'above', value: 2 },
        { node: 'shop', metric: 'lost', compare: 'below', value: 1 },
      ],
    },
  ],
};
