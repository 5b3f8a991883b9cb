import { describe, expect, it } from 'vitest';
import { restore, type RestoreResult } from './restore';
import type { ServiceNode, TopologyDocument } from './types';

const base = () => ({
  format: 'eventscape/1',
  nodes: [
    { id: 'checkout', kind: 'producer' },
    { id: 'orders', kind: 'topic' },
    { id: 'email', kind: 'service' },
  ] as Record<string, unknown>[],
  edges: [
    { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
    { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
  ] as Record<string, unknown>[],
  faults: [] as Record<string, unknown>[],
});

function restored(input: unknown): TopologyDocument {
  const result = restore(input);
  if (!result.ok) throw new Error(`expected a document, got errors:\n${result.errors.join('\n')}`);
  return result.document;
}

function errorsOf(input: unknown): string[] {
  const result: RestoreResult = restore(input);
  if (result.ok) throw new Error('expected errors, got a document');
  return result.errors;
}

function withNode(node: Record<string, unknown>): ReturnType<typeof base> {
  const doc = base();
  doc.nodes.push(node);
  return doc;
}

describe('restore fills defaults', () => {
  it('turns a document with only ids, kinds and edges into a full one', () => {
    const doc = restored(base());
    expect(doc.name).toBe('Untitled');
    expect(doc.seed).toBe(1);
    expect(doc.faults).toEqual([]);
    expect(doc.nodes.map((node) => node.label)).toEqual(['checkout', 'orders', 'email']);
    expect(doc.nodes.map((node) => node.position)).toEqual([
      { x: 0, y: 0 },
      { x: 250, y: 0 },
      { x: 500, y: 0 },
    ]);
    expect(doc.nodes[1].config).toEqual({ partitions: 1, partitioner: 'key', retention: null, capacity: null, onFull: 'block' });
    expect(doc.edges[0].config).toEqual({ latency: { dist: 'constant', mean: 0 } });
    expect(doc.edges[1].config).toEqual({ startFrom: 'earliest' });
  });

  it('lays out nodes without positions on a grid of five columns', () => {
    const doc = base();
    for (let i = 0; i < 4; i++) doc.nodes.push({ id: `t${i}`, kind: 'topic' });
    expect(restored(doc).nodes[6].position).toEqual({ x: 250, y: 150 });
  });

  it('names what a service publishes after its label when publishes is missing or empty', () => {
    const doc = withNode({ id: 'pay', kind: 'service', label: 'Payment service', config: { publishes: '' } });
    const service = restored(doc).nodes[3] as ServiceNode;
    expect(service.config.publishes).toBe('PaymentServiceCompleted');
    expect((restored(base()).nodes[2] as ServiceNode).config.publishes).toBe('EmailCompleted');
  });

  it('fills a partial nested object field by field', () => {
    const doc = withNode({ id: 'pay', kind: 'service', config: { retry: { maxAttempts: 5 }, processing: { mean: 40 } } });
    const service = restored(doc).nodes[3] as ServiceNode;
    expect(service.config.retry).toEqual({ maxAttempts: 5, backoff: 100, mode: 'blocking' });
    expect(service.config.processing).toEqual({ dist: 'exponential', mean: 40 });
  });

  it('completes uniform and lognormal distributions', () => {
    const processing = (value: unknown) =>
      (restored(withNode({ id: 'x', kind: 'service', config: { processing: value } })).nodes[3] as ServiceNode).config.processing;
    expect(processing({ dist: 'uniform', mean: 10 })).toEqual({ dist: 'uniform', mean: 10, min: 0, max: 20 });
    expect(processing({ dist: 'uniform', min: 4, max: 8 })).toEqual({ dist: 'uniform', mean: 6, min: 4, max: 8 });
    expect(processing({ dist: 'uniform', mean: 10, min: 5 })).toEqual({ dist: 'uniform', mean: 10, min: 5, max: 15 });
    expect(processing({ dist: 'lognormal', mean: 10 })).toEqual({ dist: 'lognormal', mean: 10, p99: 30 });
    expect(processing({ dist: 'lognormal', mean: 10, p99: 90 })).toEqual({ dist: 'lognormal', mean: 10, p99: 90 });
  });

  it('keeps null as "none" and accepts numbers where none is allowed', () => {
    const doc = withNode({ id: 't', kind: 'topic', config: { retention: 60000, capacity: null } });
    expect(restored(doc).nodes[3].config).toMatchObject({ retention: 60000, capacity: null });
  });

  it('drops unknown fields with a warning naming them', () => {
    const doc = { ...base(), version: 3, nodes: [{ id: 'orders', kind: 'topic', colour: 'red', config: { partitions: 2, shards: 4 } }], edges: [] };
    const result = restore(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual(['version: unknown field, ignored', 'nodes[0].colour: unknown field, ignored', 'nodes[0].config.shards: unknown field, ignored']);
    expect(result.document.nodes[0]).not.toHaveProperty('colour');
    expect(result.document.nodes[0].config).not.toHaveProperty('shards');
  });

  it('warns about distribution fields its kind does not use, and drops them', () => {
    const result = restore(withNode({ id: 'x', kind: 'service', config: { processing: { dist: 'constant', mean: 5, p99: 9 } } }));
    expect(result.ok && result.warnings).toEqual(['nodes[3].config.processing.p99: only used by lognormal distributions; ignored']);
    expect(result.ok && (result.document.nodes[3] as ServiceNode).config.processing).toEqual({ dist: 'constant', mean: 5 });
  });

  it('replaces an empty label by the id, and an empty name by "Untitled"', () => {
    const doc = { ...withNode({ id: 'x', kind: 'topic', label: '' }), name: ' ' };
    const result = restore(doc);
    expect(result.ok && result.document.nodes[3].label).toBe('x');
    expect(result.ok && result.document.name).toBe('Untitled');
    expect(result.ok && result.warnings).toEqual(['name: empty; "Untitled" is used instead', 'nodes[3].label: empty; the id "x" is used instead']);
  });

  it('reads -0 as 0', () => {
    const doc = withNode({ id: 'x', kind: 'topic', position: { x: -0, y: 3 } });
    expect(Object.is(restored(doc).nodes[3].position.x, 0)).toBe(true);
  });

  it('builds fresh objects: the input is neither kept nor changed', () => {
    const input = withNode({ id: 'x', kind: 'producer', config: { eventTypes: ['A', 'B'] } });
    const before = JSON.stringify(input);
    const doc = restored(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(doc.nodes[3].config).not.toBe(input.nodes[3].config);
    expect((doc.nodes[3].config as { eventTypes: string[] }).eventTypes).not.toBe((input.nodes[3].config as { eventTypes: string[] }).eventTypes);
  });

  it('keeps scripted faults with their parameters and duration', () => {
    const doc = base();
    doc.faults.push({ at: 30000, node: 'email', type: 'slow', factor: 40, duration: 20000 });
    doc.faults.push({ at: 1000, node: 'email', type: 'replay' });
    doc.faults.push({ at: 2000, node: 'checkout', type: 'rate', rate: 0 });
    expect(restored(doc).faults).toEqual([
      { at: 30000, node: 'email', type: 'slow', factor: 40, duration: 20000 },
      { at: 1000, node: 'email', type: 'replay', to: 'earliest', duration: null },
      { at: 2000, node: 'checkout', type: 'rate', rate: 0, duration: null },
    ]);
  });

  it('drops the duration of a fault that cannot be undone, with a warning', () => {
    const doc = base();
    doc.faults.push({ at: 0, node: 'email', type: 'recover', duration: 5000 });
    const result = restore(doc);
    expect(result.ok && result.document.faults[0].duration).toBeNull();
    expect(result.ok && result.warnings).toEqual(['faults[0].duration: a "recover" fault cannot be undone; duration ignored']);
  });
});

describe('restore rejects', () => {
  it('what is not an object', () => {
    expect(errorsOf(null)).toEqual(['the document must be a JSON object, not null']);
    expect(errorsOf([1])).toEqual(['the document must be a JSON object, not an array']);
    expect(errorsOf('{}')).toEqual(['the document must be a JSON object, not "{}"']);
  });

  it('a missing or unknown format', () => {
    expect(errorsOf({ nodes: [] })[0]).toMatch(/^format: missing/);
    expect(errorsOf({ format: 'eventscape/9' })).toEqual([
      'format: "eventscape/9" is not a format this version of Eventscape reads (it reads eventscape/1)',
    ]);
  });

  it('unknown node and edge kinds', () => {
    const doc = withNode({ id: 'db', kind: 'database' });
    doc.edges.push({ id: 'e3', kind: 'stream', source: 'orders', target: 'email' });
    expect(errorsOf(doc)).toEqual([
      'nodes[3].kind: "database" is not a node kind; use producer, client, topic, service, orchestrator, broker or processor',
      'edges[2].kind: "stream" is not an edge kind; use publish, subscribe, call or deadletter',
    ]);
  });

  it('edges between kinds the table does not allow', () => {
    const doc = base();
    doc.edges.push({ id: 'e3', kind: 'subscribe', source: 'checkout', target: 'email' });
    doc.edges.push({ id: 'e4', kind: 'publish', source: 'orders', target: 'orders' });
    doc.edges.push({ id: 'e5', kind: 'deadletter', source: 'checkout', target: 'orders' });
    expect(errorsOf(doc)).toEqual([
      'edges[2]: a subscribe edge cannot go from a producer to a service: it goes from a topic to a service, orchestrator or processor (checkout → email)',
      'edges[3]: a publish edge cannot go from a topic to a topic: it goes from a producer, service, orchestrator or processor to a topic (orders → orders)',
      'edges[4]: a deadletter edge cannot go from a producer to a topic: it goes from a service to a topic (checkout → orders)',
    ]);
  });

  it('dangling edges', () => {
    const doc = base();
    doc.edges.push({ id: 'e3', kind: 'subscribe', source: 'orders', target: 'inventory' });
    doc.edges.push({ id: 'e4', kind: 'subscribe', target: 'email' });
    expect(errorsOf(doc)).toEqual(['edges[3].source: must be the id of a node; missing', 'edges[2].target: no node has the id "inventory"'].sort(byIndex));
  });

  it('duplicate node ids and duplicate edge ids', () => {
    const doc = withNode({ id: 'email', kind: 'service' });
    doc.edges.push({ id: 'e1', kind: 'subscribe', source: 'orders', target: 'email', config: { startFrom: 'latest' } });
    expect(errorsOf(doc)).toEqual(['nodes[3].id: "email" is already the id of nodes[2]', 'edges[2].id: "e1" is already the id of edges[0]', 'edges[2]: repeats edges[1]: subscribe from orders to email']);
  });

  it('a second dead-letter topic for one service', () => {
    const doc = withNode({ id: 'dlq', kind: 'topic' });
    doc.nodes.push({ id: 'dlq2', kind: 'topic' });
    doc.edges.push({ id: 'e3', kind: 'deadletter', source: 'email', target: 'dlq' });
    doc.edges.push({ id: 'e4', kind: 'deadletter', source: 'email', target: 'dlq2' });
    expect(errorsOf(doc)).toEqual(['edges[3]: email already has a dead-letter topic (edges[2]); a service has at most one']);
  });

  it('cycles of call edges, naming the cycle', () => {
    const doc = base();
    doc.nodes.push({ id: 'pay', kind: 'service' }, { id: 'notify', kind: 'service' });
    doc.edges.push({ id: 'c1', kind: 'call', source: 'email', target: 'pay' });
    doc.edges.push({ id: 'c2', kind: 'call', source: 'pay', target: 'notify' });
    doc.edges.push({ id: 'c3', kind: 'call', source: 'notify', target: 'pay' });
    expect(errorsOf(doc)).toEqual(['edges: calls form a cycle: pay → notify → pay']);
    const selfCall = base();
    selfCall.edges.push({ id: 'c1', kind: 'call', source: 'email', target: 'email' });
    expect(errorsOf(selfCall)).toEqual(['edges: calls form a cycle: email → email']);
  });

  it('unknown fault types, faults on unknown nodes and faults that do not fit the node', () => {
    const doc = base();
    doc.faults.push({ at: 0, node: 'email', type: 'explode' });
    doc.faults.push({ at: 0, node: 'ghost', type: 'crash' });
    doc.faults.push({ at: 0, node: 'orders', type: 'rate', rate: 5 });
    doc.faults.push({ at: 0, node: 'checkout', type: 'slow', factor: 2 });
    expect(errorsOf(doc)).toEqual([
      'faults[0].type: "explode" is not a fault type; use slow, fail, crash, recover, rate, add-instance, remove-instance, replay, deploy or partition',
      'faults[1].node: no node has the id "ghost"',
      'faults[2]: a "rate" fault cannot apply to a topic; it applies to producers or clients',
      'faults[3]: a "slow" fault cannot apply to a producer; it applies to services, orchestrators, brokers or processors',
    ]);
  });

  it('fault parameters that are missing or out of range', () => {
    const doc = base();
    doc.faults.push({ at: -1, node: 'email', type: 'fail', rate: 1.5 });
    doc.faults.push({ at: 0, node: 'email', type: 'slow' });
    doc.faults.push({ at: 0, node: 'email', type: 'replay', to: 'yesterday' });
    doc.faults.push({ at: 0, node: 'email', type: 'crash', duration: 0 });
    expect(errorsOf(doc)).toEqual([
      'faults[0].at: must be a finite number from 0 to 2,592,000,000 (ms); it is -1',
      'faults[0].rate: must be a finite number from 0 to 1; it is 1.5',
      'faults[1].factor: missing; must be a finite number > 0 and at most 1,000',
      'faults[2].to: must be "earliest" or a time in ms, not "yesterday"',
      'faults[3].duration: must be a finite number > 0 and at most 2,592,000,000 (ms), or null for none; it is 0',
    ]);
  });

  it('non-finite and out-of-range numbers, naming the path', () => {
    const doc = withNode({ id: 'pay', kind: 'service', config: { instances: 0, concurrency: 2.5, failureRate: NaN, retry: { maxAttempts: Infinity } } });
    doc.nodes[0].config = { rate: -5 };
    expect(errorsOf(doc)).toEqual([
      'nodes[0].config.rate: must be a finite number > 0 and at most 1,000,000 (per second); it is -5',
      'nodes[3].config.instances: must be a whole number from 1 to 100; it is 0',
      'nodes[3].config.concurrency: must be a whole number from 1 to 1,000; it is 2.5',
      'nodes[3].config.failureRate: must be a finite number from 0 to 1; it is NaN',
      'nodes[3].config.retry.maxAttempts: must be a whole number from 1 to 100; it is Infinity',
    ]);
  });

  it('values of the wrong type', () => {
    const doc = withNode({ id: 'x', kind: 'service', label: 7, position: [0, 0], config: { idempotent: 'yes', ordering: 'random', processing: 'fast' } });
    doc.nodes[1].config = { partitions: '3' };
    expect(errorsOf(doc)).toEqual([
      'nodes[1].config.partitions: must be a whole number from 1 to 1,024, not "3"',
      'nodes[3].label: must be a text, not 7',
      'nodes[3].position: must be an object, not an array',
      'nodes[3].config.processing: must be an object, not "fast"',
      'nodes[3].config.ordering: must be one of "partition", "key", "none", not "random"',
      'nodes[3].config.idempotent: must be true or false, not "yes"',
    ]);
    expect(errorsOf({ ...base(), nodes: {} })).toEqual(['nodes: must be a list, not an object']);
  });

  it('distributions that make no sense', () => {
    const processing = (value: unknown) => errorsOf(withNode({ id: 'x', kind: 'service', config: { processing: value } }));
    expect(processing({ dist: 'uniform', min: 9, max: 3 })).toEqual(['nodes[3].config.processing.max: must be at least min (9); it is 3']);
    expect(processing({ dist: 'uniform', mean: 5, min: 2, max: 4 })).toEqual([
      'nodes[3].config.processing.mean: must be (min + max) / 2 = 3 for a uniform distribution, or be left out',
    ]);
    expect(processing({ dist: 'uniform', mean: 2, max: 10 })).toEqual(['nodes[3].config.processing.min: must be at least 0; it is -6 (2 × mean - max)']);
    expect(processing({ dist: 'lognormal', mean: 10, p99: 8 })).toEqual(['nodes[3].config.processing.p99: must be more than the mean (10 ms); it is 8']);
    expect(processing({ dist: 'lognormal', mean: 10, p99: 200 })[0]).toMatch(/p99: can be at most 14.9 × the mean/);
    expect(processing({ dist: 'lognormal', mean: 0 })[0]).toMatch(/mean: must be a finite number > 0/);
    expect(processing({ dist: 'exponential', mean: -1 })[0]).toMatch(/mean: must be a finite number from 0/);
    expect(processing({ dist: 'gamma', mean: 1 })[0]).toMatch(/dist: must be one of "constant", "exponential", "uniform", "lognormal"/);
  });

  it('ids that are not safe, and reserved names', () => {
    const doc = withNode({ id: 'my node', kind: 'topic' });
    doc.nodes.push({ id: 'constructor', kind: 'topic' }, { id: 'toString', kind: 'topic' }, { id: 'x'.repeat(65), kind: 'topic' }, { id: '', kind: 'topic' }, { kind: 'topic' }, { id: 5, kind: 'topic' });
    expect(errorsOf(doc)).toEqual([
      'nodes[3].id: "my node" may use only letters, digits, "_", "-" and "." (and not start with "-" or ".")',
      'nodes[4].id: "constructor" is a reserved name; choose another id',
      'nodes[5].id: "toString" is a reserved name; choose another id',
      'nodes[6].id: must be at most 64 characters; it has 65',
      'nodes[7].id: must not be empty',
      'nodes[8].id: missing; every node and edge needs an id',
      'nodes[9].id: must be a text id, not 5',
    ]);
  });

  it('__proto__, constructor and prototype keys, wherever they are', () => {
    const text = '{"format":"eventscape/1","__proto__":{"polluted":1},"nodes":[{"id":"a","kind":"topic","config":{"constructor":{"x":1},"prototype":2}}]}';
    expect(errorsOf(JSON.parse(text))).toEqual([
      '__proto__: this key is not allowed',
      'nodes[0].config.constructor: this key is not allowed',
      'nodes[0].config.prototype: this key is not allowed',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never reads inherited properties', () => {
    const sneaky = Object.create({ format: 'eventscape/1', nodes: [] }) as object;
    expect(errorsOf(sneaky)[0]).toMatch(/^format: missing/);
  });

  it('labels, names and event types beyond their limits', () => {
    const doc = { ...withNode({ id: 'x', kind: 'producer', label: 'L'.repeat(81), config: { eventTypes: ['A', '', 'Line\nbreak'] } }), name: 'N'.repeat(81) };
    doc.nodes.push({ id: 'y', kind: 'producer', config: { eventTypes: Array.from({ length: 33 }, (_, i) => `T${i}`) } });
    doc.nodes.push({ id: 'z', kind: 'producer', config: { eventTypes: [] } });
    expect(errorsOf(doc)).toEqual([
      'name: must be at most 80 characters; it has 81',
      'nodes[3].label: must be at most 80 characters; it has 81',
      'nodes[3].config.eventTypes[1]: an event type needs a name',
      'nodes[3].config.eventTypes[2]: must not contain line breaks or control characters',
      'nodes[4].config.eventTypes: must be a list of 1 to 32 event type names; it has 33',
      'nodes[5].config.eventTypes: must be a list of 1 to 32 event type names; it has 0',
    ]);
  });

  it('everything beyond the limits of the format', () => {
    const limits = (config: Record<string, unknown>, kind = 'service') => errorsOf(withNode({ id: 'x', kind, config }));
    expect(limits({ partitions: 1025 }, 'topic')[0]).toMatch(/partitions: must be a whole number from 1 to 1,024; it is 1025/);
    expect(limits({ instances: 101 })[0]).toMatch(/instances: must be a whole number from 1 to 100/);
    expect(limits({ concurrency: 1001 })[0]).toMatch(/concurrency: must be a whole number from 1 to 1,000;/);
    expect(limits({ keys: 1_000_001 }, 'producer')[0]).toMatch(/keys: must be a whole number from 1 to 1,000,000;/);
    expect(limits({ rate: 1_000_001 }, 'client')[0]).toMatch(/rate: must be a finite number > 0 and at most 1,000,000/);
    const many = (count: number, make: (i: number) => unknown) => Array.from({ length: count }, (_, i) => make(i));
    expect(errorsOf({ format: 'eventscape/1', nodes: many(501, (i) => ({ id: `n${i}`, kind: 'topic' })) })).toEqual(['nodes: the document has 501 nodes; the limit is 500']);
    expect(errorsOf({ format: 'eventscape/1', edges: many(2001, () => ({})) })).toEqual(['edges: the document has 2,001 edges; the limit is 2,000']);
    expect(errorsOf({ format: 'eventscape/1', faults: many(101, () => ({})) })).toEqual(['faults: the document has 101 faults; the limit is 100']);
  });

  it('lists every error, capped at 50 with a count of the rest', () => {
    const doc = { format: 'eventscape/1', nodes: Array.from({ length: 80 }, (_, i) => ({ id: `n${i}`, kind: 'topic', config: { partitions: 0 } })) };
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(51);
    expect(errors[49]).toMatch(/^nodes\[49\]\.config\.partitions/);
    expect(errors[50]).toBe('... and 30 more');
  });

  it('input that throws while it is read, without throwing itself', () => {
    const hostile = { format: 'eventscape/1', get nodes(): unknown { throw new Error('boom'); } };
    expect(errorsOf(hostile)).toEqual(['the document could not be read: boom']);
  });
});

// Errors come in document order: nodes, then edges by index with each edge's own fields first.
function byIndex(a: string, b: string): number {
  const index = (text: string) => Number(/\[(\d+)\]/.exec(text)?.[1] ?? 0);
  return index(a) - index(b);
}
