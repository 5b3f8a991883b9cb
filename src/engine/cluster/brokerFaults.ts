// Broker faults: a crash or a network partition takes a broker out of reach at once (its leaders'
// partitions stop taking appends and serving reads); after each partition's `electionMs` the
// cluster notices, drops it from the in-sync set and elects new leaders. On recovery it fetches
// what it missed and rejoins the in-sync set once it holds the high watermark; a partition left
// without a leader takes it back. `slow` stretches the fetches it takes part in.
import type { FaultAction } from '../../model/types';
import { EventKind } from '../eventKinds';
import type { Cluster } from './cluster';
import { backOnline, chooseLeader, electLeader } from './elections';
import { Entry, type ReplicatedPartition } from './replicatedPartition';

/** Takes broker `b` out of reach now (`isolate`: a network partition, else a crash); false when it already was. */
export function brokerDown(cluster: Cluster, b: number, isolate: boolean): boolean {
  const broker = cluster.brokers[b];
  const wasReachable = broker.reachable;
  if (isolate) broker.isolated = true;
  else broker.crashed = true;
  if (!wasReachable) return false;
  const now = cluster.kernel.now;
  broker.downEpoch++;
  broker.downSince = now;
  for (const part of cluster.partitions) {
    const slot = part.slotOf(b);
    if (slot < 0) continue;
    // Its own fetches in flight are void; so are all of its partition's when it led it.
    for (let s = 0; s < part.replicas.length; s++) {
      if (s !== slot && slot !== part.leader) continue;
      part.fetchGen[s]++;
      part.fetches[s].clear();
    }
    if (slot === part.leader) {
      part.offlineSince = now;
      part.topic.partitions[part.p].offline = true;
      resendUnheard(cluster, part);
    }
    cluster.kernel.at(now + part.settings.electionMs, EventKind.leaderElection, part.index, b, broker.downEpoch);
  }
  return true;
}

/** The cluster noticed that broker `b` is gone (if it still is): in-sync sets shrink, leaders move. */
export function onElectionDue(cluster: Cluster, index: number, b: number, epoch: number): void {
  const broker = cluster.brokers[b];
  if (broker.downEpoch !== epoch || broker.reachable) return;
  const part = cluster.partitions[index];
  const slot = part.slotOf(b);
  // The in-sync set never empties: its last member stays in it, the one a clean election waits for.
  if (part.inSync[slot] === 1 && part.inSyncCount() > 1) part.inSync[slot] = 0;
  if (slot !== part.leader) {
    cluster.advanceWatermark(part);
    return;
  }
  const next = chooseLeader(cluster, part, slot);
  if (next >= 0) electLeader(cluster, part, next);
  else if (part.inSync[slot] === 1 && part.inSyncCount() > 1) part.inSync[slot] = 0;
}

/** Brings broker `b` back (`heal`: ends a network partition, else a crash recovery). */
export function brokerUp(cluster: Cluster, b: number, heal: boolean): void {
  const broker = cluster.brokers[b];
  if (heal) broker.isolated = false;
  else broker.crashed = false;
  if (!broker.reachable) return;
  broker.downSince = -1;
  for (const part of cluster.partitions) {
    const slot = part.slotOf(b);
    if (slot < 0) continue;
    const leader = cluster.leaderOf(part);
    if (slot === part.leader) {
      // Back before anyone replaced it: it leads on.
      backOnline(cluster, part);
      for (let s = 0; s < part.replicas.length; s++) if (s !== slot && part.end[s] < part.end[slot]) cluster.sendFetch(part, s, part.end[slot]);
      cluster.flushWaiting(part);
    } else if (leader === null) {
      if (part.inSync[slot] === 1 || part.settings.unclean) electLeader(cluster, part, slot);
    } else {
      // A former leader may hold events the new one never had: they are not part of the log.
      const leaderEnd = part.end[part.leader];
      if (part.end[slot] > leaderEnd) part.end[slot] = leaderEnd;
      cluster.sendFetch(part, slot, leaderEnd);
    }
  }
}

/**
 * Applies a fault to broker `b`; returns what its undo needs (slow: the factor replaced; crash and
 * partition: 1 when this fault took the broker down, else 0), or null for a fault brokers do not take.
 */
export function applyBrokerFault(cluster: Cluster, b: number, action: FaultAction): number | null {
  const broker = cluster.brokers[b];
  switch (action.type) {
    case 'crash':
      return brokerDown(cluster, b, false) ? 1 : 0;
    case 'partition':
      return brokerDown(cluster, b, true) ? 1 : 0;
    case 'recover':
      brokerUp(cluster, b, false);
      brokerUp(cluster, b, true);
      return 0;
    case 'slow': {
      const previous = broker.slowFactor;
      broker.slowFactor = action.factor;
      return previous;
    }
    default:
      return null;
  }
}

/** Undoes a broker fault whose duration is over (`previous` as `applyBrokerFault` returned it). */
export function undoBrokerFault(cluster: Cluster, b: number, action: FaultAction, previous: number): void {
  if (action.type === 'slow') cluster.brokers[b].slowFactor = previous;
  else if (action.type === 'crash' && previous === 1) brokerUp(cluster, b, false);
  else if (action.type === 'partition' && previous === 1) brokerUp(cluster, b, true);
}

/**
 * The leader went down: acknowledgements of events it committed within the last fetch delay never
 * reach their (not idempotent) producers, which send those events again; they will be appended a
 * second time. Idempotent producers' events were never kept here.
 */
function resendUnheard(cluster: Cluster, part: ReplicatedPartition): void {
  const recent = part.recent;
  recent.forgetBefore(cluster.kernel.now - part.settings.fetchDelayMs);
  const again: number[][] = [];
  for (let i = 0; i < recent.size; i++) again.push(recent.fieldsOf(i));
  recent.clear();
  if (again.length === 0) return;
  const waiting = part.waiting;
  const behind: number[][] = [];
  while (waiting.size > 0) {
    const s = waiting.front();
    behind.push([waiting.key[s], waiting.seq[s], waiting.type[s], waiting.sourceTime[s], waiting.publishTime[s], waiting.messageId[s], waiting.flags[s]]);
    waiting.shift();
  }
  for (const f of again) {
    waiting.push(f[0], f[1], f[2], f[3], f[4], f[5], (f[6] & ~Entry.acknowledged) | Entry.resent | Entry.duplicate);
    part.duplicated++;
  }
  for (const f of behind) waiting.push(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
}
