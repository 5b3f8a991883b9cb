// A deep copy of an object graph made of plain data: class instances (their prototype kept, so
// methods still work), plain objects, arrays, typed arrays, ArrayBuffers, Map and Set, numbers,
// strings and booleans. Shared references and cycles are kept through a memo, so two fields that
// pointed at one object point at one copy. Typed arrays that share a buffer share the copied
// buffer. A function anywhere in the graph is an error naming its path: engine state must stay
// data (a closure could not be copied, and would silently keep pointing into the old graph).

/**
 * Buffers already held by an earlier copy, to reuse when their bytes have not changed since: keyed
 * by the live buffer, valued by the copy made of it. Snapshots taken one after another then share
 * what did not change (full chunks of a partition log, most of a histogram).
 */
export type BufferReuse = WeakMap<ArrayBufferLike, ArrayBuffer>;

// Buffers their owner will never write again (a full chunk of a partition log): every copy shares
// them instead of copying, so a run's snapshots and the live run hold one stored log, not many.
const sealed = new WeakSet<ArrayBufferLike>();

/** Marks a buffer as never written again, so snapshots share it instead of copying it. */
export function sealBuffer(buffer: ArrayBufferLike): void {
  sealed.add(buffer);
}

/** Whether a buffer was sealed (its owner must not reuse it for new data). */
export function isSealed(buffer: ArrayBufferLike): boolean {
  return sealed.has(buffer);
}

// Sealed buffers some copy actually shares: only these must never be written again.
const shared = new WeakSet<ArrayBufferLike>();

/**
 * Unseals a sealed buffer its owner no longer needs, so it can hold new data, unless a copy shares
 * it (then it stays sealed, and false says not to reuse it). A run that never takes a snapshot
 * then reuses its log chunks instead of allocating fresh memory for every few hundred events.
 */
export function unsealForReuse(buffer: ArrayBufferLike): boolean {
  if (shared.has(buffer)) return false;
  sealed.delete(buffer);
  return true;
}

/** What a copy found: how many bytes of buffers it copied and how many it reused. */
export interface CopyStats {
  copiedBytes: number;
  reusedBytes: number;
  /** Bytes of sealed buffers shared with the source. */
  sharedBytes: number;
  objects: number;
}

type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

type TypedArrayMaker = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TypedArray;

function sameBytes(a: ArrayBufferLike, b: ArrayBuffer): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const words = a.byteLength >>> 2;
  const wa = new Int32Array(a, 0, words);
  const wb = new Int32Array(b, 0, words);
  for (let i = 0; i < words; i++) if (wa[i] !== wb[i]) return false;
  for (let i = words << 2; i < a.byteLength; i++) if (new Uint8Array(a, i, 1)[0] !== new Uint8Array(b, i, 1)[0]) return false;
  return true;
}

class GraphCopy {
  private readonly memo = new Map<object, unknown>();
  readonly stats: CopyStats = { copiedBytes: 0, reusedBytes: 0, sharedBytes: 0, objects: 0 };

  /**
   * Taking a snapshot, `reuse` maps live buffers to their last copies (read and written); restoring
   * one, it is written with each new live buffer and the snapshot buffer it came from.
   */
  constructor(
    private readonly reuse: BufferReuse | null,
    private readonly restoring: boolean,
  ) {}

  copy(value: unknown, path: string): unknown {
    if (typeof value === 'function') throw new Error(`engine state holds a function at ${path}: it cannot be snapshotted`);
    if (typeof value === 'symbol') throw new Error(`engine state holds a symbol at ${path}: it cannot be snapshotted`);
    if (value === null || typeof value !== 'object') return value;
    const seen = this.memo.get(value);
    if (seen !== undefined) return seen;
    this.stats.objects++;
    if (value instanceof ArrayBuffer) return this.buffer(value);
    if (ArrayBuffer.isView(value)) return this.view(value);
    if (Array.isArray(value)) return this.array(value, path);
    if (value instanceof Map) return this.map(value, path);
    if (value instanceof Set) return this.set(value, path);
    if (value instanceof Date || value instanceof RegExp || value instanceof WeakMap || value instanceof WeakSet || value instanceof Promise) {
      throw new Error(`engine state holds a ${value.constructor.name} at ${path}: it cannot be snapshotted`);
    }
    return this.object(value, path);
  }

