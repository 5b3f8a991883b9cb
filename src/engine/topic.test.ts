import { describe, expect, it } from 'vitest';
import { documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { producerIn, runFor, serviceIn, topicIn } from './testing/metrics';
import { partitionFor } from './topic';

const pipeline = (topicConfig: Parameters<typeof topic>[1], producerConfig: Parameters<typeof producer>[1] = {}, serviceConfig: Parameters<typeof service>[1] = {}) =>
  documentOf(
    [producer('p', { rate: 100, ...producerConfig }), topic('t', topicConfig), service('s', { processing: { dist: 'constant', mean: 5 }, ...serviceConfig })],
    [publish('p', 't'), subscribe('t', 's')],
  );

describe('partitioning', () => {
  it('maps a key to the same partition every time and spreads keys evenly', () => {
    expect(partitionFor(42, 12)).toBe(partitionFor(42, 12));
    const counts = new Array(12).fill(0);
    for (let key = 0; key < 12_000; key++) counts[partitionFor(key, 12)]++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
  });

  it('puts every event of one key in one partition, and spreads round-robin evenly', () => {
    const keyed = runFor(pipeline({ partitions: 4 }, { keys: 1 }), 10_000).snapshot();
    expect(topicIn(keyed, 't').partitionSizes.filter((n) => n > 0)).toHaveLength(1);
    const rr = runFor(pipeline({ partitions: 4, partitioner: 'round-robin' }, { keys: 1 }), 10_000).snapshot();
    const sizes = topicIn(rr, 't').partitionSizes;
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });
});

describe('retention', () => {
  it('keeps about rate × retention events, and a slow group loses what expired before it read it', () => {
    const doc = pipeline({ retention: 2000 }, { rate: 100 }, { processing: { dist: 'constant', mean: 20 } });
    const snap = runFor(doc, 60_000).snapshot();
    const t = topicIn(snap, 't');
    expect(t.partitionSizes[0]).toBeGreaterThan(150);
    expect(t.partitionSizes[0]).toBeLessThan(250);
    const s = serviceIn(snap, 's');
    expect(t.expired.s).toBeGreaterThan(2000);
    expect(t.received.s).toBe(s.processed + t.expired.s + t.lag.s);
    // What the group still has to read is never older than retention, so its lag stays bounded:
    // what the log holds, plus the few events its instance already fetched (8 at most here).
    expect(t.lag.s).toBeLessThanOrEqual(t.partitionSizes[0] + 8);
  });
});

describe('capacity', () => {
  it('block: the producer holds events up to maxPending, then drops; lag never exceeds capacity', () => {
    const sim = runFor(pipeline({ capacity: 20 }, { rate: 400, maxPending: 50 }, { processing: { dist: 'constant', mean: 10 } }), 0);
    for (let t = 1000; t <= 30_000; t += 1000) {
      sim.runUntil(t);
      expect(topicIn(sim.snapshot(), 't').lag.s).toBeLessThanOrEqual(20);
    }
    const snap = sim.snapshot();
    const p = producerIn(snap, 'p');
    expect(p.blocked).toBeGreaterThan(0);
    expect(p.dropped).toBeGreaterThan(0);
    expect(p.pending).toBeLessThanOrEqual(50);
    expect(p.produced).toBe(topicIn(snap, 't').appended + p.dropped + p.pending);
  });

  it('block with onFull drop at the producer drops at once instead of holding', () => {
    const snap = runFor(pipeline({ capacity: 20 }, { rate: 400, onFull: 'drop' }, { processing: { dist: 'constant', mean: 10 } }), 30_000).snapshot();
    const p = producerIn(snap, 'p');
    expect(p.blocked).toBe(0);
    expect(p.dropped).toBeGreaterThan(0);
    expect(p.produced).toBe(topicIn(snap, 't').appended + p.dropped);
  });

  it('drop-newest drops the arriving event for the full group; drop-oldest evicts the oldest waiting one', () => {
    for (const onFull of ['drop-newest', 'drop-oldest'] as const) {
      const sim = runFor(pipeline({ capacity: 10, onFull }, { rate: 400, keys: 1 }, { processing: { dist: 'constant', mean: 10 } }), 0);
      const journeys = sim.trace(0);
      expect(journeys).toEqual([]);
      sim.runUntil(5000);
      const snap = sim.snapshot();
      const t = topicIn(snap, 't');
      expect(t.lag.s).toBeLessThanOrEqual(10);
      expect(t.dropped.s).toBeGreaterThan(0);
      expect(t.received.s).toBe(serviceIn(snap, 's').processed + t.dropped.s + t.lag.s);
      const dropped = sim.trace(0).filter((j) => j.steps.some((s) => s.what === 'dropped'));
      expect(dropped.length).toBeGreaterThan(0);
      for (const j of dropped) {
        const appended = j.steps.find((s) => s.what === 'appended');
        const drop = j.steps.find((s) => s.what === 'dropped');
        // Drop-newest refuses an event as it arrives; drop-oldest evicts one that waited.
        if (onFull === 'drop-newest') expect(drop?.at).toBe(appended?.at);
        else expect(drop?.at ?? 0).toBeGreaterThan(appended?.at ?? 0);
      }
    }
  });
});
