// Lesson 17: orders are enriched with a customer table built from another topic. Orders are keyed
// by order, the table by customer: a re-key (with its repartition step) lines them up. When table
// updates arrive after the orders they should have enriched, orders see an old row.
import type { Lesson } from './types';

export const streamTableJoin: Lesson = {
  id: 'stream-table-join',
  number: 17,
  title: 'Stream–table join and re-keying',
  summary:
    'Enrich each order with its customer\'s row from a table built from the customers topic. See the re-key that lines orders up with customers, and what happens when table updates arrive after the orders.',
  minutes: 15,
  document: {
    format: 'eventscape/1',
    name: 'Lesson 17 · Stream–table join and re-keying',
    seed: 12,
    nodes: [
      { id: 'shop', kind: 'producer', label: 'Shop', position: { x: 0, y: 0 },
        config: { rate: 50, keys: 400, eventTypes: ['OrderPlaced'] } },
      { id: 'crm', kind: 'producer', label: 'CRM', position: { x: 0, y: 220 },
        config: { rate: 4, keys: 20, eventTypes: ['CustomerUpdated'] } },
      { id: 'orders', kind: 'topic', label: 'orders', position: { x: 260, y: 0 }, config: { partitions: 2 } },
      { id: 'customers', kind: 'topic', label: 'customers', position: { x: 260, y: 220 }, config: { partitions: 2 } },
      { id: 'enrich', kind: 'processor', label: 'Enrich orders', position: { x: 540, y: 100 },
        config: {
          operators: [
            { op: 'map', rekey: 20 },
            { op: 'join', with: 'customers', as: 'table' },
          ],
          publishes: 'OrderEnriched',
        } },
      { id: 'enriched', kind: 'topic', label: 'enriched-orders', position: { x: 820, y: 100 } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'shop', target: 'orders' },
      { id: 'e2', kind: 'publish', source: 'crm', target: 'customers' },
      { id: 'e3', kind: 'subscribe', source: 'orders', target: 'enrich' },
      { id: 'e4', kind: 'subscribe', source: 'customers', target: 'enrich' },
      { id: 'e5', kind: 'publish', source: 'enrich', target: 'enriched' },
    ],
    faults: [],
  },
  steps: [
    {
      title: 'Re-key, then join',
      narration:
        'Orders carry the order as their key; the customers table is keyed by customer. To look a customer up, Enrich orders first re-keys each order by its customer (a map with a re-key, shown on the node with its repartition step: the order moves to the partition of its new key, where that customer\'s row lives). Then it joins the order with the latest row of that customer in the table it builds from the customers topic. Press play and open the table view of Enrich orders.',
      expect:
        'Early orders find no row for their customer (the table starts empty: "Joins without" climbs), then more and more find one. The joins list shows which version of the customer\'s row each order saw.',
      highlight: ['orders', 'customers', 'enrich'],
      action: { type: 'play' },
      label: 'Play',
      runFor: 10_000,
      checks: [
        { node: 'enrich', metric: 'join.unmatched', compare: 'above', value: 10 },
        { node: 'enrich', metric: 'repartitioned', compare: 'above', value: 400 },
      ],
    },
    {
      title: 'Table updates that come late',
      narration:
        'Now the CRM\'s updates take 3 s to reach the customers topic, while orders arrive at once. An order placed after a customer changed their address is joined with the row from before the change: its update has not arrived yet. Watch "Updates too late" in the table view: updates that arrived after an order with a later event time had already been enriched with the old row.',
      expect:
        'Updates too late climbs with nearly every update: the join answers by arrival, not by event time, so orders get stale customer data.',
      highlight: ['crm', 'customers', 'enrich'],
      action: { type: 'edit', set: [{ id: 'e2', config: { latency: { dist: 'constant', mean: 3000 } } }] },
      label: 'Delay CRM updates 3 s',
      runFor: 10_000,
      checks: [{ node: 'enrich', metric: 'join.lateUpdates', measure: 'perSecond', compare: 'above', value: 1.5 }],
    },
    {
      title: 'Hold the stream back',
      narration:
        'One remedy is to delay the stream side as much as the table side, so that a table update is in place before the orders that follow it in event time. Here the orders now take 3 s too. The price is 3 s more on every enriched order.',
      expect:
        'For 3 s the updates already under way still come late (the orders placed meanwhile went straight through); then Updates too late stops climbing: each order sees the row that was current when it was placed.',
      highlight: ['shop', 'orders', 'enrich'],
      action: { type: 'edit', set: [{ id: 'e1', config: { latency: { dist: 'constant', mean: 3000 } } }] },
      label: 'Delay orders 3 s too',
      runFor: 20_000,
      checks: [{ node: 'enrich', metric: 'join.lateUpdates', measure: 'perSecond', compare: 'falls', factor: 2.5 }],
    },
  ],
};
