// A topic: a durable, partitioned log read by consumer groups. Each event goes to one partition
// (by a hash of its key, or round-robin). An event is *unconsumed* for a group from its append
// until that group finishes it; `capacity` bounds that count per group and `onFull` says what an
// append does beyond it. Retention removes events older than `retention`, read or not.
import type { TopicConfig } from '../model/types';
import type { ConsumerGroup } from './consumerGroup';
import type { Kernel } from './kernel';
import { History } from './partitionCursor';
import { LogField, PartitionLog } from './partitionLog';
import type { PublishLink } from './publishLink';
import type { TopicCompaction } from './compaction';

/** Who reads through a subscription: told of appends, and when fetching must start over. */
export interface Consumer {
  /** An event was appended to group partition `gp`. */
  onAppend(gp: number): void;
  /** The group's partitions became readable again (a leader was elected): fetch anew. */
  restartFetching(): void;
}

/** One group's view of one topic: its counts, and its partition index per topic partition. */
export class Subscription {
  /** Events appended (or replayed) for this group and not yet finished by it. */
  unconsumed = 0;
  /** Events offered to this group: appended while subscribed, plus replays. */
  received = 0;
  /** Events retention removed before this group read them. */
  expired = 0;
  /** Events dropped for this group by `capacity` (drop-newest / drop-oldest). */
  dropped = 0;
  /** Committed events an unclean leader election removed before this group read them. */
  lost = 0;
  /** Events compaction removed (a newer one of the same key exists) before this group read them. */
  compacted = 0;
  /** The group's partition index (`gp`) for each partition of the topic. */
  gps: number[] = [];
  /** False once the subscribe edge is gone (an edit). */
  active = true;

  constructor(
    readonly topic: Topic,
    readonly group: ConsumerGroup,
    /** The service reading through the group. */
    readonly consumer: Consumer,
    /** This subscriber's bit in the topic's drop masks. */
    readonly bit: number,
    /** The subscribe edge, for the animation. */
    public edgeIndex: number,
  ) {}
}

/** The partition of a key: a 32-bit mix of the key (murmur3's finaliser), modulo partitions. */
export function partitionFor(key: number, partitions: number): number {
  let h = key | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % partitions;
}

/** A topic's runtime state. */
export class Topic {
  readonly partitions: PartitionLog[] = [];
  readonly subscriptions: Subscription[] = [];
  /** Publish edges holding events because this topic is full. */
  readonly blockedLinks: PublishLink[] = [];
  appended = 0;
  /** Where the last append went, for journeys. */
  lastPartition = 0;
  lastOffset = 0;
  private roundRobin = 0;
  private draining = false;
  config!: TopicConfig;
  /** Whether appends wait for room (capacity with `block`). */
  blocks = false;
  private usesMasks = false;
  /** Drop-mask bits handed out so far; a bit is never reused, so masks stay valid after an unsubscribe. */
  bitsUsed = 0;
  /** Compaction state of a `cleanup: compact` topic (compaction.ts), once it ran. */
  compaction: TopicCompaction | null = null;

  constructor(
    readonly id: string,
    readonly kernel: Kernel,
    config: TopicConfig,
  ) {
    this.configure(config);
  }

  /** Applies a (new) config; partitions can be added, not removed. */
  configure(config: TopicConfig): void {
    this.config = config;
    this.blocks = config.capacity !== null && config.onFull === 'block';
    this.usesMasks = config.capacity !== null && config.onFull !== 'block';
    while (this.partitions.length < config.partitions) this.partitions.push(new PartitionLog());
    if (this.usesMasks) for (const log of this.partitions) log.useMasks(Math.max(1, this.bitsUsed));
    // More room, or no more blocking: what publishers hold goes out now.
    this.onRoom();
  }

  /** The drop-mask bit for a new subscriber. */
  nextBit(): number {
    return this.bitsUsed++;
  }

  /** Adds a subscriber (a consumer group starts reading this topic). */
  subscribe(sub: Subscription): void {
    this.subscriptions.push(sub);
    if (this.usesMasks) for (const log of this.partitions) log.useMasks(this.bitsUsed);
  }

  /** Removes a subscriber (its subscribe edge was deleted); held publishers may go on. */
  unsubscribe(sub: Subscription): void {
    const at = this.subscriptions.indexOf(sub);
    if (at >= 0) this.subscriptions.splice(at, 1);
    sub.active = false;
    this.onRoom();
  }

  /** Whether an append now would exceed `capacity` for some group under `block`. */
  isFull(): boolean {
    if (!this.blocks) return false;
    const capacity = this.config.capacity as number;
    const subs = this.subscriptions;
    for (let i = 0; i < subs.length; i++) if (subs[i].unconsumed >= capacity) return true;
    return false;
  }

  /** Appends an event (the caller checked `isFull`); returns its partition. */
  append(key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number): number {
    const p = this.choosePartition(key);
    this.appendAt(p, key, seq, type, sourceTime, publishTime, messageId);
    return p;
  }

