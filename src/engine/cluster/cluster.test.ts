import { describe, expect, it } from 'vitest';
import type { BrokerMetrics } from '../api';
import { brokerId, clusterDocument } from '../testing/clusterDocument';
import { producerIn, runFor, serviceIn, topicIn } from '../testing/metrics';
import { assignReplicas } from './replicaAssignment';

describe('replica assignment', () => {
  it('puts leaders round-robin and never two copies of a partition on one broker', () => {
    expect(assignReplicas(6, 3, 3, 0)).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
      [0, 2, 1],
      [1, 0, 2],
      [2, 1, 0],
    ]);
    for (const set of assignReplicas(40, 3, 5, 2)) expect(new Set(set).size).toBe(3);
  });
});

describe('a cluster of brokers', () => {
  it('leads each partition from one broker, spread evenly', () => {
    const sim = runFor(clusterDocument({ brokers: 3, topic: { partitions: 3, replicationFactor: 3 } }), 1000);
    const orders = topicIn(sim.snapshot(), 'orders');
    expect(orders.leaders).toEqual(['b1', 'b2', 'b3']);
    expect(orders.inSync).toEqual([3, 3, 3]);
    const b1 = sim.snapshot().nodes.b1 as BrokerMetrics;
    expect([b1.leads, b1.follows]).toEqual([['orders/0'], ['orders/1', 'orders/2']]);
  });

  it('acks=all waits for the followers: produce latency is the fetch delay; acks=1 does not wait', () => {
    const latency = (acks: unknown) =>
      producerIn(runFor(clusterDocument({ brokers: 3, producer: { acks }, topic: { replicationFactor: 3, fetchDelayMs: 7 } }), 5000).snapshot(), 'source').produceMs;
    const all = latency('all');
    expect(all?.count).toBe(499);
    expect(all?.mean).toBe(7);
    expect(all?.max).toBe(7);
    expect(latency(1)?.max).toBe(0);
    expect(latency(0)?.max).toBe(0);
  });

  it('consumers read up to the high watermark only: acks=all events arrive one fetch delay later', () => {
    const doc = (fetchDelayMs: number) => clusterDocument({ brokers: 3, topic: { replicationFactor: 3, fetchDelayMs }, service: { processing: { dist: 'constant', mean: 1 } } });
    expect(serviceIn(runFor(doc(0), 5000).snapshot(), 'reader').latencyMs.mean).toBeCloseTo(1, 6);
    expect(serviceIn(runFor(doc(20), 5000).snapshot(), 'reader').latencyMs.mean).toBeCloseTo(21, 6);
  });

  it('a crashed leader stalls its partition for the election delay, then a follower leads; nothing is lost with acks=all', () => {
    const doc = clusterDocument({
      brokers: 3,
      topic: { replicationFactor: 3, minInSync: 2, electionMs: 1500 },
      faults: [{ at: 2000, node: 'b1', type: 'crash' }],
    });
    const sim = runFor(doc, 8000);
    const s = sim.snapshot();
    const orders = topicIn(s, 'orders');
    expect(orders.leaders).toEqual(['b2']);
    expect(orders.inSync).toEqual([2]);
    expect(orders.elections).toBe(1);
    expect(orders.offlineMs).toBe(1500);
    expect(orders.lost).toBe(0);
    const source = producerIn(s, 'source');
    // Events produced while there was no leader waited at the partition: the longest waited ~1.5 s.
    expect(source.produceMs?.max).toBeCloseTo(1505, 0);
    expect(source.lost).toBe(0);
    // The event committed at 1,995 ms was acknowledged as b1 crashed at 2,000: the acknowledgement
    // never arrived, and the producer (not idempotent) sent it again: one event is in the log twice.
    expect(orders.duplicated).toBe(1);
    expect(serviceIn(s, 'reader').duplicates).toBe(1);
    expect(serviceIn(s, 'reader').processed + orders.lag.reader + (orders.uncommitted ?? 0) + (orders.waiting ?? 0) - (orders.duplicated ?? 0)).toBe(source.produced);
    expect((s.nodes.b1 as BrokerMetrics).up).toBe(false);
  });

  it('an idempotent producer\'s resends after a lost acknowledgement never duplicate', () => {
    const doc = clusterDocument({
      brokers: 3,
      producer: { idempotent: true },
      topic: { replicationFactor: 3, minInSync: 2, electionMs: 1500 },
      faults: [{ at: 2000, node: 'b1', type: 'crash' }],
    });
    const s = runFor(doc, 8000).snapshot();
    expect(topicIn(s, 'orders').duplicated).toBe(0);
    expect(serviceIn(s, 'reader').duplicates).toBe(0);
    expect(topicIn(s, 'orders').appended).toBe(producerIn(s, 'source').produced - (topicIn(s, 'orders').uncommitted ?? 0) - (topicIn(s, 'orders').waiting ?? 0));
  });

  it('followers of a dead leader stay in sync until the election, however long it takes (regression: they were dropped for lag)', () => {
    const doc = clusterDocument({
      brokers: 3,
      producer: { arrival: 'poisson' },
      topic: { partitions: 3, replicationFactor: 3, minInSync: 2, electionMs: 3000, replicaLagMs: 1000 },
      faults: [{ at: 1300, node: 'b1', type: 'crash' }],
    });
    const orders = topicIn(runFor(doc, 6000).snapshot(), 'orders');
    expect(orders.leaders).toEqual(['b2', 'b2', 'b3']);
    expect(orders.offlineMs).toBe(3000);
  });

  it('a recovered broker catches up and rejoins the in-sync replicas', () => {
    const doc = clusterDocument({
      brokers: 3,
      topic: { replicationFactor: 3, minInSync: 2 },
      faults: [{ at: 2000, node: 'b2', type: 'crash', duration: 3000 }],
    });
    const sim = runFor(doc, 4000);
    expect(topicIn(sim.snapshot(), 'orders').inSync).toEqual([2]);
    sim.runUntil(6000);
    expect(topicIn(sim.snapshot(), 'orders').inSync).toEqual([3]);
    expect(topicIn(sim.snapshot(), 'orders').leaders).toEqual(['b1']);
  });

  it('refuses acks=all appends while fewer replicas than minInSync are in sync ("not enough replicas")', () => {
    const doc = clusterDocument({
      brokers: 2,
      producer: { onFull: 'drop' },
      topic: { replicationFactor: 2, minInSync: 2, electionMs: 500 },
      faults: [{ at: 1000, node: 'b2', type: 'crash' }],
    });
    const s = runFor(doc, 3000).snapshot();
    const source = producerIn(s, 'source');
    // Until the crash is noticed (0.5 s) appends stall unacknowledged; from then on they are refused.
    expect(source.refused).toBeGreaterThan(140);
    expect(source.dropped).toBe(source.refused);
    expect(topicIn(s, 'orders').inSync).toEqual([1]);
  });

  it('acks=1 with an unclean election loses acknowledged events, counted', () => {
    const doc = clusterDocument({
      brokers: 2,
      producer: { acks: 1 },
      topic: { replicationFactor: 2, minInSync: 1, uncleanElection: true, electionMs: 500 },
      faults: [
        { at: 1000, node: 'b2', type: 'partition' },
        { at: 4000, node: 'b1', type: 'crash' },
        { at: 4000, node: 'b2', type: 'recover' },
      ],
    });
    const s = runFor(doc, 6000).snapshot();
    const orders = topicIn(s, 'orders');
    const source = producerIn(s, 'source');
    expect(orders.leaders).toEqual(['b2']);
    // b2 was cut off at 1 s: it lacks every event from then until b1 crashed at 4 s (300 events);
    // the reader had read all committed ones already, so it lost none of them itself.
    expect(orders.lost).toBe(300);
    expect(orders.lostFor?.reader).toBe(0);
    expect(source.lost).toBe(orders.lostUncommitted);
    // Every event produced is consumed, lost, or still on its way: nothing else.
    expect(orders.appended).toBe(serviceIn(s, 'reader').processed + orders.lag.reader + (orders.lostFor?.reader ?? 0));
    expect(source.produced).toBe(orders.appended + (orders.lostUncommitted ?? 0) + source.dropped + (orders.uncommitted ?? 0) + (orders.waiting ?? 0));
  });

  it('without brokers a topic reports no replication fields', () => {
    const doc = clusterDocument({ brokers: 0 });
    expect(topicIn(runFor(doc, 1000).snapshot(), 'orders').leaders).toBeUndefined();
    expect(brokerId(0)).toBe('b1');
  });
});
