import { describe, expect, it } from 'vitest';
import { copyGraph } from './objectGraph';
import { LogField, PartitionLog } from './partitionLog';

describe('PartitionLog', () => {
  it('keeps every entry by offset while it grows and while retention trims it', () => {
    const log = new PartitionLog();
    let appended = 0;
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 50 + round * 37; i++) {
        const n = appended++;
        log.append(n, n + 0.5, n + 0.25, n * 10, n % 7, n, n % 3);
        if (n % 5 === 0) log.drop(n, 33);
      }
      log.trimTo(Math.max(log.start, appended - 20 - round * 5));
      for (let o = log.start; o < log.end; o++) {
        expect(log.field(o, LogField.appendTime)).toBe(o);
        expect(log.field(o, LogField.messageId)).toBe(o * 10);
        expect(log.field(o, LogField.key)).toBe(o % 7);
        expect(log.chunkOf(o)[log.indexOf(o) + LogField.type]).toBe(o % 3);
        expect(log.isDropped(o, 33)).toBe(o % 5 === 0);
        expect(log.isDropped(o, 0)).toBe(false);
      }
    }
    expect(log.offsetAtTime(log.start + 3.5)).toBe(log.start + 4);
    expect(log.offsetAtTime(1e9)).toBe(log.end);
  });
});

describe('PartitionLog retention', () => {
  it('reuses emptied chunks, and an emptied log starts again where it ended', () => {
    const log = new PartitionLog();
    for (let n = 0; n < 5000; n++) log.append(n, n, n, n, 0, n, 0);
    log.trimTo(4990);
    expect(log.size).toBe(10);
    expect(log.field(4995, LogField.seq)).toBe(4995);
    log.trimTo(5000);
    expect(log.size).toBe(0);
    for (let n = 5000; n < 6100; n++) log.append(n, n, n, n, 1, n, 0);
    expect(log.field(5000, LogField.seq)).toBe(5000);
    expect(log.field(6099, LogField.key)).toBe(1);
    expect(log.offsetAtTime(5500)).toBe(5500);
  });

  it('writes new events into a chunk retention emptied, unless a snapshot shares that chunk', () => {
    const fill = (log: PartitionLog, from: number, to: number) => {
      for (let n = from; n < to; n++) log.append(n, n, n, n, 0, n, 0);
    };
    const alone = new PartitionLog();
    fill(alone, 0, 1100);
    const emptied = [alone.chunkOf(0), alone.chunkOf(512)];
    alone.trimTo(1024);
    fill(alone, 1100, 1537);
    // Offset 1536 opens a new chunk: an emptied one comes back.
    expect(emptied).toContain(alone.chunkOf(1536));
    expect(alone.field(1536, LogField.seq)).toBe(1536);

    const shared = new PartitionLog();
    fill(shared, 0, 1100);
    const sharedChunks = [shared.chunkOf(0), shared.chunkOf(512)];
    const { copy } = copyGraph(shared);
    shared.trimTo(1024);
    fill(shared, 1100, 1537);
    expect(sharedChunks).not.toContain(shared.chunkOf(1536));
    expect(copy.field(0, LogField.seq)).toBe(0);
    expect(copy.field(511, LogField.seq)).toBe(511);
  });
});
