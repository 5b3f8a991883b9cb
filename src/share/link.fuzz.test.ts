// Fuzzing every way in that a stranger controls: more than 10,000 random and mutated links, and
// random and mutated document files. Nothing may throw; every input ends in a valid document or
// in a message that says what is wrong. Seeds are fixed, so a failure reproduces.
import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restore, restoreText } from '../model/restore';
import { encodeBase64Url } from './base64url';
import { decodeLink, encodeLink, type LinkResult } from './link';
import { generatedDocument } from './testDocuments';

const EXAMPLES = readdirSync('public/examples')
  .filter((file) => file.endsWith('.json'))
  .map((file) => readFileSync(`public/examples/${file}`, 'utf8'));

const DOCUMENTS = [
  ...EXAMPLES.map((text) => {
    const restored = restoreText(text);
    if (!restored.ok) throw new Error(restored.errors.join('; '));
    return restored.document;
  }),
  generatedDocument(40, 1),
  generatedDocument(5, 2),
];
const LINKS = DOCUMENTS.map(encodeLink);

/** The problems a bad link may be refused for; a message must name one of them. */
const LINK_PROBLEMS = /cut off|damaged|newer Eventscape|larger than 1 MiB|not valid|holds no Eventscape document|more than any Eventscape link/;

/** Counts the inputs tried, to show the total passes 10,000. */
let tried = 0;

function expectLinkOutcome(fragment: string): LinkResult {
  tried++;
  const result = decodeLink(fragment);
  if (result.ok) {
    // A link that loads must carry a document restore accepts as it is.
    expect(restore(result.document).ok).toBe(true);
  } else {
    expect(result.error).toMatch(LINK_PROBLEMS);
    // "could not be read" is the catch-all for an exception nobody foresaw: none may happen.
    expect(result.error).not.toMatch(/could not be read/);
  }
  return result;
}

function expectFileOutcome(text: string): void {
  tried++;
  const result = restoreText(text);
  if (result.ok) expect(restore(result.document).ok).toBe(true);
  else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.trim().length).toBeGreaterThan(5);
      expect(error).not.toMatch(/could not be read/);
    }
  }
}

const deflated = (bytes: Uint8Array) => encodeBase64Url(deflateSync(bytes, { level: 9 }));
const textLink = (text: string) => `d=1.${deflated(new TextEncoder().encode(text))}`;

