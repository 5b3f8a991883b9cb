// Plain JSON written as block-style YAML (what AsyncAPI documents are usually read in). Strings
// are written bare when that is safe, else double-quoted with JSON's escapes, which YAML reads the
// same way.

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const YAML_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

function key(name: string): string {
  return PLAIN_KEY.test(name) && !YAML_WORDS.test(name) ? name : scalar(name);
}

// Text YAML reads back as the same string when written bare: no quotes, colons, hashes or
// leading digits (so "3.0.0" stays a string), no space at either end, not a YAML keyword.
const PLAIN_TEXT = /^[A-Za-z_][A-Za-z0-9_./ -]*$/;

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && PLAIN_TEXT.test(value) && !value.endsWith(' ') && !YAML_WORDS.test(value)) return value;
  // JSON leaves these as they are, but a YAML stream may not hold them raw.
  return JSON.stringify(String(value)).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isEmptyOrScalar(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0;
  return true;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return scalar(value);
}

function lines(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isEmptyOrScalar(item)) {
        out.push(`${indent}- ${inline(item)}`);
        continue;
      }
      const nested: string[] = [];
      lines(item, `${indent}  `, nested);
      out.push(`${indent}- ${nested[0].slice(indent.length + 2)}`, ...nested.slice(1));
    }
    return;
  }
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    if (isEmptyOrScalar(item)) out.push(`${indent}${key(name)}: ${inline(item)}`);
    else {
      out.push(`${indent}${key(name)}:`);
      lines(item, `${indent}  `, out);
    }
  }
}

/** A JSON object as YAML text, ending with a newline. */
export function toYaml(value: Record<string, unknown>): string {
  const out: string[] = [];
  lines(value, '', out);
  return `${out.join('\n')}\n`;
}
