// Log compaction (`cleanup: compact`): a compacted topic keeps only the newest event of each key.
// Every commit interval the part of each partition appended since the last pass is scanned; an
// event whose key has a newer one is removed for every group. A group that had not read it yet
// never will (it counts as compacted for that group, not as lag), and a replay reads only what is
// left: the newest event per key. Offsets stay as they were; removed ones are skipped.
import { LogField } from './partitionLog';
import type { Topic } from './topic';

/** A compacted topic's state: per partition, the newest offset of each key, and how far it was scanned. */
export class TopicCompaction {
  readonly newest: Map<number, number>[] = [];
  readonly scannedTo: number[] = [];
  /** Events removed by compaction so far. */
  removed = 0;

  /** Events the log would hold without compaction, and with it (the newest per key still stored). */
  sizes(topic: Topic): { stored: number; kept: number } {
    let stored = 0;
    let kept = 0;
    topic.partitions.forEach((log, p) => {
      stored += log.size;
      for (const offset of this.newest[p]?.values() ?? []) if (offset >= log.start) kept++;
    });
    return { stored, kept };
  }
}

/** Compacts what was appended to `topic` since the last pass. */
export function compactTopic(topic: Topic): void {
  const state = (topic.compaction ??= new TopicCompaction());
  const bits = topic.bitsUsed;
  topic.partitions.forEach((log, p) => {
    while (state.newest.length <= p) {
      state.newest.push(new Map());
      state.scannedTo.push(0);
    }
    const newest = state.newest[p];
    for (let o = Math.max(state.scannedTo[p], log.start); o < log.end; o++) {
      const key = log.field(o, LogField.key);
      const older = newest.get(key);
      newest.set(key, o);
      if (older === undefined || older < log.start) continue;
      remove(topic, p, older, bits);
      state.removed++;
    }
    state.scannedTo[p] = log.end;
  });
}

function remove(topic: Topic, p: number, offset: number, bits: number): void {
  const log = topic.partitions[p];
  for (const sub of topic.subscriptions) {
    if (log.isDropped(offset, sub.bit)) continue;
    const cursor = sub.group.cursors[sub.gps[p]];
    if (offset >= cursor.next && !cursor.wasFinished(offset)) {
      sub.unconsumed--;
      sub.compacted++;
    }
  }
  // Every subscriber bit handed out so far, including groups gone since: the event is gone for all.
  for (let bit = 0; bit < Math.max(1, bits); bit++) log.drop(offset, bit);
}
