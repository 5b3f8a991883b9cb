import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fault } from '../../model/types';
import { brokerId, clusterDocument } from '../testing/clusterDocument';
import { producerIn, runFor, serviceIn, topicIn } from '../testing/metrics';
import { expectDeterministic, seeds } from '../testing/runs';

/** Crashes of one broker at a time: each recovers before the next one goes down. */
const singleCrashes = (brokers: number) =>
  fc.array(fc.record({ offset: fc.integer({ min: 0, max: 1000 }), duration: fc.integer({ min: 100, max: 3000 }), broker: fc.nat({ max: brokers - 1 }) }), { minLength: 1, maxLength: 4 }).map((crashes) =>
    crashes.map((c, i): Partial<Fault> => ({ at: 2000 + i * 5000 + c.offset, node: brokerId(c.broker), type: 'crash', duration: c.duration })),
  );

/** Crashes and network partitions of any broker, overlapping. */
const anyFaults = (brokers: number) =>
  fc.array(
    fc.record({ at: fc.integer({ min: 500, max: 15000 }), duration: fc.integer({ min: 100, max: 4000 }), broker: fc.nat({ max: brokers - 1 }), isolate: fc.boolean() }),
    { maxLength: 6 },
  ).map((faults) => faults.map((f): Partial<Fault> => ({ at: f.at, node: brokerId(f.broker), type: f.isolate ? 'partition' : 'crash', duration: f.duration })));

describe('cluster properties', () => {
  it('acks=all, minInSync 2, clean elections: no acknowledged event is lost under single broker crashes', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 1, max: 20 }),
        singleCrashes(3),
        (seed, partitions, electionMs, fetchDelayMs, crashes) => {
          const doc = clusterDocument({
            brokers: 3,
            seed,
            producer: { rate: 200, arrival: 'poisson', acks: 'all' },
            topic: { partitions, replicationFactor: 3, minInSync: 2, electionMs, fetchDelayMs },
            faults: [...crashes, { at: 25000, node: 'source', type: 'rate', rate: 0 }],
          });
          const s = runFor(doc, 35000, seed).snapshot();
          const source = producerIn(s, 'source');
          const orders = topicIn(s, 'orders');
          expect(source.lost).toBe(0);
          expect(orders.lost).toBe(0);
          expect([orders.uncommitted, orders.waiting]).toEqual([0, 0]);
          expect(orders.appended - (orders.duplicated ?? 0)).toBe(source.produced - source.dropped);
          expect(serviceIn(s, 'reader').processed).toBe(orders.appended);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('acks=1 with unclean elections: produced = consumed + lost + dropped + in flight, exactly, at any time', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 5000, max: 20000 }), (seed, brokers, partitions, until) =>
        fc.assert(
          fc.property(anyFaults(brokers), (faults) => {
            const doc = clusterDocument({
              brokers,
              seed,
              producer: { rate: 150, arrival: 'poisson', acks: 1 },
              topic: { partitions, replicationFactor: 2, minInSync: 1, uncleanElection: true, electionMs: 300, replicaLagMs: 200 },
              faults,
            });
            const s = runFor(doc, until, seed).snapshot();
            const source = producerIn(s, 'source');
            const orders = topicIn(s, 'orders');
            const reader = serviceIn(s, 'reader');
            expect(source.produced).toBe(orders.appended + (orders.lostUncommitted ?? 0) + source.dropped + (orders.uncommitted ?? 0) + (orders.waiting ?? 0));
            expect(orders.appended).toBe(reader.processed + orders.lag.reader + (orders.lostFor?.reader ?? 0));
            expect(source.lost).toBe(orders.lostUncommitted);
          }),
          { numRuns: 3 },
        ),
      ),
      { numRuns: 12 },
    );
  });

  it('is deterministic with brokers, faults and elections', () => {
    expectDeterministic(fc.tuple(fc.integer({ min: 1, max: 3 }), anyFaults(3), fc.constantFrom<unknown>(0, 1, 'all')), ([partitions, faults, acks]) =>
      clusterDocument({ brokers: 3, producer: { acks, arrival: 'poisson' }, topic: { partitions, replicationFactor: 3, minInSync: 2, uncleanElection: acks !== 'all' }, faults }),
    );
  });
});
