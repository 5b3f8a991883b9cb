// Call edges may end at an orchestrator; cycles of calls through one stay refused.
import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { connectionProblem, edgeKindsBetween } from './rules';

const nodes = [
  { id: 'web', kind: 'client', label: 'Web' },
  { id: 'flow', kind: 'orchestrator', label: 'Order flow' },
  { id: 'pay', kind: 'service', label: 'Payment' },
];

describe('calls to an orchestrator', () => {
  it('are allowed from clients, services and orchestrators', () => {
    expect(edgeKindsBetween('client', 'orchestrator')).toEqual(['call']);
    expect(edgeKindsBetween('service', 'orchestrator')).toEqual(['call']);
    expect(edgeKindsBetween('orchestrator', 'orchestrator')).toEqual(['call']);
    const result = restore({ format: 'eventscape/1', nodes, edges: [{ id: 'e1', kind: 'call', source: 'web', target: 'flow' }, { id: 'e2', kind: 'call', source: 'flow', target: 'pay' }] });
    expect(result.ok).toBe(true);
  });

  it('may not close a cycle through the orchestrator', () => {
    const edges = [
      { id: 'e1', kind: 'call', source: 'flow', target: 'pay' },
      { id: 'e2', kind: 'call', source: 'pay', target: 'flow' },
    ];
    const result = restore({ format: 'eventscape/1', nodes, edges });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/cycle/);
    const restored = restore({ format: 'eventscape/1', nodes, edges: edges.slice(0, 1) });
    if (!restored.ok) throw new Error(restored.errors.join('\n'));
    expect(connectionProblem(restored.document, 'pay', 'flow')).toBe('Order flow already calls Payment, directly or indirectly');
  });
});
