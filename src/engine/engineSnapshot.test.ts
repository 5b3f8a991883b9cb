// Engine snapshots: a simulation restored from a snapshot taken at t continues byte-identically
// to the one it was taken from, whatever the document, the seed, the moment, the faults (scripted
// and live) and the live edits; and one snapshot can be restored many times.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDocument } from '../model/arbitraryDocument';
import { restoreText } from '../model/restore';
import type { TopologyDocument, TopologyNode } from '../model/types';
import type { Simulation } from './api';
import { fromSnapshot, snapshotSimulation } from './engineSnapshot';
import type { BufferReuse } from './objectGraph';
import { createSimulation } from './simulation';
import { seeds } from './testing/runs';

function example(name: string): TopologyDocument {
  const restored = restoreText(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

const text = (sim: Simulation) => JSON.stringify({ metrics: sim.snapshot(), recent: sim.recent(), violations: sim.takeOrderViolations() });

/** What a run shows at `t2`, with the same live fault and edit applied at `t` + 1 s. */
function continueTo(sim: Simulation, t: number, t2: number, doc: TopologyDocument): string {
  const target = doc.nodes.find((n) => n.kind === 'service' || n.kind === 'orchestrator');
  sim.runUntil(t + 1000);
  if (target) sim.applyFault(target.id, { type: 'slow', factor: 5 }, 1500);
  sim.runUntil(t + 2000);
  sim.edit({ ...doc, nodes: doc.nodes.map((n) => (n.kind === 'producer' || n.kind === 'client' ? ({ ...n, config: { ...n.config, rate: Math.min(n.config.rate * 2, 200) } } as TopologyNode) : n)) });
  sim.runUntil(t2);
  return text(sim);
}

/** Keeps a random document small enough to run a few seconds in a test. */
function tame(doc: TopologyDocument): TopologyDocument {
  const nodes = doc.nodes.map((node) => {
    if (node.kind !== 'producer' && node.kind !== 'client') return node;
    const c = node.config;
    return { ...node, config: { ...c, rate: Math.min(c.rate, 150), keys: Math.min(c.keys, 200), burst: { ...c.burst, rate: Math.min(c.burst.rate, 300) } } } as TopologyNode;
  });
  const faults = doc.faults.map((f) => (f.type === 'rate' ? { ...f, rate: Math.min(f.rate, 150) } : f)).map((f) => ({ ...f, at: f.at % 5000 }));
  return { ...doc, nodes, edges: withoutLoops(doc.edges), faults };
}

/**
 * The edges without those that close a loop (a service publishing into what it reads, directly or
 * not): a loop can multiply events without end, and a test must finish.
 */
function withoutLoops(edges: TopologyDocument['edges']): TopologyDocument['edges'] {
  const next = new Map<string, string[]>();
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const at = stack.pop() as string;
      if (at === to) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(next.get(at) ?? []));
    }
    return false;
  };
  return edges.filter((edge) => {
    if (reaches(edge.target, edge.source)) return false;
    next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
    return true;
  });
}

describe('engine snapshots', () => {
  it.each(['call-chain', 'evented'])('%s: restored at 70 s (inside the Email fault), it reaches 130 s with byte-identical figures', (name) => {
    const doc = example(name);
    const sim = createSimulation(doc);
    sim.trackRecent();
    sim.runUntil(70_000);
    const snapshot = snapshotSimulation(sim);
    const straight = continueTo(sim, 70_000, 130_000, doc);
    expect(continueTo(fromSnapshot(snapshot), 70_000, 130_000, doc)).toBe(straight);
    // The snapshot is not changed by the run restored from it: restore it again.
    expect(continueTo(fromSnapshot(snapshot), 70_000, 130_000, doc)).toBe(straight);
  });

  it('holds no function anywhere in a runtime with every kind of node, live faults and edits', () => {
    const sim = createSimulation(example('call-chain'));
    sim.trackRecent();
    sim.trace(3);
    sim.runUntil(65_000);
    sim.applyFault('notification', { type: 'crash' }, 2000);
    expect(() => snapshotSimulation(sim)).not.toThrow();
    const evented = createSimulation(example('evented'));
    evented.runUntil(65_000);
    expect(() => snapshotSimulation(evented)).not.toThrow();
  });

  it('snapshots share full log chunks with the run, and with each other the buffers that did not change', () => {
    const sim = createSimulation(example('evented'));
    const reuse: BufferReuse = new WeakMap();
    // By 300 s each partition's log holds several full chunks, which no longer change.
    sim.runUntil(300_000);
    const first = snapshotSimulation(sim, reuse);
    sim.runUntil(302_000);
    const second = snapshotSimulation(sim, reuse);
    // 15,000 events in 4 partitions: 7 full chunks of 512 events × 64 bytes each.
    expect(first.shared).toBe(4 * 7 * 512 * 64);
    expect(second.bytes).toBeLessThan(first.bytes);
  });

  it('property: over random documents, seeds and moments, restore continues byte-identically', () => {
    fc.assert(
      fc.property(arbitraryDocument(7).map(tame), seeds, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 2500, max: 4000 }), (doc, seed, t, extra) => {
        const sim = createSimulation(doc, { seed });
        sim.trackRecent();
        sim.runUntil(t);
        const snapshot = snapshotSimulation(sim);
        const straight = continueTo(sim, t, t + extra, doc);
        expect(continueTo(fromSnapshot(snapshot), t, t + extra, doc)).toBe(straight);
      }),
      // A fixed seed: the same documents on every run, so a slow machine cannot meet a new worst case.
      { numRuns: 30, seed: 20261203 },
    );
  }, 240_000);
});
