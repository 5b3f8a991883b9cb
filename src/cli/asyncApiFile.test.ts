// `npm run sim` on an AsyncAPI file: imported to Eventscape JSON first; a broken spec is refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testParser } from '../interop/asyncapi/testingParser';
import { restoreText } from '../model/restore';
import { asEventscapeText } from './asyncApiFile';
import { main } from './main';

const fixture = (name: string) => readFileSync(new URL(`../interop/asyncapi/fixtures/${name}`, import.meta.url), 'utf8');
const parser = async () => testParser();

describe('an AsyncAPI file for the command line', () => {
  it('becomes a document the simulation runs, with what was not mapped on stderr', async () => {
    const errors: string[] = [];
    const text = await asEventscapeText(fixture('inventory-2.6.json'), 'inventory.json', parser, (line) => errors.push(line));
    if (text === null) throw new Error(errors.join(''));
    const restored = restoreText(text);
    expect(restored.ok && restored.document.nodes.map((node) => node.id)).toEqual(['stock.reserved', 'warehouse', 'billing']);
    expect(errors).toEqual(['sim: inventory.json: not mapped: bindings.kafka.replicas of channels.stock.reserved (2): topics have no replicas here; not used\n']);
    let out = '';
    const code = main(['inventory.json', '--seconds', '10', '--json'], { readFile: () => text, stdout: (t) => (out += t), stderr: () => {}, wallClock: () => 0 });
    expect(code).toBe(0);
    const billing = JSON.parse(out).nodes.billing;
    expect(billing.kind).toBe('service');
    expect(billing.processed).toBeGreaterThan(50);
  }, 120_000);

  it('refuses a broken spec naming the place, and passes any other text through', async () => {
    const errors: string[] = [];
    expect(await asEventscapeText(fixture('broken-3.0.yaml'), 'broken.yaml', parser, (line) => errors.push(line))).toBeNull();
    expect(errors.join('')).toBe('sim: broken.yaml: The AsyncAPI document is not valid:\n  channels.orders.bindings.kafka.partitions (line 10): "partitions" property type must be integer\n');
    expect(await asEventscapeText('{"format":"eventscape/1"}', 'doc.json', parser, () => {})).toBe('{"format":"eventscape/1"}');
  }, 120_000);
});
