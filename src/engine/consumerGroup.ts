// A service's consumer group: its position in every partition of the topics it subscribes to,
// which live instance owns each partition, and the events each instance has fetched. Workers
// take fetched events in order, subject to the ordering mode: `partition` runs one event at a
// time per partition, `key` one at a time per key, `none` anything. Partitions move between
// instances when instances are added, removed, crash or recover (a rebalance); a partition that
// moves goes back to its committed offset, so work in progress there is done again.
//
// The relation to the service is one-way: the service asks the group (`peek`, `take`, `hold`,
// `finish`, and `onAppend` / `hasWork` for whether an instance has work) and the group never
// calls the service. It reads the service's worker pool (who is live, which workers to abandon
// when a partition moves) and the clock, and it does the membership work (groupMembership.ts,
// groupProtocol.ts); whoever changes membership lets the free workers start afterwards.
import type { ServiceConfig, SubscribeConfig } from '../model/types';
import { dropGroupInstance, rebalanceGroup, replayGroup, unsubscribeGroup } from './groupMembership';
import { rebalanceWithProtocol, type RebalanceState } from './groupProtocol';
import { FetchedBuffers } from './fetchedBuffers';
import { IntQueue } from './intQueue';
import { History, PartitionCursor } from './partitionCursor';
import { LogField } from './partitionLog';
import type { Kernel } from './kernel';
import { Subscription, type Consumer, type Topic } from './topic';
import type { WorkerPool } from './workerPool';
import { ItemFlag, ItemState, LockKind, WorkItems } from './workItems';

export const Ordering = { partition: 0, key: 1, none: 2 } as const;

/** One consumer group (one per subscribing service). */
export class ConsumerGroup {
  readonly subscriptions: Subscription[] = [];
  readonly items = new WorkItems();
  // Per group partition (`gp`): one entry for each partition of each subscribed topic. Shared
  // with groupMembership.ts, which moves partitions between instances.
  readonly cursors: PartitionCursor[] = [];
  gpSub: Subscription[] = [];
  gpPartition: number[] = [];
  gpOwner: number[] = [];
  private gpQueued: number[] = [];
  gpLocked: number[] = [];
  gpAvailableSince: number[] = [];
  // Per instance: a buffer of fetched events waiting for a worker, the count of fetched events
  // it holds in any state, and the partitions it may fetch from, in turn.
  private readonly buffers = new FetchedBuffers(this.items);
  private buffered: number[] = [];
  private fetchQueue: IntQueue[] = [];
  private keyLocked: Uint8Array;
  /** Commits each event as it finishes (`commit: after-processing`). */
  commitEach = false;
  /** Rebalancing protocol state, once the service chose a protocol or commit policy (groupProtocol.ts). */
  rebalanceState: RebalanceState | null = null;
  /** The service's ordering mode (`Ordering`), prefetch limit per instance, and settings (`configure`). */
  ordering: number = Ordering.partition;
  prefetch = 8;
  config!: ServiceConfig;
  /**
   * Whether the group ever subscribed: one that never did takes no part in rebalances (it has
   * nothing to assign, and sets no commit timer).
   */
  joined = false;
  /** When a paused rebalance that just began resumes (-1: none to schedule; see `scheduleResume`). */
  resumeAt = -1;

  constructor(
    readonly id: string,
    /** The service's index, the target of the group's engine events (resume, commit). */
    readonly index: number,
    readonly pool: WorkerPool,
    readonly kernel: Kernel,
    keySpace: number,
  ) {
    this.keyLocked = new Uint8Array(keySpace);
  }

  /** Takes the service's settings: its ordering mode (`Ordering`) and how many events an instance fetches ahead. */
  configure(config: ServiceConfig, ordering: number, prefetch: number): void {
    this.config = config;
    this.ordering = ordering;
    this.prefetch = prefetch;
    this.buffers.restartWalks();
  }

