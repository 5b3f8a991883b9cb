import { describe, expect, it } from 'vitest';
import { producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { runFor, serviceIn, topicIn } from './testing/metrics';
import type { Fault, ServiceConfig, TopologyDocument } from '../model/types';

function doc(group: Partial<ServiceConfig>, faults: Fault[]): TopologyDocument {
  return {
    format: 'eventscape/1',
    name: 'Groups',
    seed: 3,
    nodes: [
      producer('source', { rate: 200, arrival: 'constant' }),
      topic('orders', { partitions: 4 }),
      service('reader', { instances: 2, processing: { dist: 'constant', mean: 2 }, ...group }),
    ],
    edges: [publish('source', 'orders'), subscribe('orders', 'reader')],
    faults,
  };
}

const join: Fault = { at: 5000, node: 'reader', type: 'add-instance', duration: null };
const crash: Fault = { at: 2500, node: 'reader', type: 'crash', duration: null };

describe('consumer group protocols', () => {
  it('eager pauses every partition for rebalanceMs when an instance joins; cooperative only the one that moves', () => {
    const eager = serviceIn(runFor(doc({ rebalance: 'eager', rebalanceMs: 300 }, [join]), 8000).snapshot(), 'reader');
    const cooperative = serviceIn(runFor(doc({ rebalance: 'cooperative', rebalanceMs: 300 }, [join]), 8000).snapshot(), 'reader');
    expect([eager.rebalances, eager.rebalancePausedMs, eager.partitionPausedMs]).toEqual([1, 300, 1200]);
    // 4 partitions over 3 instances: 2, 1, 1; one partition moves to the newcomer.
    expect([cooperative.rebalances, cooperative.rebalancePausedMs, cooperative.partitionPausedMs]).toEqual([1, 300, 300]);
  });

  it('without a protocol a rebalance pauses nothing and reports no rebalance figures', () => {
    const plain = serviceIn(runFor(doc({}, [join]), 8000).snapshot(), 'reader');
    expect(plain.rebalances).toBeUndefined();
  });

  it('commit policy decides the duplicates after a crash: auto commits re-deliver applied events, after-processing none', () => {
    const auto = serviceIn(runFor(doc({ commit: 'auto', commitIntervalMs: 1000 }, [crash]), 6000).snapshot(), 'reader');
    const each = serviceIn(runFor(doc({ commit: 'after-processing' }, [crash]), 6000).snapshot(), 'reader');
    const plain = serviceIn(runFor(doc({}, [crash]), 6000).snapshot(), 'reader');
    // The crashed instance had applied ~0.5 s of its two partitions since the commit at 2 s.
    expect(auto.duplicates).toBeGreaterThan(40);
    expect(auto.duplicates).toBe(plain.duplicates);
    expect(each.duplicates).toBe(0);
  });

  it('a longer commit interval re-delivers more after a crash', () => {
    const dups = (commitIntervalMs: number) => serviceIn(runFor(doc({ commitIntervalMs }, [{ ...crash, at: 4900 }]), 8000).snapshot(), 'reader').duplicates;
    expect(dups(5000)).toBeGreaterThan(dups(1000));
  });
});

describe('exactly once: a transactional service', () => {
  function chain(transactional: boolean): TopologyDocument {
    return {
      format: 'eventscape/1',
      name: 'Transactions',
      seed: 5,
      nodes: [
        producer('source', { rate: 200, arrival: 'constant' }),
        topic('orders', { partitions: 4 }),
        service('pricing', { instances: 2, processing: { dist: 'constant', mean: 2 }, ...(transactional ? { transactional } : {}) }),
        topic('priced', { partitions: 4 }),
        service('billing', { processing: { dist: 'constant', mean: 1 } }),
      ],
      edges: [publish('source', 'orders'), subscribe('orders', 'pricing'), publish('pricing', 'priced'), subscribe('priced', 'billing')],
      faults: [{ at: 2500, node: 'pricing', type: 'crash', duration: null }],
    };
  }

  it('after a crash, downstream sees duplicates without a transaction and none with one', () => {
    const plain = runFor(chain(false), 6000).snapshot();
    const exact = runFor(chain(true), 6000).snapshot();
    expect(serviceIn(plain, 'pricing').duplicates).toBeGreaterThan(20);
    expect(serviceIn(plain, 'billing').duplicates + serviceIn(plain, 'billing').orderViolations).toBeGreaterThan(20);
    expect(serviceIn(exact, 'pricing').duplicates).toBe(0);
    expect(serviceIn(exact, 'billing').duplicates + serviceIn(exact, 'billing').orderViolations).toBe(0);
    // Nothing is missing either: every event pricing finished is in billing's hands, once.
    expect(serviceIn(exact, 'billing').processed + topicIn(exact, 'priced').lag.billing).toBe(serviceIn(exact, 'pricing').processed);
  });
});
