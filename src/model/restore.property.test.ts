import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDocument } from './arbitraryDocument';
import { restore, restoreText, type RestoreResult } from './restore';
import { serialize } from './serialize';
import { DIST_KINDS, EDGE_KINDS, FAULT_TYPES, NODE_KINDS } from './types';

// Whatever comes in, restore answers with a document that is itself valid, or with errors.
function wellFormed(result: RestoreResult): void {
  if (result.ok) {
    expect(restore(result.document)).toEqual({ ok: true, document: result.document, warnings: [] });
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeLessThanOrEqual(51);
    for (const error of result.errors) expect(typeof error).toBe('string');
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => paths(item, [...prefix, index]))
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))
      : [];
  return [prefix, ...inner];
}

/** A copy of `value` with the value at `path` replaced (or removed, for undefined). */
function replaced(value: Json, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, by) : item));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, Json>)) copy[key] = key === head ? replaced(item, rest, by) : item;
  if (by === undefined && rest.length === 0) delete copy[head as string];
  return copy;
}

const mutatedDocument = arbitraryDocument(6)
  .map((doc) => serialize(doc, { compact: true }) as Json)
  .chain((json) =>
    fc.tuple(
      fc.constant(json),
      fc.constantFrom(...paths(json)),
      fc.oneof(fc.jsonValue(), fc.anything(), fc.constant(undefined), fc.constantFrom(-1, 0, Infinity, NaN, '', '__proto__', null, [], {})),
    ),
  )
  .map(([json, path, by]) => replaced(json, path, by));

describe('restore on anything', () => {
  it('never throws on any value', () => {
    const keys = fc.oneof(fc.string(), fc.constantFrom('format', 'nodes', 'edges', 'faults', 'id', 'kind', 'config', '__proto__', 'constructor'));
    const values = fc.anything({
      key: keys,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    // Close enough to a document that the checks of nodes, edges and faults all get to run.
    const ids = fc.constantFrom('a', 'b', 'c', 'd');
    const numberish = fc.oneof(fc.double(), fc.integer(), values);
    const nodeLike = fc.record(
      { id: ids, kind: fc.constantFrom(...NODE_KINDS, 'x'), label: values, position: fc.record({ x: numberish, y: numberish }), config: fc.dictionary(fc.constantFrom('rate', 'partitions', 'processing', 'retry', 'burst', 'eventTypes', 'publishes', 'capacity'), fc.oneof(numberish, fc.record({ dist: fc.constantFrom(...DIST_KINDS), mean: numberish, p99: numberish, min: numberish, max: numberish }, { requiredKeys: [] }))) },
      { requiredKeys: [] },
    );
    const edgeLike = fc.record(
      { id: fc.oneof(ids, values), kind: fc.constantFrom(...EDGE_KINDS, 'y'), source: ids, target: ids, config: fc.dictionary(fc.constantFrom('latency', 'timeout', 'retries', 'order', 'startFrom'), numberish) },
      { requiredKeys: [] },
    );
    const faultLike = fc.record(
      { at: numberish, node: ids, type: fc.constantFrom(...FAULT_TYPES, 'z'), factor: numberish, rate: numberish, to: fc.oneof(fc.constant('earliest'), numberish), duration: numberish },
      { requiredKeys: [] },
    );
    const documentLike = fc.record({
      format: fc.constant('eventscape/1'),
      nodes: fc.array(fc.oneof(nodeLike, values)),
      edges: fc.array(fc.oneof(edgeLike, values)),
      faults: fc.array(fc.oneof(faultLike, values)),
    });
    fc.assert(fc.property(fc.oneof(values, documentLike), (value) => wellFormed(restore(value))), { numRuns: 2000 });
  });

  it('never throws on any JSON value, nor on its text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        wellFormed(restore(value));
        wellFormed(restoreText(JSON.stringify(value)));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a valid document with one value changed', () => {
    fc.assert(fc.property(mutatedDocument, (value) => wellFormed(restore(value))), { numRuns: 2000 });
  });

  it('never throws on a valid document text cut or with a character changed', () => {
    const texts = arbitraryDocument(4)
      .map((doc) => JSON.stringify(serialize(doc, { compact: true })))
      .chain((text) => fc.tuple(fc.constant(text), fc.nat(text.length), fc.string({ maxLength: 2 })))
      .map(([text, at, insert]) => text.slice(0, at) + insert + text.slice(at + 1));
    fc.assert(fc.property(texts, (text) => wellFormed(restoreText(text))), { numRuns: 1000 });
  });

  it('never lets a prototype key through, however it is nested', () => {
    const keys = fc.constantFrom('__proto__', 'constructor', 'prototype');
    const poisoned = fc.tuple(arbitraryDocument(4), keys).chain(([doc, key]) => {
      const json = serialize(doc) as Json;
      const objects = paths(json)
        .map((path) => ({ path, at: path.reduce<Json>((at, step) => (at as Record<string, Json>)[step as string], json) }))
        .filter(({ at }) => at !== null && typeof at === 'object' && !Array.isArray(at));
      return fc.constantFrom(...objects).map(({ path, at }) => {
        const marked = JSON.stringify(replaced(json, path, { ...(at as Record<string, Json>), MARK: 1 }));
        // Insert the key as JSON text: only JSON.parse makes an own "__proto__" property.
        return marked.replace('"MARK":1', `${JSON.stringify(key)}:{"polluted":true}`);
      });
    });
    fc.assert(
      fc.property(poisoned, (text) => {
        const result = restoreText(text);
        expect(result.ok || result.errors.some((error) => error.endsWith('this key is not allowed'))).toBe(true);
        expect(result.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