  /** Number of group partitions. */
  get partitionCount(): number {
    return this.cursors.length;
  }

  /** Subscribes to a topic for `consumer`; with `latest`, events already in it are not for this group. */
  subscribe(topic: Topic, edgeIndex: number, config: SubscribeConfig, consumer: Consumer): Subscription {
    this.joined = true;
    const sub = new Subscription(topic, this, consumer, topic.nextBit(), edgeIndex);
    topic.subscribe(sub);
    this.subscriptions.push(sub);
    this.addPartitions(sub, config.startFrom === 'latest');
    return sub;
  }

  /** Stops reading a topic (its subscribe edge was removed): fetched events are dropped. */
  unsubscribe(sub: Subscription): void {
    unsubscribeGroup(this, sub);
  }

  /**
   * Moves partitions to match the live instances; moved partitions restart from their commit.
   * Returns whether fetching restarted (then the caller lets free workers start, and schedules
   * the resume of a pause that began: `scheduleResume`).
   */
  rebalance(): boolean {
    if (!this.joined) return false;
    const config = this.config;
    if (config.rebalance === undefined && config.commit === undefined && config.commitIntervalMs === undefined && config.transactional === undefined) {
      rebalanceGroup(this);
      return true;
    }
    return rebalanceWithProtocol(this);
  }

  /** An instance went down (or, gracefully, away): its partitions go back to their commit, ownerless. */
  dropInstance(instance: number, graceful: boolean): void {
    dropGroupInstance(this, instance, graceful);
  }

  /** Replays from the earliest kept event or from a time (see groupMembership.ts). */
  replay(to: 'earliest' | number): void {
    replayGroup(this, to);
  }

  /** Gives the group a partition for each partition of `sub`'s topic it does not cover yet. */
  addPartitions(sub: Subscription, latest: boolean): void {
    const topic = sub.topic;
    for (let p = sub.gps.length; p < topic.partitions.length; p++) {
      const log = topic.partitions[p];
      const gp = this.cursors.length;
      sub.gps.push(gp);
      this.cursors.push(new PartitionCursor(latest ? log.end : log.start));
      this.gpSub.push(sub);
      this.gpPartition.push(p);
      this.gpOwner.push(-1);
      this.gpQueued.push(0);
      this.gpLocked.push(0);
      this.gpAvailableSince.push(this.kernel.now);
      if (!latest) {
        sub.unconsumed += log.end - log.start;
        sub.received += log.end - log.start;
      }
    }
  }

  /** Makes room for per-instance state of instance `instance`. */
  ensureInstance(instance: number): void {
    this.buffers.ensure(instance);
    while (this.buffered.length <= instance) {
      this.buffered.push(0);
      this.fetchQueue.push(new IntQueue());
    }
  }

  /** Grows the key locks when keys grow. */
  ensureKeys(keySpace: number): void {
    if (keySpace <= this.keyLocked.length) return;
    const next = new Uint8Array(keySpace);
    next.set(this.keyLocked);
    this.keyLocked = next;
  }

  /** A topic appended an event to group partition `gp`: returns the instance that now has work (-1: none). */
  onAppend(gp: number): number {
    const owner = this.gpOwner[gp];
    if (owner < 0) return -1;
    if (this.gpQueued[gp] === 0) {
      this.gpQueued[gp] = 1;
      this.fetchQueue[owner].push(gp);
    }
    return owner;
  }

  /**
   * The event just appended to `gp`, fetched for a worker of `instance` (its owner) to start now,
   * when it is what `peek` would give: nothing else to fetch first, every buffered event locked,
   * its own lock free. -1 otherwise, with nothing changed (it is fetched the usual way).
   */
  takeAppended(gp: number, instance: number): number {
    if (this.gpQueued[gp] !== 0 || this.fetchQueue[instance].size !== 0 || this.buffered[instance] >= this.prefetch) return -1;
    if (!this.buffers.allLocked(instance)) return -1;
    const sub = this.gpSub[gp];
    const log = sub.topic.partitions[this.gpPartition[gp]];
    const offset = log.end - 1;
    if (log.offline || this.cursors[gp].next !== offset || log.isDropped(offset, sub.bit)) return -1;
    const ordering = this.ordering;
    if (ordering === Ordering.partition && this.gpLocked[gp] !== 0) return -1;
    if (ordering === Ordering.key && this.keyLocked[log.field(offset, LogField.key)] !== 0) return -1;
    return this.fetch(gp, instance);
  }

