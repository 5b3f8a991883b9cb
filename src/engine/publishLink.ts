// A publish edge at run time: carries events from a producer or service to a topic, after the
// edge's latency. When the topic is full under `block`, the edge holds events in order (this is
// the publisher being blocked) and appends them as room frees; the publisher's policy decides
// how many it may hold and counts what it holds or drops.
import type { Kernel } from './kernel';
import { MessageQueue } from './messageQueue';
import type { Random } from './random';
import { sample, type Sampler } from './distribution';
import type { Topic } from './topic';
import type { Transit } from './transit';
import { EventKind } from './eventKinds';

/** What a publisher does when its topic is full. */
export interface HoldPolicy {
  /** Whether one more event may be held (else it is dropped). */
  mayHold(): boolean;
  onHeld(): void;
  onReleased(): void;
  onDropped(): void;
}

/**
 * A publisher that holds everything and counts nothing (a service publishing downstream). A class,
 * not an object of arrow functions: engine state holds no closure, so snapshots can copy it.
 */
class HoldAll implements HoldPolicy {
  mayHold(): boolean {
    return true;
  }
  onHeld(): void {}
  onReleased(): void {}
  onDropped(): void {}
}

/** The one hold-everything policy. */
export const HOLD_ALL: HoldPolicy = new HoldAll();

/** A publish or dead-letter edge in the running simulation. */
export class PublishLink {
  readonly pending = new MessageQueue();
  active = true;
  /** Zero latency: events reach the topic at once (no engine event). */
  instant: boolean;

  constructor(
    /** Index among the simulation's links (transit slots refer to it). */
    readonly index: number,
    public edgeIndex: number,
    readonly edgeId: string,
    readonly source: string,
    readonly topic: Topic,
    public latency: Sampler,
    private readonly rng: Random,
    private readonly kernel: Kernel,
    private readonly transit: Transit,
    public holder: HoldPolicy,
  ) {
    this.instant = latency.kind === 0 && latency.a === 0;
  }

  /** Changes the edge's latency. */
  setLatency(latency: Sampler): void {
    this.latency = latency;
    this.instant = latency.kind === 0 && latency.a === 0;
  }

  /** Sends an event along the edge now. */
  send(key: number, seq: number, type: number, sourceTime: number, messageId: number, flags: number): void {
    const kernel = this.kernel;
    const now = kernel.now;
    if (this.instant) {
      if (kernel.hops.enabled) kernel.hops.record(this.edgeIndex, now, type, flags, messageId, key);
      this.arrive(key, seq, type, sourceTime, now, messageId);
      return;
    }
    const t = this.transit;
    const slot = t.add(this.index);
    t.key[slot] = key;
    t.seq[slot] = seq;
    t.type[slot] = type;
    t.flags[slot] = flags;
    t.sourceTime[slot] = sourceTime;
    t.publishTime[slot] = now;
    t.messageId[slot] = messageId;
    const arrive = now + sample(this.latency, this.rng);
    t.arriveTime[slot] = arrive;
    kernel.at(arrive, EventKind.publishArrive, slot, 0, t.gen[slot]);
  }

  /** An event reaches the topic: appended, or held while the topic is full. */
  arrive(key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number): void {
    const topic = this.topic;
    if (!topic.blocks) {
      topic.append(key, seq, type, sourceTime, publishTime, messageId);
      return;
    }
    if (this.pending.size > 0 && !topic.isFull()) topic.onRoom();
    if (this.pending.size > 0 || topic.isFull()) {
      this.hold(key, seq, type, sourceTime, publishTime, messageId);
      return;
    }
    this.appendNow(key, seq, type, sourceTime, publishTime, messageId);
  }

  /** Appends the oldest held event (the topic has room). */
  releaseOne(): void {
    const q = this.pending;
    const s = q.front();
    const key = q.key[s];
    const seq = q.seq[s];
    const type = q.type[s];
    const sourceTime = q.sourceTime[s];
    const publishTime = q.publishTime[s];
    const messageId = q.messageId[s];
    q.shift();
    this.holder.onReleased();
    this.appendNow(key, seq, type, sourceTime, publishTime, messageId);
  }

  /** Drops what the edge holds (the edge was removed). */
  dropHeld(): void {
    while (this.pending.size > 0) {
      this.pending.shift();
      this.holder.onReleased();
      this.holder.onDropped();
    }
  }

  private hold(key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number): void {
    const journeys = this.kernel.journeys;
    if (!this.holder.mayHold()) {
      this.holder.onDropped();
      if (journeys.isTraced(key)) this.step(messageId, key, seq, type, 'dropped', `${this.topic.id} is full`);
      return;
    }
    this.pending.push(key, seq, type, sourceTime, publishTime, messageId, 0);
    this.holder.onHeld();
    if (this.pending.size === 1) this.topic.blockedLinks.push(this);
    if (journeys.isTraced(key)) this.step(messageId, key, seq, type, 'blocked', `${this.topic.id} is full`);
  }

  protected appendNow(key: number, seq: number, type: number, sourceTime: number, publishTime: number, messageId: number): void {
    this.topic.append(key, seq, type, sourceTime, publishTime, messageId);
  }

  private step(messageId: number, key: number, seq: number, type: number, what: string, detail: string): void {
    this.kernel.journeys.step(messageId, key, seq, this.kernel.eventTypes[type], this.kernel.now, this.source, what, detail);
  }
}
