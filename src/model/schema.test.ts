import { describe, expect, it } from 'vitest';
import { restore } from './restore';
import { canRead, readProblem, registryProblem } from './schema';

const doc = (producer: Record<string, unknown>, service: Record<string, unknown>, topic: Record<string, unknown> = {}, faults: unknown[] = []) => ({
  format: 'eventscape/1',
  nodes: [
    { id: 'checkout', kind: 'producer', config: producer },
    { id: 'orders', kind: 'topic', config: topic },
    { id: 'email', kind: 'service', config: service },
  ],
  edges: [
    { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
    { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
  ],
  faults,
});

function errorsOf(input: unknown): string[] {
  const result = restore(input);
  return result.ok ? [] : result.errors;
}

describe('schema compatibility', () => {
  it('follows what each change keeps: old readers of new events, new readers of old', () => {
    expect(canRead(['add-optional-field'], 1, 2)).toBe(true);
    expect(canRead(['add-optional-field'], 2, 1)).toBe(true);
    expect(canRead(['add-field'], 1, 2)).toBe(true);
    expect(canRead(['add-field'], 2, 1)).toBe(false);
    expect(canRead(['remove-field'], 1, 2)).toBe(false);
    expect(canRead(['remove-field'], 2, 1)).toBe(true);
    expect(canRead(['rename-field'], 1, 2)).toBe(false);
    expect(canRead(['add-optional-field', 'rename-field'], 1, 3)).toBe(false);
  });

  it('lets a consumer read its versions, and older ones when it upcasts', () => {
    expect(readProblem(['rename-field'], [1], false, 1)).toBeNull();
    expect(readProblem(['rename-field'], [1], false, 2)).toBe('cannot read v2 (reads v1): rename-field');
    expect(readProblem(['rename-field'], [2], false, 1)).toBe('cannot read v1 (reads v2): rename-field');
    expect(readProblem(['rename-field'], [2], true, 1)).toBeNull();
  });

  it('refuses at the registry what the topic compatibility forbids', () => {
    expect(registryProblem(['rename-field'], 'none', 1, 2)).toBeNull();
    expect(registryProblem(['rename-field'], 'backward', 1, 2)).toBe('v2 (rename-field) is not backward compatible with v1');
    expect(registryProblem(['add-field'], 'forward', 1, 2)).toBeNull();
    expect(registryProblem(['add-field'], 'backward', 1, 2)).toBe('v2 (add-field) is not backward compatible with v1');
    expect(registryProblem(['remove-field'], 'backward', 1, 2)).toBeNull();
  });
});

describe('restore of databases and schemas', () => {
  it('leaves the new fields out of documents that do not use them', () => {
    const result = restore(doc({}, {}));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [producer, topic, service] = result.document.nodes;
    expect('schema' in producer.config).toBe(false);
    expect('registry' in topic.config).toBe(false);
    expect('database' in service.config).toBe(false);
    expect('reads' in service.config).toBe(false);
  });

  it('fills a database given as {} with its defaults', () => {
    const result = restore(doc({}, { database: {} }));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const service = result.document.nodes[2];
    expect(service.kind === 'service' && service.config.database).toEqual({
      write: { dist: 'constant', mean: 5 },
      publish: 'direct',
      lingerMs: 5,
      pollMs: 100,
      tailMs: 50,
      order: 'commit-first',
    });
  });

  it('names the field of every impossible setting', () => {
    expect(errorsOf(doc({}, { database: { publish: 'twice', pollMs: 0, tailMs: -1 } }))).toEqual([
      'nodes[2].config.database.publish: must be one of "direct", "outbox", "cdc", not "twice"',
      'nodes[2].config.database.pollMs: must be a finite number from 1 to 2,592,000,000 (ms); it is 0',
      'nodes[2].config.database.tailMs: must be a finite number from 0 to 2,592,000,000 (ms); it is -1',
    ]);
    expect(errorsOf(doc({ schema: { version: 3, changes: ['rename-field'] } }, { reads: [0] }, { compatibility: 'full' }))).toEqual([
      'nodes[0].config.schema.version: there is no version 3: it has versions 1 to 2 (one more per entry of changes)',
      'nodes[1].config.compatibility: must be one of "none", "backward", "forward", not "full"',
      'nodes[2].config.reads[0]: must be a whole number from 1 to 32, not 0',
    ]);
    expect(errorsOf(doc({ schema: { changes: ['drop-table'] } }, { reads: [] }))).toEqual([
      'nodes[0].config.schema.changes[0]: must be one of "add-optional-field", "add-field", "remove-field", "rename-field", not "drop-table"',
      'nodes[2].config.reads: must be a list of 1 to 32 schema versions, or null for any; it has 0',
    ]);
  });

  it('refuses a deploy of a version the producer does not have', () => {
    const deploy = (version: number) => [{ at: 1000, node: 'checkout', type: 'deploy', version }];
    expect(errorsOf(doc({}, {}, {}, deploy(2)))).toEqual(['faults[0].version: checkout has no schema to deploy a version of; give it config.schema first']);
    expect(errorsOf(doc({ schema: { changes: ['rename-field'] } }, {}, {}, deploy(3)))).toEqual(['faults[0].version: checkout has no version 3: it has versions 1 to 2']);
    expect(errorsOf(doc({ schema: { changes: ['rename-field'] } }, {}, {}, deploy(2)))).toEqual([]);
    expect(errorsOf(doc({}, {}, {}, [{ at: 0, node: 'email', type: 'deploy', version: 2 }]))).toEqual([
      'faults[0]: a "deploy" fault cannot apply to a service; it applies to producers',
    ]);
  });
});