  /** Whether `instance` holds fetched events waiting for a worker. */
  hasWork(instance: number): boolean {
    return this.buffers.head[instance] !== -1;
  }

  /**
   * The next fetched event a free worker of `instance` may start under the ordering mode, left in
   * the buffer (-1: none). Fetches first when the buffer has room.
   */
  peek(instance: number): number {
    this.fill(instance);
    const ordering = this.ordering;
    if (ordering === Ordering.partition) return this.buffers.firstOfFreePartition(instance, this.gpLocked);
    if (ordering === Ordering.key) return this.buffers.firstOfFreeKey(instance, this.keyLocked);
    return this.buffers.head[instance];
  }

  /** Takes an event `peek` found out of the buffer of `instance` (it is started or skipped next). */
  take(instance: number, item: number): void {
    this.buffers.unlink(instance, item);
  }

  /** Worker `w` starts an event taken from the buffer: it runs under its ordering lock. */
  hold(item: number, w: number): void {
    this.items.state[item] = ItemState.running;
    this.items.worker[item] = w;
    this.lock(item);
  }

  /** Takes the ordering lock a starting event needs under the current ordering mode. */
  private lock(item: number): void {
    const items = this.items;
    const ordering = this.ordering;
    if (ordering === Ordering.partition) {
      this.gpLocked[items.gp[item]] = 1;
      items.lock[item] = LockKind.partition;
    } else if (ordering === Ordering.key) {
      this.keyLocked[items.key[item]] = 1;
      items.lock[item] = LockKind.key;
    }
  }

  /** Releases a partition's ordering lock (its event in progress was dropped). */
  unlockPartition(gp: number): void {
    this.gpLocked[gp] = 0;
    this.buffers.restartWalks();
  }

  /** Releases an event's ordering lock. */
  unlock(item: number): void {
    const items = this.items;
    const kind = items.lock[item];
    if (kind === LockKind.none) return;
    if (kind === LockKind.partition) this.gpLocked[items.gp[item]] = 0;
    else this.keyLocked[items.key[item]] = 0;
    items.lock[item] = LockKind.none;
    this.buffers.restartWalks();
  }

  /** Puts an event (back) at the end of its instance's buffer. */
  requeue(item: number): void {
    this.items.state[item] = ItemState.waiting;
    this.buffers.pushBack(this.items.instance[item], item);
  }

  /** An event is finished for this group: applied, dead-lettered or dropped. */
  finish(item: number, outcome: number): void {
    const items = this.items;
    const gp = items.gp[item];
    this.cursors[gp].finish(items.offset[item], outcome);
    if (this.commitEach) this.cursors[gp].commit();
    if ((items.flags[item] & (ItemFlag.duplicate | ItemFlag.redelivered)) === 0) {
      const sub = this.gpSub[gp];
      sub.unconsumed--;
      if (sub.topic.blocks) sub.topic.onRoom();
    }
    this.buffered[items.instance[item]]--;
    items.release(item);
  }

  /** Fetches from the instance's partitions, in turn, until its buffer is full. */
  private fill(instance: number): void {
    const queue = this.fetchQueue[instance];
    const limit = this.prefetch;
    while (this.buffered[instance] < limit && queue.size > 0) {
      const gp = queue.shift();
      if (this.gpOwner[gp] !== instance) continue;
      const item = this.fetch(gp, instance);
      if (item < 0) {
        this.gpQueued[gp] = 0;
        continue;
      }
      this.buffers.pushBack(instance, item);
      if (this.hasUnfetched(gp)) queue.push(gp);
      else this.gpQueued[gp] = 0;
    }
  }

