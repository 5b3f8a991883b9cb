// The AsyncAPI parser is large (about 400 kB gzipped), so it is fetched only when an import
// starts, never with the app; one instance serves every later import.
import type { SpecParser } from '../../src/interop/asyncapi/parseSpec';

let loading: Promise<SpecParser> | null = null;

/** The official parser (its browser bundle), with the core rules only: errors, not style advice. */
export function loadSpecParser(): Promise<SpecParser> {
  loading ??= import('@asyncapi/parser/browser/index.js').then(({ default: Parser }) => new Parser({ ruleset: { recommended: false } }));
  // A failed download may succeed on the next try.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
