import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanBase64Text, decodeBase64Url, encodeBase64Url } from './base64url';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('base64url', () => {
  it('encodes like the standard base64url alphabet without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
      { numRuns: 500, seed: 1 },
    );
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeBase64Url(encodeBase64Url(bytes));
        expect(decoded).toEqual({ ok: true, bytes });
      }),
      { numRuns: 500, seed: 2 },
    );
  });

  it('accepts the standard alphabet with padding', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(decodeBase64Url(Buffer.from(bytes).toString('base64'))).toEqual({ ok: true, bytes });
  });

  it('survives what chat apps do: line breaks, spaces, trailing punctuation, percent-encoding', () => {
    const text = encodeBase64Url(bytesOf('{"format":"eventscape/1","nodes":[]}'));
    const mangled = `${text.slice(0, 10)}\n  ${text.slice(10, 20)}%0A${text.slice(20)}%3D%3D).`;
    expect(decodeBase64Url(mangled)).toEqual(decodeBase64Url(text));
    expect(cleanBase64Text(`${text}>"`)).toBe(text);
  });

  it('names a character that does not belong', () => {
    expect(decodeBase64Url('abc$defg')).toEqual({ ok: false, reason: 'bad-character', character: '$', position: 3 });
    expect(decodeBase64Url('abc😀defg')).toMatchObject({ ok: false, character: '😀' });
  });

  it('reports text cut in the middle of a byte', () => {
    expect(decodeBase64Url('abcde')).toEqual({ ok: false, reason: 'cut-off' });
  });
});
