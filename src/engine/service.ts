// A service consuming events: a worker takes a fetched event, processes it for a sampled time
// (× the `slow` factor), and either fails (with probability `failureRate`) or applies it: its
// projection moves to the event's sequence number and it publishes its own event, with the same
// key and sequence number, to every topic it publishes to. A failed attempt is retried after
// `backoff` (blocking: the worker and the ordering lock wait; requeue: the event goes to the back
// of the instance's queue) until `maxAttempts`, then dead-lettered or dropped. The service's
// worker pool is its capacity for everything it does, events and requests (serviceCalls.ts);
// `dispatch` is where free workers find work. The service drives its consumer group (a cursor
// and buffer that never calls back): every membership change goes through here, and afterwards
// the free workers start.
import type { ServiceConfig, SubscribeConfig } from '../model/types';
import { ConsumerGroup, Ordering } from './consumerGroup';
import { compileDistribution, sample, type Sampler } from './distribution';
import { EventKind } from './eventKinds';
import { Histogram } from './histogram';
import type { Kernel } from './kernel';
import { Outcome } from './partitionCursor';
import { Projection } from './projection';
import type { PublishLink } from './publishLink';
import type { Random } from './random';
import type { ServiceCalls } from './serviceCalls';
import { onGroupResume, scheduleResume } from './groupProtocol';
import type { Consumer, Subscription, Topic } from './topic';
import { addInstance, removeInstance } from './serviceInstances';
import { itemTraced, recordDelivery, traceItem } from './serviceTrace';
import { InstanceState, JobKind, WorkerPool } from './workerPool';
import { ItemFlag, ItemState } from './workItems';
import { MessageFlag } from './api';
import { configureServiceData, refusesUnreadable, type Database, type SchemaReader } from './serviceData';
import type { StreamProcessor } from './streams/streamProcessor';

/** A service's runtime state and counters. */
export class Service implements Consumer {
  readonly pool: WorkerPool;
  /** Its consumer group: empty, and never rebalanced, while the service subscribes to nothing. */
  readonly group: ConsumerGroup;
  readonly projection: Projection;
  /** Whether any producer is upstream, so that staleness means something. */
  hasTruth = false;
  publishLinks: PublishLink[] = [];
  deadLetterLinks: PublishLink[] = [];
  publishType = 0;
  /** Requests, calls and workflows (set when the service is built). */
  sync!: ServiceCalls;
  // Mirrors of the synchronous side's state, so the event path checks one field.
  /** Requests waiting for a worker (the size of `sync.queue`). */
  requestsWaiting = 0;
  /** Whether the service makes calls after its own processing. */
  calls = false;
  database: Database | null = null;
  reader: SchemaReader | null = null;
  /** A processor's stream application, which takes what it processed (null for services). */
  stream: StreamProcessor | null = null;

  config!: ServiceConfig;
  processing!: Sampler;
  ordering: number = Ordering.partition;
  idempotent = false;
  prefetch = 8;
  slowFactor = 1;
  failureRate = 0;

  processed = 0;
  attempts = 0;
  failed = 0;
  retried = 0;
  deadLettered = 0;
  dropped = 0;
  duplicates = 0;
  orderViolations = 0;
  readonly latency = new Histogram();
  readonly wait = new Histogram();
  readonly consistency = new Histogram();

  constructor(
    readonly id: string,
    readonly index: number,
    readonly kernel: Kernel,
    private readonly rng: Random,
    config: ServiceConfig,
    keySpace: number,
    /** An orchestrator: a service whose calls are the steps of a saga. */
    readonly orchestrator = false,
  ) {
    this.pool = new WorkerPool(config.instances, config.concurrency);
    this.group = new ConsumerGroup(id, index, this.pool, kernel, keySpace);
    for (let i = 0; i < this.pool.instanceState.length; i++) this.group.ensureInstance(i);
    this.projection = new Projection(keySpace);
    this.configure(config);
  }

