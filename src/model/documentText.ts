// Document text before it is parsed: its size in bytes, and JSON syntax errors in words.

const MIB = 1024 * 1024;

/** Bytes the text takes in UTF-8, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** A size for people: "10.0 MB" (MB of 1,048,576 bytes). */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MB`;
}

/** Line and column (from 1) of a character position in the text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * A JSON syntax error in words with its line and column. Engines word these differently and some
 * give no position, so the position comes from `syntaxErrorAt`, and the engine's words explain it.
 */
export function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/,? ?(in JSON )?at (position \d+|line \d+ column \d+).*$/s, '')
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .trim();
  const where = lineAndColumn(text, syntaxErrorAt(text));
  return `the text is not valid JSON at line ${where.line}, column ${where.column}: ${reason || 'syntax error'}`;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- raw control characters are what JSON forbids in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

type Expect = 'value' | 'first-value' | 'key' | 'first-key' | 'after';

/**
 * Where the first JSON syntax error in the text is (a character position). A scanner with its
 * own stack, so deeply nested input cannot overflow; it checks syntax only and builds nothing.
 */
export function syntaxErrorAt(text: string): number {
  let i = 0;
  const open: ('array' | 'object')[] = [];
  let expect: Expect = 'value';
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  const close = (): Expect => {
    open.pop();
    i++;
    return 'after';
  };
  for (;;) {
    match(WHITESPACE);
    if (expect === 'after' && open.length === 0) return i;
    if (i >= text.length) return text.length;
    const c = text[i];
    const top = open[open.length - 1];
    if (expect === 'after') {
      if (c === ',') {
        i++;
        expect = top === 'array' ? 'value' : 'key';
      } else if ((c === ']' && top === 'array') || (c === '}' && top === 'object')) expect = close();
      else return i;
    } else if (expect === 'key' || expect === 'first-key') {
      if (c === '}' && expect === 'first-key') expect = close();
      else if (!match(STRING)) return i;
      else {
        match(WHITESPACE);
        if (text[i] !== ':') return i;
        i++;
        expect = 'value';
      }
    } else if (c === ']' && expect === 'first-value') expect = close();
    else if (c === '[' || c === '{') {
      open.push(c === '[' ? 'array' : 'object');
      i++;
      expect = c === '[' ? 'first-value' : 'first-key';
    } else if (match(STRING) || match(NUMBER) || match(LITERAL)) expect = 'after';
    else return i;
  }
}
