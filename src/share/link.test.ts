import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../model/restore';
import { serialize } from '../model/serialize';
import type { TopologyDocument } from '../model/types';
import { encodeBase64Url } from './base64url';
import { decodeLink, encodeLink, hasLinkDocument, LINK_WARN_LENGTH, linkLength, linkLengthWarning, linkUrl } from './link';
import { arbitraryDocument, generatedDocument } from './testDocuments';

const CHECKOUT = 'public/examples/checkout.json';

function example(path: string): TopologyDocument {
  const restored = restoreText(readFileSync(path, 'utf8'));
  if (!restored.ok) throw new Error(`${path}: ${restored.errors.join('; ')}`);
  return restored.document;
}

/** A link whose data is the given text, deflated as Eventscape does. */
function linkOfText(text: string, version = 1): string {
  return `d=${version}.${encodeBase64Url(deflateSync(new TextEncoder().encode(text), { level: 9 }))}`;
}

function decodedDocument(fragment: string): TopologyDocument {
  const result = decodeLink(fragment);
  if (!result.ok) throw new Error(result.error);
  return result.document;
}

/** The document as a link would carry it: positions in whole pixels. */
function withWholePositions(doc: TopologyDocument): TopologyDocument {
  return { ...doc, nodes: doc.nodes.map((node) => ({ ...node, position: { x: Math.round(node.position.x) || 0, y: Math.round(node.position.y) || 0 } })) };
}

describe('share link size', () => {
  it('fits the 10-node checkout example in at most 600 characters', () => {
    const doc = example(CHECKOUT);
    expect(doc.nodes.length).toBeGreaterThanOrEqual(10);
    const link = encodeLink(doc);
    expect(link.length).toBeLessThanOrEqual(600);
    expect(decodedDocument(link)).toEqual(withWholePositions(doc));
  });

  it('fits a generated 40-node document in at most 2,000 characters', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const doc = generatedDocument(40, seed);
      expect(doc.nodes).toHaveLength(40);
      expect(doc.edges.length).toBeGreaterThanOrEqual(40);
      expect(linkLength(doc)).toBeLessThanOrEqual(LINK_WARN_LENGTH);
    }
  });

  it('warns about links longer than 2,000 characters only', () => {
    expect(linkLengthWarning(encodeLink(generatedDocument(40, 1)))).toBeNull();
    expect(linkLengthWarning(`d=1.${'A'.repeat(1996)}`)).toBeNull();
    expect(linkLengthWarning(`d=1.${'A'.repeat(1997)}`)).toMatch(/2,001 characters long.*cut.*JSON file/);
    const big = generatedDocument(200, 4);
    expect(linkLengthWarning(encodeLink(big))).toMatch(/characters long/);
  });

  it('is much shorter than the compact document JSON compressed as it is', () => {
    const doc = generatedDocument(40, 9);
    const plain = linkOfText(JSON.stringify(serialize(doc, { compact: true })));
    expect(linkLength(doc)).toBeLessThan(plain.length * 0.8);
  });
});

describe('encodeLink and decodeLink', () => {
  it('give back every example exactly', () => {
    const files = readdirSync('public/examples').filter((file) => file.endsWith('.json'));
    for (const file of files) {
      const doc = example(`public/examples/${file}`);
      expect(decodedDocument(encodeLink(doc)), file).toEqual(withWholePositions(doc));
    }
  });

  it('give back every valid document, positions rounded to whole pixels', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        expect(decodedDocument(encodeLink(doc))).toEqual(withWholePositions(doc));
      }),
      { numRuns: 400, seed: 61 },
    );
  });

  it('exercise documents with edges, faults and custom edge ids', () => {
    const docs = fc.sample(arbitraryDocument(), { numRuns: 200, seed: 61 });
    expect(docs.filter((doc) => doc.edges.length > 2).length).toBeGreaterThan(50);
    expect(docs.filter((doc) => doc.faults.length > 0).length).toBeGreaterThan(20);
    expect(docs.some((doc) => doc.edges.some((edge) => edge.id.startsWith('link_')))).toBe(true);
  });

  it('keeps the seed and the fault script', () => {
    const doc = generatedDocument(12, 77);
    const decoded = decodedDocument(encodeLink(doc));
    expect(decoded.seed).toBe(77);
    expect(decoded.faults).toEqual(doc.faults);
  });

  it('writes a fragment that starts with the version and uses only URL-safe characters', () => {
    const link = encodeLink(generatedDocument(10, 1));
    expect(link).toMatch(/^d=1\.[A-Za-z0-9_-]+$/);
  });

  it('reads the hash with or without #, a whole URL, and other fragment parameters', () => {
    const doc = generatedDocument(6, 3);
    const link = encodeLink(doc);
    const expected = withWholePositions(doc);
    expect(decodedDocument(`#${link}`)).toEqual(expected);
    expect(decodedDocument(`https://example.test/eventscape/?embed=1#${link}`)).toEqual(expected);
    expect(decodedDocument(`#step=2&${link}`)).toEqual(expected);
    expect(decodedDocument(linkUrl(doc, 'https://example.test/app/?embed=1#d=1.old'))).toEqual(expected);
    expect(linkUrl(doc, 'https://example.test/app/?embed=1#d=1.old')).toBe(`https://example.test/app/?embed=1#${link}`);
  });

  it('reads a link that a chat app broke over lines and ended with punctuation', () => {
    const doc = generatedDocument(8, 4);
    const link = encodeLink(doc);
    const broken = `${link.slice(0, 40)}\n${link.slice(40, 90)}\r\n  ${link.slice(90)}).`;
    expect(decodedDocument(broken)).toEqual(withWholePositions(doc));
    expect(decodedDocument(`<https://example.test/#${link}>`)).toEqual(withWholePositions(doc));
  });

  it('reads a link made from a plain document JSON', () => {
    const result = decodeLink(linkOfText('{"format":"eventscape/1","seed":9,"nodes":[{"id":"t","kind":"topic"}]}'));
    expect(result.ok && result.document.seed).toBe(9);
    expect(result.ok && result.document.nodes[0].kind).toBe('topic');
  });

  it('tells whether a fragment carries a document at all', () => {
    expect(hasLinkDocument('#d=1.abc')).toBe(true);
    expect(hasLinkDocument('d=')).toBe(true);
    expect(hasLinkDocument('#section-2')).toBe(false);
    expect(hasLinkDocument('')).toBe(false);
  });
});