  /** Applies a (new) config at the current time. */
  configure(config: ServiceConfig): void {
    const old = this.config;
    this.config = config;
    this.processing = compileDistribution(config.processing);
    this.ordering = Ordering[config.ordering];
    this.idempotent = config.idempotent;
    configureServiceData(this, config, this.rng);
    // A `fail` fault in force outlives edits of other settings.
    if (!old || old.failureRate !== config.failureRate) this.failureRate = config.failureRate;
    this.prefetch = Math.max(8, 2 * config.concurrency);
    this.group.configure(config, this.ordering, this.prefetch);
    if (this.kernel.eventTypes.indexOf(config.publishes) >= 0) this.publishType = this.kernel.eventTypes.indexOf(config.publishes);
    if (!old) return;
    const now = this.kernel.now;
    if (old.concurrency !== config.concurrency) this.pool.setConcurrency(config.concurrency, now);
    let live = this.pool.liveInstances().length;
    while (live < config.instances) {
      addInstance(this);
      live++;
    }
    while (live > config.instances) {
      removeInstance(this);
      live--;
    }
    this.dispatchAll();
  }

  /** Makes room for more keys. */
  ensureKeys(keySpace: number): void {
    this.projection.ensureKeys(keySpace);
    this.group.ensureKeys(keySpace);
  }

  /** Starts consuming: the group takes its partitions. */
  startConsuming(): void {
    this.rebalance();
  }

  /** Reads a topic through the group (a subscribe edge). */
  subscribe(topic: Topic, edgeIndex: number, config: SubscribeConfig): Subscription {
    return this.group.subscribe(topic, edgeIndex, config, this);
  }

  /** Stops reading a topic (its subscribe edge was removed): fetched events are dropped. */
  unsubscribe(sub: Subscription): void {
    this.group.unsubscribe(sub);
    this.dispatchAll();
  }

  /** The group's partitions move to match the live instances; then free workers start. */
  rebalance(): void {
    if (!this.group.rebalance()) return;
    this.dispatchAll();
    scheduleResume(this.group);
  }

  /** A paused rebalance is over (engine event). */
  onGroupResume(epoch: number): void {
    if (onGroupResume(this.group, epoch)) this.dispatchAll();
  }

  /** Replays from the earliest kept event or from a time; the read model is rebuilt. */
  replay(to: 'earliest' | number): void {
    if (!this.group.joined) return;
    this.group.replay(to);
    this.projection.clearApplied();
    this.dispatchAll();
  }

  /** A topic appended an event for the group: a free worker of the partition's owner takes it. */
  onAppend(gp: number): void {
    const group = this.group;
    const pool = this.pool;
    const owner = group.gpOwner[gp];
    // The common case goes straight to a worker: the event is what `dispatch` would start next.
    if (owner >= 0 && pool.freeOf[owner].length > 0 && this.requestsWaiting === 0 && !this.idempotent && pool.instanceState[owner] === InstanceState.live) {
      const item = group.takeAppended(gp, owner);
      if (item >= 0) {
        this.start(item, owner);
        return;
      }
    }
    if (group.onAppend(gp) >= 0 && pool.freeOf[owner].length > 0) this.dispatch(owner);
  }

  /** The group's partitions are readable again: fetching starts over. */
  restartFetching(): void {
    this.group.restartFetching();
    this.dispatchAll();
  }

  /** A worker of `instance` starts a fetched event. */
  private start(item: number, instance: number): void {
    const w = this.pool.take(instance, JobKind.event, item, this.kernel.now);
    this.group.hold(item, w);
    this.beginAttempt(item, w);
  }

  /** An idempotent service recognises an event at or below what it applied for the key, and skips it. */
  private skip(item: number): void {
    const group = this.group;
    const items = group.items;
    const duplicate = (items.flags[item] & ItemFlag.duplicate) !== 0;
    if (duplicate || items.seq[item] === this.projection.applied[items.key[item]]) this.duplicates++;
    if (!duplicate && (items.flags[item] & ItemFlag.redelivered) === 0) this.processed++;
    traceItem(this, item, 'skipped', 'already applied (idempotent)');
    group.finish(item, Outcome.applied);
  }

