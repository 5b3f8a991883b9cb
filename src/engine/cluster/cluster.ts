// The document's brokers as one cluster. Each event a producer sends goes to its partition's
// leader; followers copy it after the fetch delay; the high watermark (what every in-sync replica
// holds) commits it to the topic, where consumers read it. acks 0 and 1 acknowledge at the leader,
// acks all at the high watermark. Without a reachable leader, or with acks all and fewer in-sync
// replicas than `minInSync`, events wait at the partition (the producer blocks or drops them).
// Elections and broker faults are in elections.ts and brokerFaults.ts.
import type { TopicConfig } from '../../model/types';
import { EventKind } from '../eventKinds';
import type { Kernel } from '../kernel';
import type { Topic } from '../topic';
import type { Broker } from './broker';
import { Entry, ReplicatedPartition, type ReplicationSettings } from './replicatedPartition';
import { assignReplicas } from './replicaAssignment';
import type { ReplicatedLink } from './replicatedLink';

/** How often in-sync replicas are checked for lag, ms of simulated time. */
export const REPLICA_CHECK_MS = 50;

/** Replication settings of a topic, defaults filled in. */
export function replicationOf(config: TopicConfig): ReplicationSettings {
  return {
    factor: config.replicationFactor ?? 1,
    minInSync: config.minInSync ?? 1,
    electionMs: config.electionMs ?? 1000,
    fetchDelayMs: config.fetchDelayMs ?? 5,
    replicaLagMs: config.replicaLagMs ?? 1000,
    unclean: config.uncleanElection ?? false,
  };
}

/** The cluster's runtime state. */
export class Cluster {
  readonly partitions: ReplicatedPartition[] = [];
  /** Per topic, its partitions on the cluster in partition order. */
  readonly topicPartitions = new Map<Topic, ReplicatedPartition[]>();
  /** Replicated links by link index (sparse). */
  readonly links: ReplicatedLink[] = [];
  private topicsPlaced = 0;
  elections = 0;
  /** Acknowledged events that an election removed (never committed, or committed and truncated). */
  lost = 0;

  constructor(
    readonly kernel: Kernel,
    readonly brokers: Broker[],
  ) {
    kernel.at(REPLICA_CHECK_MS, EventKind.replicaCheck, 0, 0, 0);
  }

  /** The cluster partition of a topic partition, placing the topic's replicas on first use. */
  partitionOf(topic: Topic, p: number): ReplicatedPartition {
    let list = this.topicPartitions.get(topic);
    if (list === undefined) {
      list = [];
      this.topicPartitions.set(topic, list);
      this.topicsPlaced++;
    }
    if (p >= list.length) this.place(topic, list);
    return list[p];
  }

  private place(topic: Topic, list: ReplicatedPartition[]): void {
    const settings = replicationOf(topic.config);
    const factor = Math.min(settings.factor, this.brokers.length);
    // Each topic starts its round at another broker, so leaders spread over topics too.
    const all = assignReplicas(topic.partitions.length, factor, this.brokers.length, this.topicsPlaced - 1);
    for (let p = list.length; p < topic.partitions.length; p++) {
      const part = new ReplicatedPartition(topic, p, this.partitions.length, all[p], settings);
      part.hw = topic.partitions[p].end;
      for (let s = 0; s < part.end.length; s++) part.end[s] = part.hw;
      list.push(part);
      this.partitions.push(part);
    }
  }

  /** Places every partition of `topic` now (at build, so the figures show them before any event). */
  placeTopic(topic: Topic): void {
    if (topic.partitions.length > 0) this.partitionOf(topic, topic.partitions.length - 1);
  }

  /** The broker leading a partition, or null while it has no reachable leader. */
  leaderOf(part: ReplicatedPartition): Broker | null {
    if (part.leader < 0) return null;
    const broker = this.brokers[part.replicas[part.leader]];
    return broker.reachable ? broker : null;
  }