describe('decodeLink on bad links', () => {
  const good = encodeLink(generatedDocument(10, 2));
  const errorOf = (fragment: string) => {
    const result = decodeLink(fragment);
    return result.ok ? 'loaded' : result.error;
  };

  it('says a link from a newer Eventscape is from a newer Eventscape', () => {
    expect(errorOf(`d=2.${good.slice(4)}`)).toMatch(/^This link was made by a newer Eventscape \(version 2\)/);
    expect(errorOf('d=17.abc')).toContain('version 17');
  });

  it('says a cut-off link is cut off', () => {
    for (const keep of [2, 3, 4, 5, 20, good.length / 2, good.length - 1]) {
      expect(errorOf(good.slice(0, keep))).toMatch(/cut off.*chat app.*JSON file/);
    }
  });

  it('stops a small link that inflates past 1 MiB', () => {
    const bomb = `d=1.${encodeBase64Url(deflateSync(new Uint8Array(8 * 1024 * 1024).fill(32), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(12_000);
    expect(errorOf(bomb)).toMatch(/larger than 1 MiB/);
  });

  it('names a character that does not belong', () => {
    expect(errorOf(`${good.slice(0, 30)}$${good.slice(30)}`)).toMatch(/damaged.*"\$"/);
  });

  it('says data that is not DEFLATE, not UTF-8, or not JSON is damaged', () => {
    expect(errorOf(`d=1.${encodeBase64Url(new Uint8Array([0xff, 0xff, 0xff]))}`)).toMatch(/damaged.*does not decompress/);
    const invalidUtf8 = encodeBase64Url(deflateSync(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])));
    expect(errorOf(`d=1.${invalidUtf8}`)).toMatch(/damaged.*not UTF-8/);
    expect(errorOf(linkOfText('{"format": eventscape'))).toMatch(/damaged.*not JSON/);
  });

  it('passes a document that breaks the rules to restore and names the field', () => {
    const error = errorOf(linkOfText('["n",1,[["a",0,0,0,0,{"r":-5}]]]'));
    expect(error).toMatch(/^The link's document is not valid: nodes\[0\]\.config\.rate/);
    expect(errorOf(linkOfText('{"format":"eventscape/9"}'))).toMatch(/^The link's document is not valid: .*eventscape\/9/);
  });

  it('says JSON that is not a document is not one', () => {
    expect(errorOf(linkOfText('42'))).toMatch(/damaged: its data is not an Eventscape document/);
    expect(errorOf(linkOfText('["x", 1, "nodes"]'))).toMatch(/damaged: its list of nodes is not a list/);
    expect(errorOf(linkOfText('["x", 1, [5]]'))).toMatch(/damaged: nodes\[0\] is not a list/);
  });

  it('says a fragment without a document holds none', () => {
    expect(errorOf('#about')).toMatch(/holds no Eventscape document/);
  });

  it('refuses a link longer than any link can be before reading it', () => {
    expect(errorOf(`d=1.${'A'.repeat(3 * 1024 * 1024)}`)).toMatch(/more than any Eventscape link can be/);
  });
});
