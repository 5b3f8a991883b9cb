// What a processor reads from an event besides its key, type and time: its amount (what `sum` adds)
// and whether a `filter` keeps it. Both are hashes of key and sequence number, so they are the same
// on every run and a test can compute them from the events alone.
import { splitmix32 } from '../random';

/** The amount an event carries, 1 to 100: a hash of its key and sequence number. */
export function eventAmount(key: number, seq: number): number {
  return 1 + (splitmix32(Math.imul(key, 0x9e3779b1) ^ seq) % 100);
}

/** Where the event falls in [0, 1): a filter with `keep` q keeps it when this is below q. */
export function eventFraction(key: number, seq: number): number {
  return splitmix32(Math.imul(seq, 0x85ebca6b) ^ key ^ 0x5bd1e995) / 4294967296;
}
