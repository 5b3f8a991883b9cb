import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/model/restore';
import type { TopologyDocument } from '../../src/model/types';
import { sameRun } from './engineClient';
import { harness } from './testing/harness';

function example(name: string): TopologyDocument {
  const restored = restore(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('engine client and worker host', () => {
  it('loads the document on play and advances simulated time with the wall clock × speed', () => {
    const { s, client, sent, advance } = harness(example('checkout'));
    s().setSpeed(10);
    s().play();
    expect(sent.map((c) => c.type)).toEqual(['speed', 'load', 'play']);
    expect(s().status).toBe('playing');
    advance(1000);
    // Ten simulated seconds in one wall second, within a metrics interval.
    expect(s().now).toBeGreaterThan(9_000);
    expect(s().now).toBeLessThanOrEqual(10_000);
    expect(s().keepingUp).toBe(true);
    expect(s().metrics?.nodes.checkout.kind).toBe('producer');
    expect(client.latestFrame().version).toBeGreaterThan(10);
    expect(client.latestFrame().edgeIds).toEqual(s().document.edges.map((e) => e.id));
    expect(s().metricsHistory.time.length).toBeGreaterThan(3);
    const throughput = s().metricsHistory.nodes.checkout.throughput;
    // 50 events/s from Checkout.
    expect(throughput[throughput.length - 1]).toBeGreaterThan(20);
    expect(throughput[throughput.length - 1]).toBeLessThan(100);
  });

  it('stands still when paused and steps by 100 ms', () => {
    const { s, client, advance } = harness(example('checkout'));
    s().play();
    advance(500);
    s().pause();
    const frozen = client.latestFrame().now;
    advance(500);
    expect(client.latestFrame().now).toBe(frozen);
    expect(s().status).toBe('paused');
    s().step('100ms');
    expect(client.latestFrame().now).toBeCloseTo(frozen + 100, 6);
  });

  it('records a live fault in the fault script at the engine time, as one undo step', () => {
    const { s, advance } = harness(example('checkout'));
    const before = s().document.faults.length;
    s().play();
    advance(2000);
    s().applyFault('email', { type: 'slow', factor: 5 }, null);
    const faults = s().document.faults;
    expect(faults).toHaveLength(before + 1);
    expect(faults[faults.length - 1]).toMatchObject({ node: 'email', type: 'slow', factor: 5, duration: null });
    expect(faults[faults.length - 1].at).toBeGreaterThan(1500);
    expect(restore(s().document).ok).toBe(true);
    s().undo();
    expect(s().document.faults).toHaveLength(before);
  });

  it('sends an edit when the topology changes during a run, not when a node moves', async () => {
    const { s, sent, advance } = harness(example('checkout'));
    s().play();
    advance(300);
    s().placeNodes(new Map([['email', { x: 10, y: 10 }]]));
    await Promise.resolve();
    expect(sent.filter((c) => c.type === 'edit')).toHaveLength(0);
    s().select({ nodes: ['support'], edges: [] });
    s().deleteSelection();
    await Promise.resolve();
    expect(sent.filter((c) => c.type === 'edit')).toHaveLength(1);
    advance(300);
    expect(s().metrics?.nodes.support).toBeUndefined();
  });

  it('resets to time zero with a new seed kept in the document', () => {
    const { s, client, advance } = harness(example('checkout'));
    s().play();
    advance(500);
    s().reset(7);
    expect(s().status).toBe('idle');
    expect(s().document.seed).toBe(7);
    expect(client.latestFrame().count).toBe(0);
    advance(500);
    expect(client.latestFrame().count).toBe(0);
    s().play();
    expect(s().seed).toBe(7);
  });

  it('answers a trace and keeps a watched projection in the metrics', () => {
    const { s, advance } = harness(example('checkout'));
    s().traceKey(3);
    s().watchProjection('email', [1, 2, 3]);
    s().setSpeed(20);
    s().play();
    advance(2000);
    expect(s().trace?.key).toBe(3);
    expect(s().trace?.journeys.length).toBeGreaterThan(0);
    expect(s().projection?.rows.map((r) => r.key)).toEqual([1, 2, 3]);
  });

  it('tells documents that run the same apart from those that do not', () => {
    const doc = example('checkout');
    const moved = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'email' ? { ...n, position: { x: 1, y: 1 } } : n)) };
    expect(sameRun(doc, moved)).toBe(true);
    expect(sameRun(doc, { ...doc, edges: doc.edges.slice(1) })).toBe(false);
  });
});

describe('opening another document during a run', () => {
  it('starts over instead of editing the running one', async () => {
    const { s, sent, advance } = harness(example('checkout'));
    s().play();
    advance(500);
    s().loadDocument(example('backpressure'));
    await Promise.resolve();
    expect(s().status).toBe('idle');
    expect(sent.filter((c) => c.type === 'edit')).toHaveLength(0);
    s().play();
    const load = sent.filter((c) => c.type === 'load').at(-1);
    expect(load?.type === 'load' && load.document.name).toBe('Backpressure');
  });

  it('keeps running when the view is fitted or laid out', async () => {
    const { s, advance } = harness(example('checkout'));
    s().play();
    advance(500);
    s().requestFit();
    await Promise.resolve();
    expect(s().status).toBe('playing');
    expect(s().now).toBeGreaterThan(0);
  });
});

describe('rates on screen', () => {
  it('are measured over a simulated second, so 50 events/s read close to 50 at 1×', () => {
    const { s, advance } = harness(example('checkout'));
    s().play();
    const readings: number[] = [];
    for (let i = 0; i < 10; i++) {
      advance(400);
      if (s().now < 1500) continue;
      const series = s().metricsHistory.nodes.checkout.throughput;
      readings.push(series[series.length - 1] ?? 0);
    }
    expect(readings.length).toBeGreaterThan(3);
    for (const rate of readings) {
      expect(rate).toBeGreaterThan(30);
      expect(rate).toBeLessThan(75);
    }
  });
});