  private beginAttempt(item: number, w: number): void {
    const kernel = this.kernel;
    const items = this.group.items;
    const attempt = ++items.attempts[item];
    this.attempts++;
    const now = kernel.now;
    if (attempt === 1) this.wait.add(now - items.availableTime[item]);
    items.startTime[item] = now;
    const duration = this.processingTime();
    kernel.at(now + duration, EventKind.workDone, this.index, w, this.pool.workerEpoch[w]);
    if (kernel.hops.enabled) recordDelivery(this, item, attempt);
    if (itemTraced(this, item)) {
      const again = items.flags[item] & ItemFlag.duplicate ? ', delivered again: already applied (duplicate)' : items.flags[item] & ItemFlag.redelivered ? ', delivered again' : '';
      traceItem(this, item, attempt === 1 ? 'delivered' : 'retrying', `attempt ${attempt} on instance ${items.instance[item]}${again}`);
    }
  }

  /** A worker's attempt ended (unless the worker's epoch moved on: the work was lost). */
  onWorkDone(w: number, epoch: number): void {
    if (this.pool.workerEpoch[w] !== epoch) return;
    if (this.database !== null) this.database.worker = w;
    if (this.pool.workerJobKind[w] === JobKind.request) {
      this.sync.onProcessed(w);
      return;
    }
    const item = this.pool.workerJob[w];
    if (this.reader !== null && refusesUnreadable(this, this.reader, item, w)) return;
    if (this.failureRate > 0 && this.rng.float() < this.failureRate) this.failAttempt(item, w);
    else if (this.calls) this.sync.callFor(item, w);
    else this.succeed(item, w);
  }

  /** How long the next attempt takes: a draw from `processing` × the `slow` factor. */
  processingTime(): number {
    return sample(this.processing, this.rng) * this.slowFactor;
  }

  /** Whether the attempt that just ended failed (drawn with probability `failureRate`). */
  fails(): boolean {
    return this.failureRate > 0 && this.rng.float() < this.failureRate;
  }

  /** Publishes what the service publishes after handling (`key`, `seq`) to every topic it publishes to. */
  publish(key: number, seq: number, sourceTime: number, fromMessage: number, flags: number): void {
    if (this.database !== null) return this.database.commit(key, seq, sourceTime, fromMessage, flags);
    const links = this.publishLinks;
    if (links.length === 0) return;
    const kernel = this.kernel;
    const messageId = kernel.messageId();
    if (kernel.journeys.isTraced(key)) kernel.journeys.step(messageId, key, seq, kernel.eventTypes[this.publishType], kernel.now, this.id, 'published', `after message ${fromMessage}`);
    for (let i = 0; i < links.length; i++) links[i].send(key, seq, this.publishType, sourceTime, messageId, flags);
  }

  /** An event's attempt (and its calls) succeeded: it is applied and published. */
  succeed(item: number, w: number): void {
    if (this.database !== null && this.database.beginWrite(w)) return;
    const kernel = this.kernel;
    const now = kernel.now;
    const group = this.group;
    const items = group.items;
    const instance = items.instance[item];
    this.pool.release(w, now);
    group.unlock(item);
    const key = items.key[item];
    const seq = items.seq[item];
    const flags = items.flags[item];
    const duplicate = (flags & ItemFlag.duplicate) !== 0;
    const fresh = (flags & (ItemFlag.duplicate | ItemFlag.redelivered)) === 0;
    const sameAsLast = this.projection.applied[key] === seq;
    const highest = this.projection.apply(key, seq);
    let outFlags = 0;
    if (duplicate || sameAsLast) {
      this.duplicates++;
      outFlags |= MessageFlag.duplicate;
    } else if (seq < highest) {
      this.orderViolations++;
      outFlags |= MessageFlag.outOfOrder;
      kernel.orderViolation(this.id, key, seq, highest);
    }
    if (fresh) {
      this.processed++;
      this.latency.add(now - items.publishTime[item]);
    }
    if (!duplicate) this.consistency.add(now - items.sourceTime[item]);
    if (itemTraced(this, item)) traceItem(this, item, 'processed', duplicate ? 'duplicate: applied again' : outFlags & MessageFlag.outOfOrder ? 'applied out of order' : undefined);
    if (this.publishLinks.length > 0 || this.database !== null) this.publish(key, seq, items.sourceTime[item], items.messageId[item], outFlags);
    if (this.stream !== null) this.stream.accept(group.subscriptionOf(items.gp[item]).topic.id, key, seq, items.type[item], items.sourceTime[item], items.messageId[item]);
    group.finish(item, Outcome.applied);
    if (this.ordering === Ordering.key) this.dispatchOthers(instance);
    this.dispatch(instance);
  }

