import { describe, expect, it } from 'vitest';
import { restore } from '../../src/model/restore';
import { autoLayout } from './autoLayout';

function doc() {
  const restored = restore({
    format: 'eventscape/1',
    nodes: [
      { id: 'svc', kind: 'service', position: { x: 0, y: 0 } },
      { id: 'topic', kind: 'topic', position: { x: 0, y: 0 } },
      { id: 'prod', kind: 'producer', position: { x: 0, y: 0 } },
      { id: 'other', kind: 'service', position: { x: 0, y: 0 } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'prod', target: 'topic' },
      { id: 'e2', kind: 'subscribe', source: 'topic', target: 'svc' },
      { id: 'e3', kind: 'subscribe', source: 'topic', target: 'other' },
    ],
  });
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('autoLayout', () => {
  it('puts each node right of the nodes it receives from, without overlaps', () => {
    const positions = autoLayout(doc(), {});
    const x = (id: string) => positions.get(id)?.x ?? NaN;
    expect(x('prod')).toBeLessThan(x('topic'));
    expect(x('topic')).toBeLessThan(x('svc'));
    expect(x('svc')).toBe(x('other'));
    expect(Math.abs((positions.get('svc')?.y ?? 0) - (positions.get('other')?.y ?? 0))).toBeGreaterThanOrEqual(96);
  });
});
