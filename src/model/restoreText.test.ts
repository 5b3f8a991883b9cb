import { describe, expect, it } from 'vitest';
import { syntaxErrorAt, utf8Length } from './documentText';
import { restoreText } from './restore';

const valid = '{"format":"eventscape/1","nodes":[{"id":"orders","kind":"topic"}]}';

describe('restoreText', () => {
  it('parses and restores a document', () => {
    const result = restoreText(valid);
    expect(result.ok && result.document.nodes[0].id).toBe('orders');
  });

  it('accepts a byte-order mark before the JSON', () => {
    expect(restoreText(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('refuses text over 5 MB before parsing it, saying how big it is', () => {
    const big = `{"format":"eventscape/1","name":"${'x'.repeat(10 * 1024 * 1024)}"}`;
    expect(restoreText(big)).toEqual({ ok: false, errors: ['the document is 10.0 MB; the limit is 5 MB'] });
  });

  it('counts the size in UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    const wide = `{"format":"eventscape/1","name":"${'€'.repeat(2 * 1024 * 1024)}"}`;
    expect(restoreText(wide).ok || (restoreText(wide) as { errors: string[] }).errors[0]).toBe('the document is 6.0 MB; the limit is 5 MB');
  });

  it('says where the JSON is broken, by line and column', () => {
    const result = restoreText('{\n  "format": "eventscape/1",\n  "nodes": [,]\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^the text is not valid JSON at line 3, column 13: \S/);
    const cut = restoreText('{"format": "eventscape/1", "nodes": [');
    expect(!cut.ok && cut.errors[0]).toMatch(/^the text is not valid JSON at line 1, column 38: /);
  });

  it('says so when the text is empty', () => {
    expect(restoreText('  \n')).toEqual({ ok: false, errors: ['the text is empty; an Eventscape document is a JSON object'] });
  });

  it('finds the first syntax error wherever JSON.parse fails', () => {
    const cases: [string, number][] = [
      ['{"a":1} x', 8],
      ['[1,2,]', 5],
      ['{"a" 1}', 5],
      ['{,}', 1],
      ['"abc', 0],
      ['[[[', 3],
      ['{"a":[1,{"b":tru}]}', 13],
      ['{"a":1,}', 7],
      ['{"a":"\u0001"}', 5],
      ['{"a":01}', 6],
    ];
    for (const [text, position] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(syntaxErrorAt(text), text).toBe(position);
    }
  });

  it('scans deeply nested text without overflowing', () => {
    expect(syntaxErrorAt('['.repeat(1_000_000))).toBe(1_000_000);
    expect(restoreText('['.repeat(1_000_000)).ok).toBe(false);
  });
});