  /** Whether the partition takes an append with these acks now. */
  admits(part: ReplicatedPartition, acks: number): boolean {
    if (this.leaderOf(part) === null) return false;
    return acks !== Entry.acksAll || part.inSyncCount() >= part.settings.minInSync;
  }

  /** An event reaches the cluster from `link`: appended at its partition's leader, or made to wait. */
  produce(link: ReplicatedLink, key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number, extra: number): void {
    const part = this.partitionOf(link.topic, link.topic.choosePartition(key));
    const flags = (link.index << Entry.linkShift) | link.acks | extra;
    if (part.waiting.size === 0 && this.admits(part, link.acks)) {
      this.append(part, key, seq, type, sourceTime, publishTime, messageId, flags);
      return;
    }
    if ((extra & Entry.resent) === 0) {
      if (!link.holder.mayHold()) {
        link.holder.onDropped();
        link.refused++;
        if (link.acks === Entry.acksAll && this.leaderOf(part) !== null) part.refused++;
        this.trace(part, key, seq, type, messageId, 'dropped', this.whyWaiting(part));
        return;
      }
      link.holder.onHeld();
      if (link.acks === Entry.acksAll && this.leaderOf(part) !== null) part.refused++;
      this.trace(part, key, seq, type, messageId, 'blocked', this.whyWaiting(part));
    }
    part.waiting.push(key, seq, type, sourceTime, publishTime, messageId, flags);
  }

  /** Why a partition does not take appends now, in words. */
  whyWaiting(part: ReplicatedPartition): string {
    if (this.leaderOf(part) === null) return `partition ${part.p} has no leader`;
    return `not enough replicas: partition ${part.p} has ${part.inSyncCount()} in sync, needs ${part.settings.minInSync}`;
  }

  /** Appends at the leader, sends it to the followers, and commits what the watermark allows. */
  private append(part: ReplicatedPartition, key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number, flags: number): void {
    const kernel = this.kernel;
    const now = kernel.now;
    const leader = part.leader;
    const leaderBroker = this.brokers[part.replicas[leader]];
    const end = part.end;
    let entryFlags = flags;
    const acks = flags & Entry.acksMask;
    if (acks !== Entry.acksAll) {
      const link = this.links[flags >>> Entry.linkShift];
      link.acknowledged++;
      link.produceMs.add(acks === 0 ? 0 : now - sourceTime);
      entryFlags |= Entry.acknowledged;
    }
    part.tail.push(key, seq, type, sourceTime, publishTime, messageId, entryFlags);
    leaderBroker.appended++;
    const before = end[leader]++;
    for (let s = 0; s < part.replicas.length; s++) {
      if (s === leader) continue;
      // A follower that held everything until now has been caught up until now.
      if (end[s] >= before) part.caughtUpAt[s] = now;
      this.sendFetch(part, s, end[leader]);
    }
    this.advanceWatermark(part);
  }

  /** A follower's copy of the leader's log up to `upTo` leaves now and lands after the fetch delay. */
  sendFetch(part: ReplicatedPartition, slot: number, upTo: number): void {
    const follower = this.brokers[part.replicas[slot]];
    const leader = this.brokers[part.replicas[part.leader]];
    if (!follower.reachable) return;
    const now = this.kernel.now;
    const delay = part.settings.fetchDelayMs * Math.max(follower.slowFactor, leader.slowFactor);
    part.fetches[slot].push(upTo, now);
    this.kernel.at(now + delay, EventKind.replicaFetch, part.index, slot, part.fetchGen[slot]);
  }

  /** A follower's fetch lands: it holds more, may rejoin the in-sync set, the watermark may move. */
  onFetch(index: number, slot: number, gen: number): void {
    const part = this.partitions[index];
    if (part.fetchGen[slot] !== gen || part.fetches[slot].size === 0) return;
    const queue = part.fetches[slot];
    const upTo = queue.frontEnd();
    part.caughtUpAt[slot] = queue.frontSent();
    queue.shift();
    if (upTo > part.end[slot]) part.end[slot] = upTo;
    if (part.inSync[slot] === 0 && part.leader >= 0 && part.end[slot] >= part.hw) {
      part.inSync[slot] = 1;
      this.flushWaiting(part);
    }
    this.advanceWatermark(part);
  }