  /** The partition the next event with `key` goes to (round-robin moves on). */
  choosePartition(key: number): number {
    const partitions = this.partitions.length;
    if (partitions === 1) return 0;
    if (this.config.partitioner === 'key') return partitionFor(key, partitions);
    return this.roundRobin++ % partitions;
  }

  /** Appends an event to partition `p` (a cluster commits its replicated events here). */
  appendAt(p: number, key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number): void {
    const now = this.kernel.now;
    const log = this.partitions[p];
    if (this.config.retention !== null) this.expire(log, p, now - this.config.retention);
    const offset = log.append(now, publishTime, sourceTime, messageId, key, seq, type);
    this.appended++;
    this.lastPartition = p;
    this.lastOffset = offset;
    if (this.kernel.journeys.isTraced(key)) {
      this.kernel.journeys.step(messageId, key, seq, this.kernel.eventTypes[type], now, this.id, 'appended', `partition ${p}, offset ${offset}`);
    }
    const subs = this.subscriptions;
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (this.usesMasks && sub.unconsumed >= (this.config.capacity as number) && !this.makeRoom(sub, log, offset)) continue;
      sub.unconsumed++;
      sub.received++;
      sub.consumer.onAppend(sub.gps[p]);
    }
  }

  /**
   * Applies drop-newest / drop-oldest for a full group: false when the new event is dropped for
   * it. Drop-oldest evicts the group's oldest event it has not fetched yet; when every unconsumed
   * event is already fetched (being worked on), the new one is dropped instead.
   */
  private makeRoom(sub: Subscription, log: PartitionLog, offset: number): boolean {
    if (this.config.onFull === 'drop-oldest') {
      let victimLog: PartitionLog | null = null;
      let victim = -1;
      for (let p = 0; p < this.partitions.length; p++) {
        const candidateLog = this.partitions[p];
        const cursor = sub.group.cursors[sub.gps[p]];
        let o = Math.max(cursor.next, candidateLog.start);
        const end = candidateLog === log ? offset : candidateLog.end;
        // Only an event still unconsumed can go: not one dropped already, nor one finished
        // before a rewind (it is delivered again, but it no longer counts as unconsumed).
        while (o < end && (candidateLog.isDropped(o, sub.bit) || cursor.wasFinished(o))) o++;
        if (o >= end) continue;
        if (victimLog === null || candidateLog.field(o, LogField.appendTime) < victimLog.field(victim, LogField.appendTime)) {
          victimLog = candidateLog;
          victim = o;
        }
      }
      if (victimLog !== null) {
        victimLog.drop(victim, sub.bit);
        sub.unconsumed--;
        sub.dropped++;
        this.traceDrop(victimLog, victim, sub);
        return true;
      }
    }
    log.drop(offset, sub.bit);
    sub.received++;
    sub.dropped++;
    this.traceDrop(log, offset, sub);
    return false;
  }

  private traceDrop(log: PartitionLog, offset: number, sub: Subscription): void {
    const journeys = this.kernel.journeys;
    const chunk = log.chunkOf(offset);
    const i = log.indexOf(offset);
    const key = chunk[i + LogField.key];
    if (!journeys.isTraced(key)) return;
    const type = this.kernel.eventTypes[chunk[i + LogField.type]];
    journeys.step(chunk[i + LogField.messageId], key, chunk[i + LogField.seq], type, this.kernel.now, this.id, 'dropped', `topic full for ${sub.group.id} (${this.config.onFull})`);
  }

  /** Removes events older than `cutoff` from a partition; groups that had not read them lose them. */
  private expire(log: PartitionLog, p: number, cutoff: number): void {
    if (log.start === log.end || log.field(log.start, LogField.appendTime) >= cutoff) return;
    const subs = this.subscriptions;
    let freed = false;
    let offset = log.start;
    while (offset < log.end && log.field(offset, LogField.appendTime) < cutoff) {
      for (let i = 0; i < subs.length; i++) {
        const sub = subs[i];
        const cursor = sub.group.cursors[sub.gps[p]];
        if (cursor.next !== offset) continue;
        const dropped = log.isDropped(offset, sub.bit);
        if ((cursor.skip() & History.finished) === 0 && !dropped) {
          sub.expired++;
          sub.unconsumed--;
          freed = true;
        }
      }
      offset++;
    }
    log.trimTo(offset);
    if (freed) this.onRoom();
  }

  /** Applies retention to every partition (called periodically, so idle topics shrink too). */
  applyRetention(): void {
    if (this.config.retention === null) return;
    const cutoff = this.kernel.now - this.config.retention;
    for (let p = 0; p < this.partitions.length; p++) this.expire(this.partitions[p], p, cutoff);
  }

  /** A group finished an event: blocked publishers may append again. */
  onRoom(): void {
    // Not only under `block`: after an edit away from it, what publishers still hold goes out.
    if (this.blockedLinks.length === 0 || this.draining) return;
    this.draining = true;
    // Blocked publishers take turns, one event each, while there is room.
    while (this.blockedLinks.length > 0 && !this.isFull()) {
      const link = this.blockedLinks.shift() as PublishLink;
      link.releaseOne();
      if (link.pending.size > 0) this.blockedLinks.push(link);
    }
    this.draining = false;
  }
}
