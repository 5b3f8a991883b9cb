// The generic copy behind engine snapshots: prototypes, shared references, cycles, buffers shared
// by views, Map and Set; and a clear error naming where a function hides.
import { describe, expect, it } from 'vitest';
import { copyGraph, type BufferReuse } from './objectGraph';

class Counter {
  count = 0;
  constructor(readonly name: string) {}
  bump(): number {
    return ++this.count;
  }
}

describe('copyGraph', () => {
  it('keeps prototypes, so copied instances keep their methods and stay independent', () => {
    const original = new Counter('a');
    original.bump();
    const { copy } = copyGraph(original);
    expect(copy).toBeInstanceOf(Counter);
    expect(copy.bump()).toBe(2);
    expect(original.count).toBe(1);
  });

  it('keeps shared references shared and cycles cyclic', () => {
    const shared = { n: 1 };
    const root: { a: { n: number }; b: { n: number }; self?: unknown; list: unknown[] } = { a: shared, b: shared, list: [] };
    root.self = root;
    root.list.push(root, shared);
    const { copy } = copyGraph(root);
    expect(copy.a).toBe(copy.b);
    expect(copy.a).not.toBe(shared);
    expect(copy.self).toBe(copy);
    expect(copy.list[0]).toBe(copy);
    expect(copy.list[1]).toBe(copy.a);
  });

  it('copies typed arrays with their buffer; views of one buffer share the copied buffer', () => {
    const buffer = new ArrayBuffer(32);
    const whole = new Float64Array(buffer);
    const tail = new Int32Array(buffer, 16, 4);
    whole[0] = 1.5;
    tail[0] = 7;
    const { copy } = copyGraph({ whole, tail, alone: Uint8Array.of(1, 2, 3) });
    expect(copy.whole.buffer).toBe(copy.tail.buffer);
    expect(copy.whole.buffer).not.toBe(buffer);
    expect(copy.tail.byteOffset).toBe(16);
    copy.tail[0] = 9;
    expect(copy.whole[2]).not.toBe(whole[2]);
    expect(tail[0]).toBe(7);
    expect([...copy.alone]).toEqual([1, 2, 3]);
  });

  it('copies Map and Set with copied keys and values', () => {
    const node = { id: 'x' };
    const source = { byId: new Map([['x', node]]), members: new Set([node]) };
    const { copy } = copyGraph(source);
    const copiedNode = copy.byId.get('x');
    expect(copiedNode).toEqual(node);
    expect(copiedNode).not.toBe(node);
    expect(copy.members.has(copiedNode as { id: string })).toBe(true);
  });

  it('names the path of a function found in the graph', () => {
    const state = { services: [{ id: 's', onDone: () => 1 }] };
    expect(() => copyGraph(state)).toThrow('engine state holds a function at state.services[0].onDone');
  });

  it('shares unchanged buffers with the last copy of the same live buffer, and copies changed ones', () => {
    const reuse: BufferReuse = new WeakMap();
    const live = { still: new Float64Array(64), moving: new Float64Array(64) };
    const first = copyGraph(live, reuse);
    expect(first.stats.copiedBytes).toBe(1024);
    live.moving[3] = 1;
    const second = copyGraph(live, reuse);
    expect(second.stats).toMatchObject({ copiedBytes: 512, reusedBytes: 512 });
    expect(second.copy.still.buffer).toBe(first.copy.still.buffer);
    expect(second.copy.moving[3]).toBe(1);
    expect(first.copy.moving[3]).toBe(0);
  });
});