  /** Commits to the topic what every in-sync replica holds; acks-all producers hear back. */
  advanceWatermark(part: ReplicatedPartition): void {
    if (part.leader < 0) return;
    let hw = part.end[part.leader];
    for (let s = 0; s < part.end.length; s++) if (part.inSync[s] === 1 && part.end[s] < hw) hw = part.end[s];
    if (hw <= part.hw) return;
    const now = this.kernel.now;
    const tail = part.tail;
    const topic = part.topic;
    part.recent.forgetBefore(now - part.settings.fetchDelayMs);
    while (part.hw < hw) {
      const slot = tail.front();
      const flags = tail.flags[slot];
      if ((flags & (Entry.acknowledged | Entry.duplicate)) === 0) {
        const link = this.links[flags >>> Entry.linkShift];
        link.acknowledged++;
        link.produceMs.add(now - tail.sourceTime[slot]);
        if (!link.idempotent) part.recent.push(now, tail.key[slot], tail.seq[slot], tail.type[slot], tail.sourceTime[slot], tail.publishTime[slot], tail.messageId[slot], flags);
      }
      const key = tail.key[slot];
      const seq = tail.seq[slot];
      const type = tail.type[slot];
      const sourceTime = tail.sourceTime[slot];
      const publishTime = tail.publishTime[slot];
      const messageId = tail.messageId[slot];
      tail.shift();
      part.hw++;
      topic.appendAt(part.p, key, seq, type, sourceTime, publishTime, messageId);
    }
  }

  /** Appends what waits at a partition, in order, while it takes appends. */
  flushWaiting(part: ReplicatedPartition): void {
    const waiting = part.waiting;
    while (waiting.size > 0) {
      const slot = waiting.front();
      const flags = waiting.flags[slot];
      if (!this.admits(part, flags & Entry.acksMask)) return;
      const key = waiting.key[slot];
      const seq = waiting.seq[slot];
      const type = waiting.type[slot];
      const sourceTime = waiting.sourceTime[slot];
      const publishTime = waiting.publishTime[slot];
      const messageId = waiting.messageId[slot];
      waiting.shift();
      if ((flags & Entry.resent) === 0) this.links[flags >>> Entry.linkShift].holder.onReleased();
      this.append(part, key, seq, type, sourceTime, publishTime, messageId, flags & ~Entry.resent);
    }
  }

  /** Periodic: followers behind their leader for longer than `replicaLagMs` leave the in-sync set. */
  onReplicaCheck(): void {
    const now = this.kernel.now;
    for (const part of this.partitions) {
      // The leader shrinks its in-sync set; a leader out of reach shrinks nothing.
      if (part.leader < 0 || !this.brokers[part.replicas[part.leader]].reachable) continue;
      const leaderEnd = part.end[part.leader];
      let shrunk = false;
      for (let s = 0; s < part.end.length; s++) {
        if (s === part.leader || part.inSync[s] === 0) continue;
        if (part.end[s] >= leaderEnd) part.caughtUpAt[s] = now;
        else if (now - part.caughtUpAt[s] > part.settings.replicaLagMs) {
          part.inSync[s] = 0;
          shrunk = true;
        }
      }
      if (shrunk) this.advanceWatermark(part);
    }
    this.kernel.at(now + REPLICA_CHECK_MS, EventKind.replicaCheck, 0, 0, 0);
  }

  /** Records a step of a traced event's journey at the topic. */
  trace(part: ReplicatedPartition, key: number, seq: number, type: number, messageId: number, what: string, detail: string): void {
    const kernel = this.kernel;
    if (kernel.journeys.isTraced(key)) kernel.journeys.step(messageId, key, seq, kernel.eventTypes[type], kernel.now, part.topic.id, what, detail);
  }
}
