// The official AsyncAPI parser as the tests use it (the npm package; the app loads its browser
// bundle): one shared instance, since its first parse compiles the specification's schemas.
import { Parser } from '@asyncapi/parser';
import type { SpecParser } from './parseSpec';

let shared: SpecParser | null = null;

/** The parser with the core rules only (the recommended ones are style advice). */
export function testParser(): SpecParser {
  shared ??= new Parser({ ruleset: { recommended: false } });
  return shared;
}
