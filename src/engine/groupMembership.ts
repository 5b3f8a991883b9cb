// How a consumer group's partitions move: rebalancing over live instances, an instance going
// down or away, a subscription removed, and replay. A partition that moves is rewound to its
// committed offset (a live owner commits first), so work in progress there is done again; a
// replay rewinds every partition to a point in the log (the service rebuilds its read model).
// Each of these that restarts fetching leaves it to the caller to let free workers start.
import { assignPartitions } from './assignment';
import type { ConsumerGroup } from './consumerGroup';
import { History } from './partitionCursor';
import type { Subscription } from './topic';
import { InstanceState } from './workerPool';

/** Stops reading a topic (its subscribe edge was removed): fetched events are dropped. */
export function unsubscribeGroup(group: ConsumerGroup, sub: Subscription): void {
  sub.topic.unsubscribe(sub);
  const at = group.subscriptions.indexOf(sub);
  if (at >= 0) group.subscriptions.splice(at, 1);
  for (const gp of sub.gps) {
    group.discard(gp);
    group.gpOwner[gp] = -1;
  }
  sub.unconsumed = 0;
  group.restartFetching();
}

/** Moves partitions to match the live instances; moved partitions restart from their commit. */
export function rebalanceGroup(group: ConsumerGroup): void {
  const pool = group.pool;
  const now = group.kernel.now;
  const active: number[] = [];
  for (let gp = 0; gp < group.gpOwner.length; gp++) if (group.gpSub[gp].active) active.push(gp);
  const assigned = assignPartitions(active.map((gp) => group.gpOwner[gp]), pool.liveInstances());
  const target = new Array<number>(group.gpOwner.length).fill(-1);
  active.forEach((gp, i) => (target[gp] = assigned[i]));
  for (let gp = 0; gp < target.length; gp++) {
    if (target[gp] === group.gpOwner[gp]) continue;
    const old = group.gpOwner[gp];
    // A live owner hands over gracefully: it commits what it finished first.
    if (old >= 0 && pool.instanceState[old] === InstanceState.live) group.cursors[gp].commit();
    release(group, gp, now);
    group.gpOwner[gp] = target[gp];
  }
  group.restartFetching();
}

/** An instance went down or away: its partitions go back to their commit, ownerless. */
export function dropGroupInstance(group: ConsumerGroup, instance: number, graceful: boolean): void {
  const now = group.kernel.now;
  for (let gp = 0; gp < group.gpOwner.length; gp++) {
    if (group.gpOwner[gp] !== instance) continue;
    if (graceful) group.cursors[gp].commit();
    release(group, gp, now);
    group.gpOwner[gp] = -1;
  }
}

/** Takes a partition from its owner: work on it is dropped and it goes back to its commit. */
export function releasePartition(group: ConsumerGroup, gp: number, now: number): void {
  release(group, gp, now);
}

function release(group: ConsumerGroup, gp: number, now: number): void {
  group.discard(gp);
  group.cursors[gp].rewindToCommitted();
  group.gpAvailableSince[gp] = now;
  group.unlockPartition(gp);
  catchUp(group, gp);
}

/**
 * A committed offset can lie before the log's start when retention removed events since:
 * those events are gone. Each counts as expired unless this group had finished it already.
 * Afterwards the cursor is never behind the log, which retention relies on.
 */
function catchUp(group: ConsumerGroup, gp: number): void {
  const sub = group.gpSub[gp];
  const log = sub.topic.partitions[group.gpPartition[gp]];
  const cursor = group.cursors[gp];
  let freed = false;
  while (cursor.next < log.start) {
    if ((cursor.skip() & History.finished) === 0) {
      sub.expired++;
      sub.unconsumed--;
      freed = true;
    }
  }
  if (freed && sub.topic.blocks) sub.topic.onRoom();
}

/** Replays from the earliest retained event or from a time: offsets go back, work in progress is dropped. */
export function replayGroup(group: ConsumerGroup, to: 'earliest' | number): void {
  const now = group.kernel.now;
  for (let gp = 0; gp < group.cursors.length; gp++) {
    group.discard(gp);
    if (!group.gpSub[gp].active) continue;
    const log = group.gpSub[gp].topic.partitions[group.gpPartition[gp]];
    const offset = to === 'earliest' ? log.start : Math.max(log.start, log.offsetAtTime(to));
    group.cursors[gp].reset(offset);
    group.gpAvailableSince[gp] = now;
    group.unlockPartition(gp);
  }
  for (const sub of group.subscriptions) {
    let unconsumed = 0;
    for (let p = 0; p < sub.gps.length; p++) {
      const log = sub.topic.partitions[p];
      for (let o = group.cursors[sub.gps[p]].next; o < log.end; o++) if (!log.isDropped(o, sub.bit)) unconsumed++;
    }
    sub.received += unconsumed - sub.unconsumed;
    sub.unconsumed = unconsumed;
  }
  group.restartFetching();
}
