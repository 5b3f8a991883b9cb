import { describe, expect, it } from 'vitest';
import type { Fault } from '../model/types';
import { assignPartitions } from './assignment';
import { createSimulation } from './simulation';
import { documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { runFor, serviceIn, topicIn } from './testing/metrics';

type ServiceConfig = Parameters<typeof service>[1];

const group = (partitions: number, serviceConfig: ServiceConfig, rate = 100, keys = 100, faults: Fault[] = []) =>
  documentOf(
    [producer('p', { rate, keys }), topic('t', { partitions }), service('s', serviceConfig)],
    [publish('p', 't'), subscribe('t', 's')],
    faults,
  );

describe('assignPartitions', () => {
  it('spreads partitions over live instances, at most one apart', () => {
    const owners = assignPartitions(new Array(12).fill(-1), [0, 1, 2]);
    for (const i of [0, 1, 2]) expect(owners.filter((o) => o === i)).toHaveLength(4);
    const uneven = assignPartitions(new Array(5).fill(-1), [0, 1]);
    expect(uneven.filter((o) => o === 0).length + uneven.filter((o) => o === 1).length).toBe(5);
    expect(Math.abs(uneven.filter((o) => o === 0).length - uneven.filter((o) => o === 1).length)).toBe(1);
    expect(assignPartitions([0, 1], [])).toEqual([-1, -1]);
  });

  it('moves as few partitions as it can when an instance joins or leaves', () => {
    const before = assignPartitions(new Array(12).fill(-1), [0, 1, 2]);
    const joined = assignPartitions(before, [0, 1, 2, 3]);
    expect(joined.filter((o, gp) => o !== before[gp])).toHaveLength(3);
    const left = assignPartitions(before, [0, 2]);
    // Only the partitions of the instance that left move.
    expect(left.filter((o, gp) => o !== before[gp])).toHaveLength(4);
    expect(left.every((o, gp) => before[gp] === 1 || o === before[gp])).toBe(true);
  });
});

describe('ordering modes', () => {
  const busy = { processing: { dist: 'exponential' as const, mean: 20 }, concurrency: 4 };

  it('partition: one event at a time per partition, in order; four partitions keep four workers busy', () => {
    const s1 = serviceIn(runFor(group(1, { ...busy, ordering: 'partition' }, 100), 20_000).snapshot(), 's');
    expect(s1.orderViolations).toBe(0);
    expect(s1.utilization).toBeLessThanOrEqual(0.25 + 1e-9);
    const s4 = serviceIn(runFor(group(4, { ...busy, ordering: 'partition' }, 100), 20_000).snapshot(), 's');
    expect(s4.orderViolations).toBe(0);
    expect(s4.utilization).toBeGreaterThan(0.4);
  });

  it('key: parallel across keys on one partition, never two of one key at once', () => {
    const s = serviceIn(runFor(group(1, { ...busy, ordering: 'key' }, 100, 20), 20_000).snapshot(), 's');
    expect(s.orderViolations).toBe(0);
    expect(s.utilization).toBeGreaterThan(0.4);
    expect(s.processed).toBeGreaterThan(1900);
  });

  it('none: any free worker takes the next event, so events of a key overtake each other', () => {
    const sim = runFor(group(1, { ...busy, ordering: 'none' }, 100, 5), 20_000);
    const s = serviceIn(sim.snapshot(), 's');
    expect(s.orderViolations).toBeGreaterThan(0);
    const violations = sim.takeOrderViolations();
    expect(violations.length).toBe(s.orderViolations);
    expect(violations[0].seq).toBeLessThan(violations[0].previous);
    expect(sim.takeOrderViolations()).toEqual([]);
  });
});

describe('rebalancing', () => {
  const doc = (faults: Fault[], instances = 2) =>
    group(4, { instances, processing: { dist: 'exponential', mean: 5 } }, 100, 100, faults);

  it('keeps processing on the remaining instance while one is crashed, and rebalances back after', () => {
    const sim = createSimulation(doc([{ at: 10_000, node: 's', type: 'crash', duration: 10_000 }]), { seed: 2 });
    sim.runUntil(12_000);
    const during = serviceIn(sim.snapshot(), 's');
    expect(during.liveInstances).toBe(1);
    expect(during.workers).toBe(1);
    sim.runUntil(19_000);
    expect(serviceIn(sim.snapshot(), 's').processed).toBeGreaterThan(during.processed + 600);
    sim.runUntil(30_000);
    const after = serviceIn(sim.snapshot(), 's');
    expect(after.liveInstances).toBe(2);
    expect(topicIn(sim.snapshot(), 't').lag.s).toBeLessThan(10);
  });

  it('adds and removes instances: capacity follows, and nothing is lost', () => {
    const sim = createSimulation(doc([
      { at: 5000, node: 's', type: 'add-instance', duration: null },
      { at: 10_000, node: 's', type: 'remove-instance', duration: null },
      { at: 10_000, node: 's', type: 'remove-instance', duration: null },
    ]), { seed: 3 });
    sim.runUntil(6000);
    expect(serviceIn(sim.snapshot(), 's').liveInstances).toBe(3);
    sim.runUntil(11_000);
    expect(serviceIn(sim.snapshot(), 's').liveInstances).toBe(1);
    sim.runUntil(20_000);
    const snap = sim.snapshot();
    const t = topicIn(snap, 't');
    expect(t.received.s).toBe(serviceIn(snap, 's').processed + t.lag.s);
  });

  it('with no live instance nothing is processed and lag grows; after recovery it drains', () => {
    const sim = createSimulation(doc([{ at: 5000, node: 's', type: 'crash', duration: null }, { at: 15_000, node: 's', type: 'recover', duration: null }], 1), { seed: 4 });
    sim.runUntil(6000);
    const crashed = serviceIn(sim.snapshot(), 's').processed;
    sim.runUntil(15_000);
    expect(serviceIn(sim.snapshot(), 's').processed).toBe(crashed);
    expect(topicIn(sim.snapshot(), 't').lag.s).toBeGreaterThan(900);
    sim.runUntil(40_000);
    expect(topicIn(sim.snapshot(), 't').lag.s).toBeLessThan(10);
  });
});
