// A client: a source of synchronous requests (users, an upstream system). Arrivals, keys and
// per-key sequence numbers work as for a producer. Each request goes along the client's call
// edges in step order, one after another, each with its edge's timeout and retries; it succeeds
// when every call succeeded and fails at the first call that failed for good. Its latency is what
// the user waited: from the first attempt to the final answer, whether success or failure.
import type { ClientConfig } from '../model/types';
import { nextArrival } from './arrivals';
import type { CallJob, CallLink, CallOwner, Calls } from './calls';
import { EventKind } from './eventKinds';
import { Histogram } from './histogram';
import type { Kernel } from './kernel';
import { KeySampler } from './keySampler';
import type { Projection } from './projection';
import type { Random } from './random';

/** A client's runtime state and counters. */
export class Client implements CallOwner {
  requests = 0;
  succeeded = 0;
  failed = 0;
  timedOut = 0;
  attempts = 0;
  /** Requests sent and not answered yet. */
  open = 0;
  readonly latency = new Histogram();
  /** The client's calls in step order. */
  links: CallLink[] = [];
  /** Read models whose truth this client's requests define. */
  downstream: Projection[] = [];
  config!: ClientConfig;
  rate = 0;
  /** Event type index of requests (for the animation and journeys). */
  requestType = 0;
  private keys!: KeySampler;
  private seqOf = new Int32Array(0);
  private epoch = 0;
  private stopped = false;

  constructor(
    readonly id: string,
    readonly index: number,
    private readonly kernel: Kernel,
    private readonly rng: Random,
    private readonly calls: Calls,
    config: ClientConfig,
  ) {
    this.configure(config);
  }

  /** Applies a (new) config; sequence numbers of existing keys carry on. */
  configure(config: ClientConfig): void {
    const old = this.config;
    this.config = config;
    if (!old || old.keys !== config.keys || old.keySkew !== config.keySkew) this.keys = new KeySampler(config.keys, config.keySkew);
    if (this.seqOf.length < config.keys) {
      const seqOf = new Int32Array(config.keys);
      seqOf.set(this.seqOf);
      this.seqOf = seqOf;
    }
    if (!old || old.rate !== config.rate || old.arrival !== config.arrival || JSON.stringify(old.burst) !== JSON.stringify(config.burst)) {
      this.setRate(config.rate);
    }
  }

  /** Changes the rate from now on (a `rate` fault, or an edit). */
  setRate(rate: number): void {
    this.rate = rate;
    this.epoch++;
    const next = nextArrival(this.rng, this.kernel.now, this.config.arrival, rate, this.config.burst);
    if (next !== Infinity) this.kernel.at(next, EventKind.clientArrival, this.index, 0, this.epoch);
  }

  /** Stops for good (the client was removed): no new requests, open ones are forgotten. */
  stop(): void {
    this.epoch++;
    this.stopped = true;
  }

  /** The arrival scheduled under `epoch` is due. */
  onArrival(epoch: number): void {
    if (epoch !== this.epoch) return;
    this.request();
    const next = nextArrival(this.rng, this.kernel.now, this.config.arrival, this.rate, this.config.burst);
    if (next !== Infinity) this.kernel.at(next, EventKind.clientArrival, this.index, 0, this.epoch);
  }

  /** Sends one request now. */
  request(): void {
    const kernel = this.kernel;
    const now = kernel.now;
    const key = this.keys.next(this.rng);
    const seq = ++this.seqOf[key];
    const messageId = kernel.messageId();
    this.requests++;
    const downstream = this.downstream;
    for (let i = 0; i < downstream.length; i++) downstream[i].produced(key, seq);
    if (kernel.journeys.isTraced(key)) kernel.journeys.step(messageId, key, seq, kernel.eventTypes[this.requestType], now, this.id, 'requested', `sequence ${seq}`);
    if (this.links.length === 0) {
      // Nobody to call: the request is answered at once.
      this.succeeded++;
      this.latency.add(0);
      return;
    }
    this.open++;
    this.calls.start(this.calls.job(this, this.links, false, -1, 0, key, seq, this.requestType, now, messageId, now));
  }

  /** The newest sequence number sent for `key` (0: none). */
  seqOfKey(key: number): number {
    return key < this.seqOf.length ? this.seqOf[key] : 0;
  }

  holds(): boolean {
    return !this.stopped;
  }

  onAttempt(): void {
    this.attempts++;
  }

  onTimedOut(): void {
    this.timedOut++;
  }

  onLost(): void {}

  onCallsDone(job: CallJob, ok: boolean): void {
    this.open--;
    if (ok) this.succeeded++;
    else this.failed++;
    this.latency.add(this.kernel.now - job.started);
    const kernel = this.kernel;
    if (kernel.journeys.isTraced(job.key)) kernel.journeys.step(job.messageId, job.key, job.seq, kernel.eventTypes[job.type], kernel.now, this.id, ok ? 'succeeded' : 'failed', `after ${Math.round(kernel.now - job.started)} ms`);
  }
}