  /** Whether a group partition has events the group has not fetched (and its log is readable). */
  hasUnfetched(gp: number): boolean {
    const log = this.gpSub[gp].topic.partitions[this.gpPartition[gp]];
    return this.cursors[gp].next < log.end && !log.offline;
  }

  /** Takes the next event of a partition into a work item, skipping expired and dropped ones. */
  private fetch(gp: number, instance: number): number {
    const sub = this.gpSub[gp];
    const log = sub.topic.partitions[this.gpPartition[gp]];
    const cursor = this.cursors[gp];
    if (log.offline) return -1;
    while (cursor.next < log.end) {
      const offset = cursor.next;
      if (log.isDropped(offset, sub.bit)) {
        cursor.skip();
        continue;
      }
      const before = cursor.take();
      const items = this.items;
      const item = items.alloc();
      const chunk = log.chunkOf(offset);
      const at = log.indexOf(offset);
      items.key[item] = chunk[at + LogField.key];
      items.seq[item] = chunk[at + LogField.seq];
      items.type[item] = chunk[at + LogField.type];
      items.sourceTime[item] = chunk[at + LogField.sourceTime];
      items.publishTime[item] = chunk[at + LogField.publishTime];
      items.messageId[item] = chunk[at + LogField.messageId];
      const appendTime = chunk[at + LogField.appendTime];
      const since = this.gpAvailableSince[gp];
      items.availableTime[item] = appendTime > since ? appendTime : since;
      items.offset[item] = offset;
      items.gp[item] = gp;
      items.instance[item] = instance;
      items.state[item] = ItemState.waiting;
      if (before & History.applied) items.flags[item] = ItemFlag.duplicate;
      else if (before & History.finished) items.flags[item] = ItemFlag.redelivered;
      this.buffered[instance]++;
      return item;
    }
    return -1;
  }

  /** Drops every fetched event of a partition, wherever it is (work in progress is abandoned). */
  discard(gp: number): void {
    // An event walked past may leave its buffer here: walks start over.
    this.buffers.restartWalks();
    const items = this.items;
    const pool = this.pool;
    const now = this.kernel.now;
    for (let item = 0; item < items.used; item++) {
      const state = items.state[item];
      if (state === ItemState.free || items.gp[item] !== gp) continue;
      if (state === ItemState.waiting) this.buffers.unlink(items.instance[item], item);
      else if (state === ItemState.running || state === ItemState.holding) {
        this.unlock(item);
        pool.abandon(items.worker[item], now);
      }
      this.buffered[items.instance[item]]--;
      items.release(item);
    }
  }

  /** Acknowledges what every partition finished (periodic). */
  commit(): void {
    for (let gp = 0; gp < this.cursors.length; gp++) this.cursors[gp].commit();
  }

  /** Rebuilds every instance's fetch turn (the caller lets free workers start). */
  restartFetching(): void {
    for (let i = 0; i < this.fetchQueue.length; i++) this.fetchQueue[i].clear();
    for (let gp = 0; gp < this.gpOwner.length; gp++) {
      const owner = this.gpOwner[gp];
      this.gpQueued[gp] = 0;
      if (owner < 0 || !this.gpSub[gp].active || !this.hasUnfetched(gp)) continue;
      this.gpQueued[gp] = 1;
      this.fetchQueue[owner].push(gp);
    }
  }

  /** Total unconsumed events over the group's subscriptions. */
  unconsumed(): number {
    let total = 0;
    for (const sub of this.subscriptions) total += sub.unconsumed;
    return total;
  }

  /** The subscription a group partition belongs to. */
  subscriptionOf(gp: number): Subscription {
    return this.gpSub[gp];
  }
}
