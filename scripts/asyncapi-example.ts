// Writes public/examples/shop-events.json from e2e/fixtures/shop-events.asyncapi.yaml: the spec
// imported as the app imports it (official parser, mapping, restore, layout left to right), with a
// rate and a seed chosen for a good first run. Run: npx tsx scripts/asyncapi-example.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { autoLayout } from '../app/canvas/autoLayout';
import { moveNodes } from '../src/editor/edits';
import { importAsyncApi } from '../src/interop/asyncapi/asyncApi';
import { restore } from '../src/model/restore';
import { serialize } from '../src/model/serialize';

const text = readFileSync('e2e/fixtures/shop-events.asyncapi.yaml', 'utf8');
const result = await importAsyncApi(text, new Parser({ ruleset: { recommended: false } }));
if (!result.ok) throw new Error(result.errors.join('\n'));
const laidOut = moveNodes(result.document, autoLayout(result.document, {}));
const tuned = serialize({ ...laidOut, name: 'Shop events (from AsyncAPI)', seed: 7 }, { compact: true });
const restored = restore(tuned);
if (!restored.ok) throw new Error(restored.errors.join('\n'));
writeFileSync('public/examples/shop-events.json', `${JSON.stringify(serialize(restored.document, { compact: true }), null, 2)}\n`);
console.log(result.notes.join('\n'));
