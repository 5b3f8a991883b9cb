import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main';
import { dualWrite } from '../lessons/dualWrite';
import { schemaChange } from '../lessons/schemaChange';

function run(argv: string[], text: string): { code: number; out: string } {
  let out = '';
  let clock = 0;
  const io: CliIo = { readFile: () => text, stdout: (t) => (out += t), stderr: () => {}, wallClock: () => (clock += 5) };
  return { code: main(argv, io), out };
}

const withFaults = (lesson: { document: unknown }, faults: unknown[]) => JSON.stringify({ ...(lesson.document as object), faults });

describe('npm run sim with databases and schemas', () => {
  it('reports each database: committed, published, lost, phantoms, duplicates, not in log', () => {
    const text = withFaults(dualWrite, [{ at: 5000, node: 'direct', type: 'crash', duration: 3000 }, { at: 5000, node: 'outbox', type: 'crash', duration: 3000 }]);
    const { code, out } = run(['lesson.json', '--json', '--seconds', '20'], text);
    expect(code).toBe(0);
    const nodes = JSON.parse(out).nodes;
    expect(Object.keys(nodes.direct.database)).toEqual(['publish', 'committed', 'published', 'lost', 'phantoms', 'duplicates', 'unpublished', 'waiting', 'rolledBack']);
    expect(nodes.direct.database.lost).toBeGreaterThan(0);
    expect(nodes.direct.database.unpublished).toBe(nodes.direct.database.lost + nodes.direct.database.waiting);
    expect(nodes.outbox.database.lost).toBe(0);
    // What reached each topic, counted by the topic itself.
    expect(nodes['accepted-direct'].appended).toBe(nodes.direct.database.published);
    expect(nodes['accepted-outbox'].appended).toBe(nodes.outbox.database.published + nodes.outbox.database.duplicates);
    const table = run(['lesson.json', '--seconds', '20'], text).out;
    expect(table).toMatch(/^database\s+publish\s+committed\s+published\s+lost\s+phantoms\s+duplicates\s+not in log\s+waiting\s+rolled back$/m);
    expect(table).toMatch(/^direct\s+direct\s/m);
  });

  it('reports the producer’s schema version and the registry’s refusal', () => {
    const text = withFaults(schemaChange, [{ at: 2000, node: 'checkout', type: 'deploy', version: 2 }]);
    const broken = JSON.parse(run(['l.json', '--json', '--seconds', '10'], text).out).nodes;
    expect(broken.checkout).toMatchObject({ schemaVersion: 2, deploysRefused: 0, schemaError: '' });
    expect(broken.email.unreadable).toBeGreaterThan(0);
    const guarded = JSON.stringify({ ...JSON.parse(text), nodes: JSON.parse(text).nodes.map((n: { id: string; config: object }) => (n.id === 'orders' ? { ...n, config: { ...n.config, registry: true } } : n)) });
    const refused = JSON.parse(run(['l.json', '--json', '--seconds', '10'], guarded).out).nodes;
    expect(refused.checkout).toMatchObject({ schemaVersion: 1, deploysRefused: 1, schemaError: 'deploy of v2 refused by the schema registry of orders: v2 (rename-field) is not backward compatible with v1' });
    expect(refused.email.unreadable).toBe(0);
    expect(run(['l.json', '--seconds', '10'], guarded).out).toContain('deploy of v2 refused by the schema registry of orders');
  });
});