  private buffer(source: ArrayBufferLike): ArrayBuffer {
    const seen = this.memo.get(source);
    if (seen !== undefined) return seen as ArrayBuffer;
    if (sealed.has(source)) {
      // A copy taken before it was sealed is no longer the one to reuse: let it go with its snapshots.
      this.reuse?.delete(source);
      shared.add(source);
      this.stats.sharedBytes += source.byteLength;
      this.memo.set(source, source);
      return source as ArrayBuffer;
    }
    const earlier = this.restoring ? undefined : this.reuse?.get(source);
    let copy: ArrayBuffer;
    if (earlier !== undefined && sameBytes(source, earlier)) {
      copy = earlier;
      this.stats.reusedBytes += source.byteLength;
    } else {
      copy = source.slice(0) as ArrayBuffer;
      this.stats.copiedBytes += source.byteLength;
    }
    if (this.restoring) this.reuse?.set(copy, source as ArrayBuffer);
    else this.reuse?.set(source, copy);
    this.memo.set(source, copy);
    return copy;
  }

  private view(source: ArrayBufferView): unknown {
    if (source instanceof DataView) {
      const copy = new DataView(this.buffer(source.buffer), source.byteOffset, source.byteLength);
      this.memo.set(source, copy);
      return copy;
    }
    const typed = source as TypedArray;
    const Maker = typed.constructor as TypedArrayMaker;
    const copy = new Maker(this.buffer(typed.buffer), typed.byteOffset, typed.length);
    this.memo.set(source, copy);
    return copy;
  }

  private array(source: unknown[], path: string): unknown[] {
    const copy: unknown[] = new Array(source.length);
    this.memo.set(source, copy);
    for (let i = 0; i < source.length; i++) if (i in source) copy[i] = this.copy(source[i], `${path}[${i}]`);
    this.ownExtras(source, copy, path);
    return copy;
  }

  private map(source: Map<unknown, unknown>, path: string): Map<unknown, unknown> {
    const copy = new Map<unknown, unknown>();
    this.memo.set(source, copy);
    for (const [key, value] of source) copy.set(this.copy(key, `${path}.key`), this.copy(value, `${path}.get(${String(key)})`));
    return copy;
  }

  private set(source: Set<unknown>, path: string): Set<unknown> {
    const copy = new Set<unknown>();
    this.memo.set(source, copy);
    let i = 0;
    for (const value of source) copy.add(this.copy(value, `${path}.values[${i++}]`));
    return copy;
  }

  private object(source: object, path: string): object {
    const copy = Object.create(Object.getPrototypeOf(source) as object | null) as Record<string, unknown>;
    this.memo.set(source, copy);
    const from = source as Record<string, unknown>;
    for (const key of Object.keys(source)) copy[key] = this.copy(from[key], `${path}.${key}`);
    return copy;
  }

  /** Non-index properties of an array (rare, but they are state too). */
  private ownExtras(source: unknown[], copy: unknown[], path: string): void {
    const from = source as unknown as Record<string, unknown>;
    const into = copy as unknown as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      if (String(Number(key)) === key && Number(key) < source.length) continue;
      into[key] = this.copy(from[key], `${path}.${key}`);
    }
  }
}

/**
 * Deep-copies `value`. With `reuse`, buffers whose bytes equal those of the copy made of the same
 * live buffer last time are shared with that copy, and this copy's buffers are noted for next time.
 * With `restoring`, `value` is a snapshot: the copy is the new live graph, and `reuse` learns which
 * snapshot buffer each of its buffers came from.
 */
export function copyGraph<T>(value: T, reuse: BufferReuse | null = null, restoring = false, rootPath = 'state'): { copy: T; stats: CopyStats } {
  const graph = new GraphCopy(reuse, restoring);
  const copy = graph.copy(value, rootPath) as T;
  return { copy, stats: graph.stats };
}
