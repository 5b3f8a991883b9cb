import { describe, expect, it } from 'vitest';
import { PartitionLog } from './partitionLog';

describe('PartitionLog', () => {
  it('keeps every entry by offset while it grows, also after its start moved (a wrapped ring)', () => {
    const log = new PartitionLog();
    let appended = 0;
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 50 + round * 37; i++) {
        const n = appended++;
        log.append(n, n + 0.5, n + 0.25, n * 10, n % 7, n, n % 3);
        if (n % 5 === 0) log.drop(n, 33);
      }
      log.start = Math.max(log.start, appended - 20 - round * 5);
      for (let o = log.start; o < log.end; o++) {
        const slot = o & log.mask;
        expect(log.appendTime[slot]).toBe(o);
        expect(log.messageId[slot]).toBe(o * 10);
        expect(log.key[slot]).toBe(o % 7);
        expect(log.isDropped(o, 33)).toBe(o % 5 === 0);
        expect(log.isDropped(o, 0)).toBe(false);
      }
    }
    expect(log.offsetAtTime(log.start + 3.5)).toBe(log.start + 4);
    expect(log.offsetAtTime(1e9)).toBe(log.end);
  });
});
