import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../model/types';
import { createSimulation } from './simulation';
import { documentOf, producer, publish, service, subscribe, topic } from './testing/buildDocument';
import { producerIn, serviceIn, topicIn } from './testing/metrics';

const base = (): TopologyDocument =>
  documentOf(
    [producer('orders', { rate: 100, keys: 50 }), topic('placed', { partitions: 2 }), service('email', { processing: { dist: 'exponential', mean: 5 } })],
    [publish('orders', 'placed'), subscribe('placed', 'email')],
  );

describe('edit', () => {
  it('applies changed configs from now on and keeps the state of the rest', () => {
    const original = base();
    const sim = createSimulation(original, { seed: 1 });
    sim.runUntil(10_000);
    const before = sim.snapshot();
    const doc = structuredClone(original);
    (doc.nodes[0].config as { rate: number }).rate = 10;
    (doc.nodes[2].config as { instances: number; concurrency: number }).instances = 2;
    (doc.nodes[2].config as { concurrency: number }).concurrency = 3;
    sim.edit(doc);
    sim.runUntil(20_000);
    const after = sim.snapshot();
    const produced = producerIn(after, 'orders').produced - producerIn(before, 'orders').produced;
    expect(produced).toBeGreaterThan(60);
    expect(produced).toBeLessThan(150);
    expect(serviceIn(after, 'email').workers).toBe(6);
    expect(serviceIn(after, 'email').liveInstances).toBe(2);
    const t = topicIn(after, 'placed');
    expect(t.received.email).toBe(serviceIn(after, 'email').processed + t.lag.email);
  });

  it('adds a service that reads the whole history from the earliest offset, without touching the producer', () => {
    const original = base();
    const sim = createSimulation(original, { seed: 2 });
    sim.runUntil(10_000);
    const appended = topicIn(sim.snapshot(), 'placed').appended;
    const doc = structuredClone(original);
    doc.nodes.push(service('fraud', { processing: { dist: 'constant', mean: 1 }, publishes: 'FraudChecked' }));
    doc.edges.push(subscribe('placed', 'fraud', { startFrom: 'earliest' }));
    sim.edit(doc);
    expect(sim.eventTypes).toContain('FraudChecked');
    sim.runUntil(20_000);
    const snap = sim.snapshot();
    expect(serviceIn(snap, 'fraud').processed).toBeGreaterThan(appended);
    expect(topicIn(snap, 'placed').lag.fraud).toBeLessThan(5);
    expect(serviceIn(snap, 'fraud').staleKeys).toBeLessThan(5);
  });

  it('a subscription added with startFrom latest skips what is already in the log', () => {
    const original = base();
    const sim = createSimulation(original, { seed: 3 });
    sim.runUntil(10_000);
    const doc = structuredClone(original);
    doc.nodes.push(service('audit'));
    doc.edges.push(subscribe('placed', 'audit', { startFrom: 'latest' }));
    sim.edit(doc);
    sim.runUntil(11_000);
    expect(serviceIn(sim.snapshot(), 'audit').processed).toBeLessThan(150);
  });

  it('a topic edited from block to a drop policy releases what its producer held at once', () => {
    const original = documentOf(
      [producer('p', { rate: 400, maxPending: 100 }), topic('t', { capacity: 10 }), service('s', { processing: { dist: 'constant', mean: 10 } })],
      [publish('p', 't'), subscribe('t', 's')],
    );
    const sim = createSimulation(original, { seed: 7 });
    sim.runUntil(5000);
    expect(producerIn(sim.snapshot(), 'p').pending).toBeGreaterThan(50);
    const doc = structuredClone(original);
    (doc.nodes[1].config as { onFull: string }).onFull = 'drop-newest';
    sim.edit(doc);
    expect(producerIn(sim.snapshot(), 'p').pending).toBe(0);
    sim.runUntil(10_000);
    const snap = sim.snapshot();
    expect(producerIn(snap, 'p').pending).toBe(0);
    expect(topicIn(snap, 't').dropped.s).toBeGreaterThan(1000);
  });

  it('treats an edge whose id changed as removed and added: a new subscription reads from its start', () => {
    const sim = createSimulation(base(), { seed: 6 });
    sim.runUntil(10_000);
    const appended = topicIn(sim.snapshot(), 'placed').appended;
    sim.edit(base());
    sim.runUntil(10_000);
    expect(topicIn(sim.snapshot(), 'placed').lag.email).toBeGreaterThanOrEqual(appended - 1);
  });

  it('removes edges and nodes: a removed producer stops, a removed subscription leaves the lag', () => {
    const sim = createSimulation(base(), { seed: 4 });
    sim.runUntil(5000);
    const doc = documentOf([producer('orders', { rate: 100, keys: 50 }), topic('placed', { partitions: 2 }), service('email')], []);
    sim.edit(doc);
    const produced = producerIn(sim.snapshot(), 'orders').produced;
    sim.runUntil(10_000);
    const snap = sim.snapshot();
    expect(producerIn(snap, 'orders').produced).toBeGreaterThan(produced + 300);
    expect(topicIn(snap, 'placed').lag).toEqual({});
    const empty = documentOf([topic('placed')], []);
    sim.edit(empty);
    sim.runUntil(15_000);
    expect(Object.keys(sim.snapshot().nodes)).toEqual(['placed']);
    expect(topicIn(sim.snapshot(), 'placed').appended).toBe(topicIn(snap, 'placed').appended);
  });

  it('gives the same results for the same edits at the same times', () => {
    const original = base();
    const run = () => {
      const sim = createSimulation(original, { seed: 5 });
      sim.runUntil(5000);
      const doc = structuredClone(original);
      doc.nodes.push(topic('sent'), service('archive'));
      doc.edges.push({ ...publish('email', 'sent'), id: 'to-sent' }, { ...subscribe('sent', 'archive'), id: 'archive-reads' });
      (doc.nodes[1].config as { partitions: number }).partitions = 4;
      sim.edit(doc);
      sim.runUntil(15_000);
      return JSON.stringify(sim.snapshot());
    };
    const a = run();
    expect(a).toBe(run());
    const snap = JSON.parse(a);
    expect(snap.nodes.placed.partitionSizes).toHaveLength(4);
    expect(snap.nodes.archive.processed).toBeGreaterThan(900);
  });
});