  /** An event's attempt (or one of its calls) failed: retried, dead-lettered or dropped. */
  failAttempt(item: number, w: number): void {
    const kernel = this.kernel;
    const now = kernel.now;
    const group = this.group;
    const items = group.items;
    const instance = items.instance[item];
    const retry = this.config.retry;
    this.failed++;
    if (items.attempts[item] < retry.maxAttempts) {
      this.retried++;
      if (itemTraced(this, item)) traceItem(this, item, 'failed', `attempt ${items.attempts[item]}; retry in ${retry.backoff} ms (${retry.mode})`);
      if (retry.mode === 'blocking') {
        items.state[item] = ItemState.holding;
        kernel.at(now + retry.backoff, EventKind.blockingRetry, this.index, w, this.pool.workerEpoch[w]);
        return;
      }
      this.pool.release(w, now);
      group.unlock(item);
      items.state[item] = ItemState.backoff;
      kernel.at(now + retry.backoff, EventKind.requeueRetry, this.index, item, items.gen[item]);
      this.dispatch(instance);
      return;
    }
    this.pool.release(w, now);
    group.unlock(item);
    const fresh = (items.flags[item] & (ItemFlag.duplicate | ItemFlag.redelivered)) === 0;
    const dlq = this.deadLetterLinks;
    if (dlq.length > 0) {
      if (fresh) this.deadLettered++;
      if (itemTraced(this, item)) traceItem(this, item, 'dead-lettered', `after ${items.attempts[item]} attempts`);
      for (let i = 0; i < dlq.length; i++) {
        dlq[i].send(items.key[item], items.seq[item], items.type[item], items.sourceTime[item], items.messageId[item], MessageFlag.deadLetter | MessageFlag.failed);
      }
    } else {
      if (fresh) this.dropped++;
      if (itemTraced(this, item)) traceItem(this, item, 'dropped', `after ${items.attempts[item]} attempts, no dead-letter topic`);
    }
    group.finish(item, Outcome.finished);
    if (this.ordering === Ordering.key) this.dispatchOthers(instance);
    this.dispatch(instance);
  }

  /** A blocking retry's backoff is over: the same worker tries again. */
  onBlockingRetry(w: number, epoch: number): void {
    if (this.pool.workerEpoch[w] !== epoch) return;
    const item = this.pool.workerJob[w];
    this.group.items.state[item] = ItemState.running;
    this.beginAttempt(item, w);
  }

  /** A requeued retry's backoff is over: the event goes to the back of its instance's buffer. */
  onRequeueReady(item: number, gen: number): void {
    const group = this.group;
    if (group.items.gen[item] !== gen) return;
    group.requeue(item);
    this.dispatch(group.items.instance[item]);
  }

  /**
   * Gives the free workers of `instance` their next work: the one place a freed worker looks for
   * it. Events the group fetched and requests waiting for the service share the workers first
   * come, first served: the one that became available earlier goes first.
   */
  dispatch(instance: number): void {
    const pool = this.pool;
    if (pool.instanceState[instance] !== InstanceState.live) return;
    const free = pool.freeOf[instance];
    const group = this.group;
    const items = group.items;
    while (free.length > 0) {
      const item = group.peek(instance);
      if (this.requestsWaiting > 0 && (item < 0 || items.availableTime[item] > this.sync.queue.front().arriveTime)) {
        this.sync.startNext(instance);
        continue;
      }
      if (item < 0) return;
      group.take(instance, item);
      if (this.idempotent && items.seq[item] <= this.projection.highest[items.key[item]]) this.skip(item);
      else this.start(item, instance);
    }
  }

  /** After a key lock is released, other instances may hold events of that key. */
  private dispatchOthers(instance: number): void {
    const free = this.pool.freeOf;
    for (let i = 0; i < free.length; i++) {
      if (i !== instance && this.group.hasWork(i) && free[i].length > 0) this.dispatch(i);
    }
  }

  /** Lets every live instance start what it can. */
  dispatchAll(): void {
    for (let i = 0; i < this.pool.instanceState.length; i++) this.dispatch(i);
  }
}
