// Leader elections. When a leader's broker has been unreachable for `electionMs`, the partition
// gets the first reachable in-sync replica as leader (clean); with none, and `uncleanElection`,
// the reachable replica holding the most (unclean); else it stays without a leader until an
// in-sync replica is back. The new leader's log is the truth: what the old leader held beyond it
// is gone. Acknowledged events there (acks 0 or 1) are lost and counted; acks-all events were
// not acknowledged, so their producers send them again. An unclean leader may even lack committed
// events: groups that had not read them yet lose them too.
import type { Cluster } from './cluster';
import { Entry, type ReplicatedPartition } from './replicatedPartition';

/** The replica slot a partition elects now in place of `old`, or -1 when none may lead. */
export function chooseLeader(cluster: Cluster, part: ReplicatedPartition, old: number): number {
  const reachable = (s: number) => s !== old && cluster.brokers[part.replicas[s]].reachable;
  for (let s = 0; s < part.replicas.length; s++) if (part.inSync[s] === 1 && reachable(s)) return s;
  if (!part.settings.unclean) return -1;
  let best = -1;
  for (let s = 0; s < part.replicas.length; s++) if (reachable(s) && (best < 0 || part.end[s] > part.end[best])) best = s;
  return best;
}

/** Makes replica `slot` the leader of `part` now (its broker is reachable). */
export function electLeader(cluster: Cluster, part: ReplicatedPartition, slot: number): void {
  const now = cluster.kernel.now;
  const clean = part.inSync[slot] === 1;
  part.epoch++;
  for (let s = 0; s < part.replicas.length; s++) {
    part.fetchGen[s]++;
    part.fetches[s].clear();
  }
  const changed = part.leader !== slot;
  if (changed) {
    part.elections++;
    cluster.elections++;
    if (!clean) part.uncleanElections++;
  }
  let newEnd = part.end[slot];
  truncateTail(cluster, part, newEnd);
  if (newEnd < part.hw) {
    loseCommitted(cluster, part, newEnd);
    newEnd = part.hw;
  }
  part.leader = slot;
  part.end[slot] = newEnd;
  for (let s = 0; s < part.replicas.length; s++) {
    if (s === slot) continue;
    if (part.end[s] > newEnd) part.end[s] = newEnd;
    if (!clean) part.inSync[s] = 0;
    part.caughtUpAt[s] = now;
  }
  part.inSync[slot] = 1;
  backOnline(cluster, part);
  for (let s = 0; s < part.replicas.length; s++) if (s !== slot && part.end[s] < newEnd) cluster.sendFetch(part, s, newEnd);
  cluster.flushWaiting(part);
  cluster.advanceWatermark(part);
}

/** The partition has a reachable leader again: consumers and waiting producers go on. */
export function backOnline(cluster: Cluster, part: ReplicatedPartition): void {
  if (part.offlineSince >= 0) {
    part.offlineMs += cluster.kernel.now - part.offlineSince;
    part.offlineSince = -1;
  }
  const log = part.topic.partitions[part.p];
  if (!log.offline) return;
  log.offline = false;
  for (const sub of part.topic.subscriptions) sub.consumer.restartFetching();
}

/** Removes from the leader's uncommitted events those beyond `newEnd`: lost, or sent again. */
function truncateTail(cluster: Cluster, part: ReplicatedPartition, newEnd: number): void {
  const tail = part.tail;
  const keep = Math.max(0, newEnd - part.hw);
  if (tail.size <= keep) return;
  const resend: number[] = [];
  const count = tail.size;
  for (let i = 0; i < count; i++) {
    const slot = tail.front();
    const fields = [tail.key[slot], tail.seq[slot], tail.type[slot], tail.sourceTime[slot], tail.publishTime[slot], tail.messageId[slot], tail.flags[slot]];
    tail.shift();
    if (i < keep) {
      tail.push(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]);
      continue;
    }
    const flags = fields[6];
    if ((flags & Entry.acknowledged) !== 0) {
      cluster.links[flags >>> Entry.linkShift].lost++;
      part.lost++;
      part.lostUncommitted++;
      cluster.lost++;
      cluster.trace(part, fields[0], fields[1], fields[2], fields[5], 'lost', `the leader of partition ${part.p} went down before the new leader copied it`);
    } else {
      resend.push(...fields);
    }
  }
  // Unacknowledged events go first, before what waited behind them: the producer retries in order.
  const waiting = part.waiting;
  const behind: number[] = [];
  while (waiting.size > 0) {
    const slot = waiting.front();
    behind.push(waiting.key[slot], waiting.seq[slot], waiting.type[slot], waiting.sourceTime[slot], waiting.publishTime[slot], waiting.messageId[slot], waiting.flags[slot]);
    waiting.shift();
  }
  for (let i = 0; i < resend.length; i += 7) waiting.push(resend[i], resend[i + 1], resend[i + 2], resend[i + 3], resend[i + 4], resend[i + 5], resend[i + 6] | Entry.resent);
  for (let i = 0; i < behind.length; i += 7) waiting.push(behind[i], behind[i + 1], behind[i + 2], behind[i + 3], behind[i + 4], behind[i + 5], behind[i + 6]);
}

/**
 * An unclean leader lacks committed offsets [`newEnd`, hw). Their offsets stay used; for every
 * group that has not fetched them yet they are gone (dropped for it, counted as lost).
 */
function loseCommitted(cluster: Cluster, part: ReplicatedPartition, newEnd: number): void {
  const count = part.hw - newEnd;
  part.lost += count;
  cluster.lost += count;
  const log = part.topic.partitions[part.p];
  for (const sub of part.topic.subscriptions) {
    const cursor = sub.group.cursors[sub.gps[part.p]];
    for (let o = Math.max(newEnd, cursor.next, log.start); o < part.hw; o++) {
      if (log.isDropped(o, sub.bit)) continue;
      log.drop(o, sub.bit);
      sub.unconsumed--;
      sub.lost++;
    }
  }
}
