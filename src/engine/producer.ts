// A producer: a source of events (facts). Each arrival picks a key (uniform or Zipf-skewed),
// gives it the key's next sequence number and the event type of that step of the key's
// lifecycle, updates the truth of every service downstream, and publishes it on every publish
// edge. When a topic is full under `block` the producer holds events, up to `maxPending`.
import { versionedType } from '../model/schema';
import type { ProducerConfig } from '../model/types';
import { nextArrival } from './arrivals';
import { EventKind } from './eventKinds';
import type { Kernel } from './kernel';
import { KeySampler } from './keySampler';
import type { Projection } from './projection';
import type { HoldPolicy, PublishLink } from './publishLink';
import type { Random } from './random';

/** A producer's runtime state and counters. */
export class Producer implements HoldPolicy {
  produced = 0;
  dropped = 0;
  blocked = 0;
  pending = 0;
  links: PublishLink[] = [];
  /** Read models whose truth this producer's events define. */
  downstream: Projection[] = [];
  config!: ProducerConfig;
  rate = 0;
  private keys!: KeySampler;
  private seqOf!: Int32Array;
  private types: number[] = [];
  private epoch = 0;
  /** The schema version it writes (1 without a schema). */
  version = 1;
  /** Deploys of a new version the schema registry refused, and why the last one was. */
  deploysRefused = 0;
  schemaError = '';

  constructor(
    readonly id: string,
    readonly index: number,
    private readonly kernel: Kernel,
    private readonly rng: Random,
    config: ProducerConfig,
  ) {
    this.configure(config);
  }

  /** Applies a (new) config; sequence numbers of existing keys carry on. */
  configure(config: ProducerConfig): void {
    const old = this.config;
    this.config = config;
    if (!old || old.keys !== config.keys || old.keySkew !== config.keySkew) this.keys = new KeySampler(config.keys, config.keySkew);
    if (!this.seqOf || this.seqOf.length < config.keys) {
      const seqOf = new Int32Array(config.keys);
      if (this.seqOf) seqOf.set(this.seqOf);
      this.seqOf = seqOf;
    }
    if (!old || old.schema?.version !== config.schema?.version) this.version = config.schema?.version ?? 1;
    this.types = config.eventTypes.map((t) => this.kernel.eventTypes.indexOf(versionedType(t, this.version)));
    if (!old || old.rate !== config.rate || old.arrival !== config.arrival || JSON.stringify(old.burst) !== JSON.stringify(config.burst)) {
      this.setRate(config.rate);
    }
  }

  /** Writes schema version `version` from now on (a deploy). */
  deploy(version: number): void {
    this.version = version;
    this.types = this.config.eventTypes.map((t) => this.kernel.eventTypes.indexOf(versionedType(t, version)));
  }

  /** Changes the rate from now on (a `rate` fault, or an edit). */
  setRate(rate: number): void {
    this.rate = rate;
    this.schedule(this.kernel.now);
  }

  /** Stops producing (the producer was removed). */
  stop(): void {
    this.epoch++;
  }

  /** The arrival scheduled under `epoch` is due. */
  onArrival(epoch: number): void {
    if (epoch !== this.epoch) return;
    this.produce();
    const config = this.config;
    const next = nextArrival(this.rng, this.kernel.now, config.arrival, this.rate, config.burst);
    if (next !== Infinity) this.kernel.at(next, EventKind.arrival, this.index, 0, this.epoch);
  }

  /** Produces one event now. */
  produce(): void {
    const kernel = this.kernel;
    const key = this.keys.next(this.rng);
    const seq = ++this.seqOf[key];
    const types = this.types;
    const type = types.length === 1 ? types[0] : types[(seq - 1) % types.length];
    const messageId = kernel.messageId();
    this.produced++;
    const downstream = this.downstream;
    for (let i = 0; i < downstream.length; i++) downstream[i].produced(key, seq);
    if (kernel.journeys.isTraced(key)) kernel.journeys.step(messageId, key, seq, kernel.eventTypes[type], kernel.now, this.id, 'produced', `sequence ${seq}`);
    const links = this.links;
    for (let i = 0; i < links.length; i++) links[i].send(key, seq, type, kernel.now, messageId, 0);
  }

  /** The newest sequence number produced for `key` (0: none). */
  seqOfKey(key: number): number {
    return key < this.seqOf.length ? this.seqOf[key] : 0;
  }

  mayHold(): boolean {
    return this.config.onFull === 'block' && this.pending < this.config.maxPending;
  }

  onHeld(): void {
    this.blocked++;
    this.pending++;
  }

  onReleased(): void {
    this.pending--;
  }

  onDropped(): void {
    this.dropped++;
  }

  private schedule(from: number): void {
    this.epoch++;
    const next = nextArrival(this.rng, from, this.config.arrival, this.rate, this.config.burst);
    if (next !== Infinity) this.kernel.at(next, EventKind.arrival, this.index, 0, this.epoch);
  }
}
