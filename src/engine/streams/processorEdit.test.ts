// Live edits of processors: a processor added to a running document starts consuming, a changed
// side-output topic moves its links, and a removed processor stops.
import { describe, expect, it } from 'vitest';
import { restore } from '../../model/restore';
import type { TopologyDocument } from '../../model/types';
import { createSimulation } from '../simulation';
import { pipelineDocument, processorIn } from './testing';

const tumbling = [{ op: 'aggregate' as const, fn: 'count' as const, window: { kind: 'tumbling' as const, size: 1000 } }];

function withSideOutput(doc: TopologyDocument): TopologyDocument {
  const raw = JSON.parse(JSON.stringify(doc)) as { nodes: { id: string; config: Record<string, unknown> }[]; edges: unknown[] };
  raw.nodes.push({ id: 'late', kind: 'topic', config: {} } as never);
  raw.edges.push({ id: 'e9', kind: 'publish', source: 'proc', target: 'late' });
  const proc = raw.nodes.find((n) => n.id === 'proc');
  if (proc) Object.assign(proc.config, { late: 'side-output', lateTopic: 'late' });
  const restored = restore(raw);
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('live edits of a processor', () => {
  it('sends late events to a side output added while it runs, and only those', () => {
    const doc = pipelineDocument({ operators: tumbling, maxDelay: 2000 });
    const sim = createSimulation(doc);
    sim.runUntil(5000);
    const before = processorIn(sim);
    sim.edit(withSideOutput(doc));
    sim.runUntil(10_000);
    const after = processorIn(sim);
    const late = sim.snapshot().nodes.late;
    expect(after.late).toBeGreaterThan(before.late);
    expect(late).toMatchObject({ kind: 'topic', appended: after.lateSent });
    expect(after.lateSent).toBe(after.late - before.late);
  });

  it('stops a processor that was removed', () => {
    const doc = pipelineDocument({ operators: tumbling, maxDelay: 0 });
    const sim = createSimulation(doc);
    sim.runUntil(3000);
    const restored = restore({ ...doc, nodes: doc.nodes.filter((n) => n.id !== 'proc'), edges: doc.edges.filter((e) => e.source !== 'proc' && e.target !== 'proc') });
    if (!restored.ok) throw new Error(restored.errors.join('\n'));
    sim.edit(restored.document);
    sim.runUntil(6000);
    expect(sim.snapshot().nodes.proc).toBeUndefined();
    expect(sim.processorTable('proc')).toBeNull();
  });
});