/** Base64 text mutations: a link as it may arrive after copying, chatting or tampering. */
const linkMutation = fc.oneof(
  fc.record({ kind: fc.constant('flip-bit' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('replace-char' as const), at: fc.nat(), char: fc.constantFrom(...'AZaz09-_+/=.%$ \n)>') }),
  fc.record({ kind: fc.constant('prefix' as const), prefix: fc.constantFrom('d=0.', 'd=2.', 'd=99.', 'd=1', 'd=', 'd=x.', 'e=1.', '', 'd=1..', ' d = 1.', 'd=-1.') }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

type Mutation = typeof linkMutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(link: string, mutation: Mutation): string {
  const at = (n: number, length: number) => (length === 0 ? 0 : n % length);
  const data = link.slice(4);
  switch (mutation.kind) {
    case 'flip-bit': {
      // Flip a bit of the compressed bytes and write the link again: damage that still looks valid.
      const bytes = Buffer.from(data, 'base64url');
      if (bytes.length === 0) return link;
      bytes[at(mutation.at, bytes.length)] ^= 1 << mutation.bit;
      return `d=1.${bytes.toString('base64url')}`;
    }
    case 'truncate':
      return link.slice(0, at(mutation.at, link.length));
    case 'insert': {
      const i = at(mutation.at, link.length + 1);
      return link.slice(0, i) + mutation.text + link.slice(i);
    }
    case 'delete': {
      const i = at(mutation.at, link.length);
      return link.slice(0, i) + link.slice(i + mutation.length);
    }
    case 'replace-char': {
      const i = 4 + at(mutation.at, data.length);
      return link.slice(0, i) + mutation.char + link.slice(i + 1);
    }
    case 'prefix':
      return mutation.prefix + data;
    case 'duplicate': {
      const i = 4 + at(mutation.at, data.length);
      return link + data.slice(i);
    }
  }
}

describe('decodeLink under fuzzing', () => {
  it('handles random text after d=1.', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/)), (text) => {
        expectLinkOutcome(`d=1.${text}`);
      }),
      { numRuns: 1500, seed: 1 },
    );
  });

  it('handles random bytes and random deflated bytes, including invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, deflate) => {
        expectLinkOutcome(`d=1.${deflate ? deflated(bytes) : encodeBase64Url(bytes)}`);
      }),
      { numRuns: 1500, seed: 2 },
    );
  });

  it('handles mutated links: bit flips, truncation, insertions, deletions, wrong prefixes', () => {
    let loaded = 0;
    fc.assert(
      fc.property(fc.constantFrom(...LINKS), fc.array(linkMutation, { minLength: 1, maxLength: 3 }), (link, mutations) => {
        if (expectLinkOutcome(mutations.reduce(mutate, link)).ok) loaded++;
      }),
      { numRuns: 8000, seed: 3 },
    );
    // Some damage is harmless (trailing punctuation, padding); most is not. Both paths ran.
    expect(loaded).toBeGreaterThan(50);
    expect(loaded).toBeLessThan(7000);
  });

  it('handles valid JSON that is not a document, packed or plain', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(['name', 1, value, value]))), (json) => {
        expectLinkOutcome(textLink(json));
      }),
      { numRuns: 1500, seed: 4 },
    );
  });

  it('handles packed documents with random parts in random places', () => {
    const part = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer({ min: -2, max: 12 }), fc.constantFrom('producer', 'topic', 'e1', 'slow'));
    const node = fc.array(part, { maxLength: 7 });
    fc.assert(
      fc.property(part, part, fc.array(node, { maxLength: 6 }), fc.array(node, { maxLength: 6 }), fc.array(node, { maxLength: 3 }), (name, seed, nodes, edges, faults) => {
        expectLinkOutcome(textLink(JSON.stringify([name, seed, nodes, edges, faults])));
      }),
      { numRuns: 1500, seed: 5 },
    );
  });

  it('stops inflate bombs of a few kilobytes', () => {
    const MiB = 1024 * 1024;
    const bombs = [
      deflateSync(new Uint8Array(8 * MiB), { level: 9 }),
      deflateSync(new TextEncoder().encode('["x",1,[' + '["a",0,0,0],'.repeat(800_000) + ']]'), { level: 9 }),
      deflateSync(new TextEncoder().encode(`["x",1,[["a",0,0,0,"${'a'.repeat(12 * MiB)}"]]]`), { level: 9 }),
      deflateSync(new Uint8Array(40 * MiB).fill(0x7b), { level: 9 }),
    ];
    for (const bomb of bombs) expect(bomb.length).toBeLessThan(50 * 1024);
    fc.assert(
      fc.property(fc.constantFrom(...bombs), fc.nat(), fc.boolean(), (bomb, at, damage) => {
        const bytes = bomb.slice();
        // Each bomb inflates to at least 8 MiB, so its first MiB comes from its first quarter or so:
        // damage in the last 60% must never be reached, and the answer stays "too large".
        const safe = Math.floor(bytes.length * 0.4);
        if (damage) bytes[safe + (at % (bytes.length - safe))] ^= 0xff;
        const result = expectLinkOutcome(`d=1.${encodeBase64Url(bytes)}`);
        expect(result.ok ? '' : result.error).toMatch(/larger than 1 MiB/);
      }),
      { numRuns: 120, seed: 6 },
    );
  });
});

describe('restoreText under fuzzing (files and pastes)', () => {
  it('handles random JSON and random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 5 }), fc.string({ maxLength: 200 })), (text) => {
        expectFileOutcome(text);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('handles example documents with their text mutated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 3 }), (text, at, kind, insert) => {
        const i = at % (text.length + 1);
        const mutated = [text.slice(0, i), text.slice(0, i) + insert + text.slice(i), text.slice(0, i) + text.slice(i + 1), text.slice(0, i) + insert + text.slice(i + insert.length)][kind];
        expectFileOutcome(mutated);
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it('handles example documents with a field set to a random value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (text, pick, value) => {
        const doc = JSON.parse(text) as unknown;
        const holders: Record<string, unknown>[] = [];
        const collect = (item: unknown) => {
          if (typeof item !== 'object' || item === null) return;
          if (!Array.isArray(item)) holders.push(item as Record<string, unknown>);
          Object.values(item).forEach(collect);
        };
        collect(doc);
        const holder = holders[pick % holders.length];
        const keys = Object.keys(holder);
        holder[keys[pick % keys.length] ?? 'extra'] = value;
        expectFileOutcome(JSON.stringify(doc));
      }),
      { numRuns: 1000, seed: 9 },
    );
  });

  it('tried more than 10,000 inputs in all', () => {
    expect(tried).toBeGreaterThan(10_000);
  });
});
