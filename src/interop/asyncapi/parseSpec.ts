// Parsing and validating an AsyncAPI text with the official parser. The parser itself is handed in
// (the npm package in Node, its browser bundle in the app, loaded only when an import starts), so
// this module stays free of both and runs anywhere.

/** One finding of the parser: where, how bad (0 is an error), and what. */
export interface SpecDiagnostic {
  message: string;
  severity: number;
  path: readonly (string | number)[];
  range?: { start: { line: number; character: number } };
}

/** What `@asyncapi/parser`'s `Parser` offers that an import needs. */
export interface SpecParser {
  parse(text: string): Promise<{ document?: { json(): unknown }; diagnostics: readonly SpecDiagnostic[] }>;
}

/** The parsed, validated and dereferenced spec (plain JSON), or the errors naming their places. */
export type ParsedSpec = { ok: true; spec: Record<string, unknown>; warnings: string[] } | { ok: false; errors: string[] };

const ERROR = 0;
const WARNING = 1;

/** Whether a text looks like an AsyncAPI document (YAML or JSON) rather than an Eventscape one. */
export function looksLikeAsyncApi(text: string): boolean {
  return /^\s*(?:\{\s*)?["']?asyncapi["']?\s*:/m.test(text.slice(0, 4096));
}

/** "channels.orders.bindings (line 12)": where a diagnostic points, in the user's words. */
export function placeOf(diagnostic: SpecDiagnostic): string {
  const path = diagnostic.path.map(String).join('.') || 'the document';
  const line = diagnostic.range ? ` (line ${diagnostic.range.start.line + 1})` : '';
  return `${path}${line}`;
}

const pathText = (d: SpecDiagnostic) => d.path.map(String).join('.');

/**
 * The findings worth showing: a finding whose place contains another's ("kafka must match" above
 * "kafka.partitions must be integer") says less, and the parser reports a problem again at every
 * place that refers to it (with no line there), so each message is shown once, where it is written.
 */
export function mostSpecific(diagnostics: readonly SpecDiagnostic[]): SpecDiagnostic[] {
  const paths = diagnostics.map(pathText);
  const specific = diagnostics.filter((_, i) => !paths.some((other, j) => j !== i && other.startsWith(`${paths[i]}.`)));
  const lineOf = (d: SpecDiagnostic) => d.range?.start.line ?? 0;
  const byMessage = new Map<string, SpecDiagnostic>();
  for (const d of specific) {
    const kept = byMessage.get(d.message);
    if (!kept || (lineOf(kept) === 0 && lineOf(d) > 0)) byMessage.set(d.message, d);
  }
  return [...byMessage.values()];
}

/** Parses and validates an AsyncAPI text; any error-level finding refuses it. */
export async function parseSpec(text: string, parser: SpecParser): Promise<ParsedSpec> {
  let result: Awaited<ReturnType<SpecParser['parse']>>;
  try {
    result = await parser.parse(text);
  } catch (error) {
    return { ok: false, errors: [`the AsyncAPI parser failed: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const errors = mostSpecific(result.diagnostics.filter((d) => d.severity === ERROR)).map((d) => `${placeOf(d)}: ${d.message}`);
  if (errors.length > 0 || !result.document) return { ok: false, errors: errors.length > 0 ? errors : ['the text is not an AsyncAPI document'] };
  const spec = result.document.json();
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return { ok: false, errors: ['the text is not an AsyncAPI document'] };
  const warnings = result.diagnostics.filter((d) => d.severity === WARNING).map((d) => `${placeOf(d)}: ${d.message}`);
  return { ok: true, spec: spec as Record<string, unknown>, warnings };
}
