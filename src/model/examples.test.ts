import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restore, restoreText } from './restore';
import { serialize } from './serialize';

const folder = join(__dirname, '../../public/examples');
const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
// The examples the engine's own stories use are written there; these are written as a user would.
const handWritten = ['checkout.json', 'fan-out.json', 'backpressure.json', 'ordering.json', 'at-least-once.json', 'kafka-basics.json'];

describe('examples', () => {
  it('are all there', () => {
    expect(files).toEqual(expect.arrayContaining(handWritten));
  });

  it.each(files)('%s restores without errors or warnings and round-trips', (file) => {
    const result = restoreText(readFileSync(join(folder, file), 'utf8'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.warnings).toEqual([]);
    const doc = result.document;
    expect(restore(serialize(doc))).toEqual({ ok: true, document: doc, warnings: [] });
    expect(restore(serialize(doc, { compact: true }))).toEqual({ ok: true, document: doc, warnings: [] });
  });

  it.each(handWritten)('%s holds only fields that differ from their defaults', (file) => {
    const json: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const result = restore(json);
    expect(result.ok && serialize(result.document, { compact: true })).toEqual(json);
  });

  it('checkout, the example the app opens with, has 10 nodes, a seed and a scripted slow Email', () => {
    const result = restoreText(readFileSync(join(folder, 'checkout.json'), 'utf8'));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.document.nodes).toHaveLength(10);
    expect(result.document.seed).not.toBe(1);
    expect(result.document.faults).toEqual([{ at: 30000, node: 'email', type: 'slow', factor: 40, duration: 20000 }]);
  });
});
