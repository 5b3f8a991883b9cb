// `restore` on processors: defaults, every operator read back, and field-named errors for
// pipelines that cannot run.
import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { serialize } from './serialize';

function doc(config: unknown, extraEdges: unknown[] = []) {
  return {
    format: 'eventscape/1',
    nodes: [
      { id: 'orders', kind: 'topic' },
      { id: 'customers', kind: 'topic' },
      { id: 'enrich', kind: 'processor', config },
      { id: 'out', kind: 'topic' },
    ],
    edges: [
      { id: 'e1', kind: 'subscribe', source: 'orders', target: 'enrich' },
      { id: 'e2', kind: 'publish', source: 'enrich', target: 'out' },
      ...extraEdges,
    ],
  };
}

function errorsOf(input: unknown): string[] {
  const result = restore(input);
  return result.ok ? [] : result.errors;
}

describe('a processor', () => {
  it('gets every default, and a full pipeline survives a round trip', () => {
    const result = restore(doc(undefined));
    expect(result.ok && result.document.nodes[2].config).toEqual({
      instances: 1,
      concurrency: 1,
      processing: { dist: 'constant', mean: 1 },
      operators: [],
      allowedLatenessMs: 0,
      graceMs: 0,
      emit: 'on-close',
      late: 'drop',
      lateTopic: null,
      publishes: '',
    });
    const operators = [
      { op: 'filter', keep: 0.5, types: ['OrderPlaced'] },
      { op: 'map', type: 'Order', rekey: 10 },
      { op: 'join', with: 'customers', as: 'table', windowMs: 1000 },
      { op: 'aggregate', fn: 'sum', window: { kind: 'hopping', size: 2000, advance: 500 } },
    ];
    const full = doc(
      {
        operators: [
          { op: 'filter', keep: 0.5, types: ['OrderPlaced'] },
          { op: 'map', type: 'Order', rekey: 10 },
          { op: 'join', with: 'customers', as: 'table' },
          { op: 'aggregate', fn: 'sum', window: { kind: 'hopping', size: 2000, advance: 500 } },
        ],
        graceMs: 2000,
        late: 'side-output',
        lateTopic: 'out',
      },
      [{ id: 'e3', kind: 'subscribe', source: 'customers', target: 'enrich' }],
    );
    const restored = restore(full);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.document.nodes[2].config).toMatchObject({ operators });
    const again = restore(serialize(restored.document, { compact: true }));
    expect(again.ok && again.document).toEqual(restored.document);
  });

  it('names the field of a window with size ≤ 0, an advance beyond its size and a session without a gap', () => {
    expect(errorsOf(doc({ operators: [{ op: 'aggregate', window: { kind: 'tumbling', size: 0 } }] }))).toEqual([
      'nodes[2].config.operators[0].window.size: must be a finite number > 0 and at most 2,592,000,000 (ms); it is 0',
    ]);
    expect(errorsOf(doc({ operators: [{ op: 'aggregate', window: { kind: 'hopping', size: 1000, advance: 1500 } }] }))).toEqual([
      "nodes[2].config.operators[0].window.advance: must be at most the window's size (1000 ms); it is 1500",
    ]);
    expect(errorsOf(doc({ operators: [{ op: 'aggregate', window: { kind: 'session', gap: -5 } }] }))).toEqual([
      'nodes[2].config.operators[0].window.gap: must be a finite number > 0 and at most 2,592,000,000 (ms); it is -5',
    ]);
  });

  it('refuses a join without its table source, and a join whose table is the only topic it reads', () => {
    expect(errorsOf(doc({ operators: [{ op: 'join', with: 'customers', as: 'table' }] }))).toEqual([
      'nodes[2].config.operators[0].with: a join needs a table source: subscribe enrich to "customers" (it reads orders)',
    ]);
    expect(errorsOf(doc({ operators: [{ op: 'join', with: 'orders', as: 'stream' }] }))).toEqual([
      'nodes[2].config.operators[0].with: "orders" is the only topic enrich reads; a join needs a stream of events besides its stream',
    ]);
  });

  it('refuses pipelines that cannot run in their order, and unknown operators', () => {
    expect(
      errorsOf(doc({ operators: [{ op: 'aggregate' }, { op: 'filter', keep: 0.5 }] })),
    ).toEqual(['nodes[2].config.operators[0]: the aggregate must be the last operator: what it outputs are its results, not events to transform']);
    expect(errorsOf(doc({ operators: [{ op: 'aggregate' }, { op: 'aggregate' }] }))).toEqual([
      'nodes[2].config.operators[1]: a pipeline has at most one aggregate; operators[0] is one already',
      'nodes[2].config.operators[0]: the aggregate must be the last operator: what it outputs are its results, not events to transform',
    ]);
    expect(errorsOf(doc({ operators: [{ op: 'reduce' }] }))).toEqual(['nodes[2].config.operators[0].op: "reduce" is not an operator; use filter, map, aggregate or join']);
    expect(errorsOf(doc({ operators: [{ op: 'filter', keep: 2 }] }))).toEqual(['nodes[2].config.operators[0].keep: must be a finite number from 0 to 1; it is 2']);
  });

  it('refuses a side output without a topic it publishes to', () => {
    expect(errorsOf(doc({ late: 'side-output' }))).toEqual(['nodes[2].config.lateTopic: late: "side-output" needs the id of a topic the processor publishes to']);
    expect(errorsOf(doc({ late: 'side-output', lateTopic: 'customers' }))).toEqual(['nodes[2].config.lateTopic: enrich does not publish to "customers"; add a publish edge to it']);
  });

  it('may be subscribed to topics and publish to them, but not be called', () => {
    const called = doc(undefined, [{ id: 'e9', kind: 'call', source: 'enrich', target: 'enrich' }]);
    expect(errorsOf(called)[0]).toMatch(/^edges\[2\]: a call edge cannot go from a processor to a processor/);
  });
});
