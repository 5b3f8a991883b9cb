import { describe, expect, it } from 'vitest';
import { emptyDocument } from './empty';
import { idBase, idProblem, nextEdgeId, nextNodeId } from './ids';
import { restore } from './restore';
import type { TopologyDocument } from './types';

function withIds(nodeIds: string[], edgeIds: string[] = []): Pick<TopologyDocument, 'nodes' | 'edges'> {
  const nodes = nodeIds.map((id) => ({ id, kind: 'topic' as const, label: id, position: { x: 0, y: 0 }, config: {} }));
  const edges = edgeIds.map((id) => ({ id, kind: 'deadletter' as const, source: 'a', target: 'b', config: {} }));
  return { nodes: nodes as unknown as TopologyDocument['nodes'], edges };
}

describe('ids', () => {
  it('numbers node ids per kind past the highest one', () => {
    expect(nextNodeId(withIds([]), 'service')).toBe('service-1');
    expect(nextNodeId(withIds(['service-1', 'topic-4']), 'service')).toBe('service-2');
    expect(nextNodeId(withIds(['service-1', 'service-7']), 'service')).toBe('service-8');
    expect(nextNodeId(withIds(['service-1', 'service-extra']), 'service')).toBe('service-2');
  });

  it('makes readable bases from labels', () => {
    expect(idBase('Payment Service')).toBe('payment-service');
    expect(idBase('  Émile / Orders!! ')).toBe('mile-orders');
    expect(idBase('***')).toBe('node');
    expect(idBase('constructor')).toBe('node');
    expect(nextNodeId(withIds(['payment-service-1']), 'Payment Service')).toBe('payment-service-2');
  });

  it('numbers edge ids e1, e2... past the highest one', () => {
    expect(nextEdgeId(withIds([], []))).toBe('e1');
    expect(nextEdgeId(withIds([], ['e1', 'e9', 'call-3']))).toBe('e10');
  });

  it('gives ids restore accepts', () => {
    for (const base of ['service', 'Payment Service', 'x'.repeat(200), '__proto__', '-lead']) {
      const id = nextNodeId(withIds([]), base);
      expect(idProblem(id), id).toBeNull();
    }
  });

  it('starts a new document empty and valid', () => {
    const doc = emptyDocument('Workshop');
    expect(doc).toEqual({ format: 'eventscape/1', name: 'Workshop', seed: 1, nodes: [], edges: [], faults: [] });
    expect(restore(doc)).toEqual({ ok: true, document: doc, warnings: [] });
    expect(emptyDocument().name).toBe('Untitled');
  });
});
