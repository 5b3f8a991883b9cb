// One partition of a topic: an append-only log addressed by offset. Offsets only grow; retention
// moves `start` forward. Entries live in fixed-size chunks of one Float64Array each, a few numbers
// per entry side by side, so appending never copies what is stored, and chunks that retention
// empties are reused instead of allocated again. A full chunk is sealed: engine snapshots
// (objectGraph) share it instead of copying it, and one a snapshot shares is never written again.
import { sealBuffer, unsealForReuse } from './objectGraph';

/** Where each field of an entry sits in its chunk, from `indexOf(offset)`. */
export const LogField = { appendTime: 0, publishTime: 1, sourceTime: 2, messageId: 3, key: 4, seq: 5, type: 6 } as const;
const STRIDE = 8;
const CHUNK = 512;
const CHUNK_BITS = 9;
const CHUNK_MASK = CHUNK - 1;
// Offsets below this fit a 32-bit shift; beyond it (billions of events) the division is used.
const SHIFTABLE = 0x80000000;
const SPARE_CHUNKS = 8;

/** A partition's log of events. */
export class PartitionLog {
  /** First offset still stored. */
  start = 0;
  /** Offset the next append gets. */
  end = 0;
  /** True while the partition's leader broker is out of reach: consumers fetch nothing from it. */
  offline = false;
  private chunks: Float64Array[] = [];
  /** The chunk number (offset / CHUNK) of `chunks[0]`. */
  private firstChunk = 0;
  private masks: Uint32Array[] | null = null;
  private spare: Float64Array[] = [];
  maskWords = 0;

  /** Events stored now. */
  get size(): number {
    return this.end - this.start;
  }

  /** Appends an event and returns its offset. */
  append(appendTime: number, publishTime: number, sourceTime: number, messageId: number, key: number, seq: number, type: number): number {
    const offset = this.end++;
    const within = offset < SHIFTABLE ? offset & CHUNK_MASK : offset % CHUNK;
    if (within === 0) this.addChunk();
    const chunk = this.chunks[this.chunks.length - 1];
    const i = within * STRIDE;
    chunk[i] = appendTime;
    chunk[i + 1] = publishTime;
    chunk[i + 2] = sourceTime;
    chunk[i + 3] = messageId;
    chunk[i + 4] = key;
    chunk[i + 5] = seq;
    chunk[i + 6] = type;
    return offset;
  }

  /** The chunk holding a stored offset; its fields are at `indexOf(offset) + LogField.*`. */
  chunkOf(offset: number): Float64Array {
    return this.chunks[(offset < SHIFTABLE ? offset >>> CHUNK_BITS : Math.floor(offset / CHUNK)) - this.firstChunk];
  }

  /** Where a stored offset's entry starts in its chunk. */
  indexOf(offset: number): number {
    return (offset < SHIFTABLE ? offset & CHUNK_MASK : offset % CHUNK) * STRIDE;
  }

  /** One field of a stored offset (for paths that read a single field). */
  field(offset: number, field: number): number {
    return this.chunkOf(offset)[this.indexOf(offset) + field];
  }

  /** Forgets entries before `offset` (retention); emptied chunks are kept for reuse. */
  trimTo(offset: number): void {
    if (offset <= this.start) return;
    this.start = Math.min(offset, this.end);
    const keepFrom = Math.floor(this.start / CHUNK);
    while (this.firstChunk < keepFrom && this.chunks.length > 1) {
      const chunk = this.chunks.shift() as Float64Array;
      if (this.spare.length < SPARE_CHUNKS && unsealForReuse(chunk.buffer)) this.spare.push(chunk);
      this.masks?.shift();
      this.firstChunk++;
    }
  }

  /** Whether the entry at `offset` was dropped for subscriber `bit`. */
  isDropped(offset: number, bit: number): boolean {
    if (this.masks === null) return false;
    const words = this.masks[Math.floor(offset / CHUNK) - this.firstChunk];
    return (words[(offset % CHUNK) * this.maskWords + (bit >>> 5)] & (1 << (bit & 31))) !== 0;
  }

  /** Marks the entry at `offset` as dropped for subscriber `bit`. */
  drop(offset: number, bit: number): void {
    if (this.masks === null || (bit >>> 5) >= this.maskWords) this.useMasks(bit + 1);
    const words = (this.masks as Uint32Array[])[Math.floor(offset / CHUNK) - this.firstChunk];
    words[(offset % CHUNK) * this.maskWords + (bit >>> 5)] |= 1 << (bit & 31);
  }

  /** Makes room for drop bits of `subscribers` subscribers (keeping bits already set). */
  useMasks(subscribers: number): void {
    const words = Math.max(1, Math.ceil(subscribers / 32));
    if (this.masks !== null && words <= this.maskWords) return;
    const old = this.masks;
    const oldWords = this.maskWords;
    this.masks = this.chunks.map((_, c) => {
      const next = new Uint32Array(CHUNK * words);
      const before = old?.[c];
      if (before) for (let e = 0; e < CHUNK; e++) for (let w = 0; w < oldWords; w++) next[e * words + w] = before[e * oldWords + w];
      return next;
    });
    this.maskWords = words;
  }

  /** The first offset whose append time is at or after `time` (`end` when none). */
  offsetAtTime(time: number): number {
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.field(mid, LogField.appendTime) < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private addChunk(): void {
    if (this.chunks.length === 0) this.firstChunk = Math.floor((this.end - 1) / CHUNK);
    else sealBuffer(this.chunks[this.chunks.length - 1].buffer);
    this.chunks.push(this.spare.pop() ?? new Float64Array(CHUNK * STRIDE));
    this.masks?.push(new Uint32Array(CHUNK * this.maskWords));
  }
}
