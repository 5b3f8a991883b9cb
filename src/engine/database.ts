// A service's database. A worker that finished an event writes its row (the write takes a draw
// from `write`; the worker stays busy) and commits; then what the service publishes leaves by
// the chosen path: `direct` puts it in the instance's send buffer for `lingerMs` (a crash in that
// window loses it: the row is committed, the event is never published), `outbox` writes an outbox
// entry in the same transaction for the relay (outboxRelay.ts), `cdc` leaves it in the database log
// for the tailer (changeTailer.ts). A crash during the write rolls the row back: the event is
// delivered again. Every commit is numbered, and each publish of it counted, so the counters
// (lost, duplicates, rows not in the log) are exact.
import type { DatabaseConfig } from '../model/types';
import { MessageFlag } from './api';
import { changeTailerStep } from './changeTailer';
import { compileDistribution, sample, type Sampler } from './distribution';
import { EventKind } from './eventKinds';
import { grownFloat64, grownInt32, grownUint8 } from './growable';
import { newOutboxRelay, onRelayCrash, onRelayMarked, onRelayPoll, type OutboxRelay } from './outboxRelay';
import type { Random } from './random';
import { RowLog, RowState, type RowEntry } from './rowLog';
import type { Service } from './service';

/** A service's database and the counters of what reached its topics. */
export class Database {
  config: DatabaseConfig;
  write: Sampler;
  /** Direct: rows in the instances' send buffers; outbox: the outbox table; cdc: the database log. */
  readonly rows = new RowLog();
  readonly relay: OutboxRelay;
  /** Workers writing a row now. */
  readonly writing = new Set<number>();
  /** Publish-first: per writing worker, the event it already sent for the row it is writing. */
  readonly early = new Map<number, RowEntry>();
  /** The worker whose write just committed (its event goes on to be published). */
  private written = -1;
  /** The worker whose work ended last (a request's row is committed by it). */
  worker = -1;

  committed = 0;
  published = 0;
  lost = 0;
  duplicates = 0;
  rolledBack = 0;
  phantoms = 0;
  /** The key of the newest lost row (-1: none), so a person can trace it. */
  lastLostKey = -1;
  /** Per commit: its key, sequence number, time, instance and how often it was published. */
  commitKey = new Int32Array(64);
  commitSeq = new Int32Array(64);
  commitTime = new Float64Array(64);
  commitInstance = new Int32Array(64);
  publishCount = new Uint8Array(64);

  constructor(
    readonly service: Service,
    config: DatabaseConfig,
    private readonly rng: Random,
  ) {
    this.config = config;
    this.write = compileDistribution(config.write);
    this.relay = newOutboxRelay();
    if (config.publish === 'outbox') this.scheduleRelay(service.kernel.now + config.pollMs);
  }

  /** Applies new settings; rows waiting for a path that is no longer chosen are published now. */
  configure(config: DatabaseConfig): void {
    const old = this.config;
    this.config = config;
    this.write = compileDistribution(config.write);
    if (old.publish === config.publish) return;
    for (const entry of this.rows.entries) if (entry.state !== RowState.done) this.sendDone(entry, 'published', `${config.publish} chosen instead of ${old.publish}`);
    this.rows.compact();
    this.relay.epoch++;
    this.relay.batchEnd = -1;
    if (config.publish === 'outbox') this.scheduleRelay(this.service.kernel.now + config.pollMs);
  }

  /** Starts the row write of a finished event, unless worker `w` just committed it; true: wait. */
  beginWrite(w: number): boolean {
    if (this.written === w) {
      this.written = -1;
      return false;
    }
    const service = this.service;
    const kernel = service.kernel;
    this.writing.add(w);
    if (this.config.publish === 'direct' && this.config.order === 'publish-first') this.publishEarly(w);
    kernel.at(kernel.now + sample(this.write, this.rng), EventKind.databaseWrite, service.index, w, service.pool.workerEpoch[w]);
    return true;
  }

  /**
   * A row write ended: true when it commits (the service then goes on with the event), false when
   * the worker's instance crashed meanwhile (rolled back).
   */
  endWrite(w: number, epoch: number): boolean {
    if (this.service.pool.workerEpoch[w] !== epoch || !this.writing.has(w)) return false;
    this.writing.delete(w);
    this.written = w;
    this.worker = w;
    return true;
  }

  /** What the service publishes after handling (`key`, `seq`) is committed with its row. */
  commit(key: number, seq: number, sourceTime: number, fromMessage: number, flags: number): void {
    const service = this.service;
    const kernel = service.kernel;
    const commit = this.committed++;
    this.record(commit, key, seq);
    const instance = this.worker >= 0 ? service.pool.workerInstance[this.worker] : 0;
    const early = this.worker >= 0 ? this.early.get(this.worker) : undefined;
    if (early !== undefined) {
      this.early.delete(this.worker);
      early.commit = commit;
      this.publishCount[commit] = 1;
      this.published++;
      if (kernel.journeys.isTraced(key)) this.step(early, 'committed', 'row written; its event was already published');
      return;
    }
    const messageId = kernel.messageId();
    const entry: RowEntry = { commit, key, seq, sourceTime, messageId, flags, at: kernel.now, instance, state: RowState.waiting };
    const mode = this.config.publish;
    if (kernel.journeys.isTraced(key)) {
      const where = mode === 'direct' ? `in the send buffer of instance ${instance} for ${this.config.lingerMs} ms` : mode === 'outbox' ? 'with its outbox entry, for the relay' : 'in the database log, for the tailer';
      this.step(entry, 'committed', `row written after message ${fromMessage}; ${where}`);
    }
    if (mode === 'direct' && this.config.lingerMs === 0) {
      this.send(entry, 'published', 'right after the commit');
      return;
    }
    this.rows.push(entry);
    if (mode === 'direct') kernel.at(kernel.now + this.config.lingerMs, EventKind.sendBuffer, service.index, 0, 0);
    else if (mode === 'cdc' && this.rows.front() === entry) kernel.at(kernel.now + this.config.tailMs, EventKind.changeTail, service.index, 0, 0);
  }

  /** Direct: send buffers whose linger is over go out. */
  onSendBuffer(): void {
    const now = this.service.kernel.now;
    const rows = this.rows;
    for (let entry = rows.front(); entry !== null && entry.at + this.config.lingerMs <= now; entry = rows.front()) {
      this.sendDone(entry, 'published', `from the send buffer of instance ${entry.instance}`);
    }
  }

  /** Handles the database's own engine events. */
  onEvent(kind: number, arg: number, gen: number): void {
    if (kind === EventKind.sendBuffer) this.onSendBuffer();
    else if (kind === EventKind.relayPoll) onRelayPoll(this, gen);
    else if (kind === EventKind.relayMarked) onRelayMarked(this, arg, gen);
    else if (kind === EventKind.changeTail) changeTailerStep(this);
  }

  /** Instance `instance` crashed: its writes roll back, its send buffer is lost, its relay stops. */
  onCrash(instance: number): void {
    const service = this.service;
    for (const w of [...this.writing]) {
      if (service.pool.workerInstance[w] !== instance) continue;
      this.writing.delete(w);
      this.rolledBack++;
      const early = this.early.get(w);
      if (early === undefined) continue;
      this.early.delete(w);
      this.phantoms++;
      if (service.kernel.journeys.isTraced(early.key)) this.step(early, 'phantom', `instance ${instance} crashed before the commit: the row was rolled back, its event is already out`);
    }
    if (this.config.publish === 'direct') {
      for (const entry of this.rows.entries) {
        if (entry.state !== RowState.waiting || entry.instance !== instance) continue;
        entry.state = RowState.done;
        this.lost++;
        this.lastLostKey = entry.key;
        this.recordLost(entry, instance);
      }
      this.rows.compact();
    }
    if (this.config.publish === 'outbox') onRelayCrash(this, instance);
  }

  /** Instance `instance` stops gracefully: its send buffer goes out first. */
  onStop(instance: number): void {
    if (this.config.publish !== 'direct') return;
    for (const entry of this.rows.entries) if (entry.state === RowState.waiting && entry.instance === instance) this.sendDone(entry, 'published', 'flushed as the instance stopped');
    this.rows.compact();
  }

  /** Publishes a committed row and marks it done. */
  sendDone(entry: RowEntry, what: string, detail: string): void {
    entry.state = RowState.done;
    this.send(entry, what, detail);
  }

  /** Publishes a committed row on every publish edge of the service (again, if it was before). */
  send(entry: RowEntry, what: string, detail: string): void {
    const service = this.service;
    const times = this.publishCount[entry.commit];
    if (times === 0) this.published++;
    else this.duplicates++;
    if (times < 255) this.publishCount[entry.commit] = times + 1;
    const flags = times > 0 ? entry.flags | MessageFlag.duplicate : entry.flags;
    if (service.kernel.journeys.isTraced(entry.key)) this.step(entry, times > 0 ? 'published again' : what, detail);
    const links = service.publishLinks;
    for (let i = 0; i < links.length; i++) links[i].send(entry.key, entry.seq, service.publishType, entry.sourceTime, entry.messageId, flags);
  }

  /** Rows committed but not (yet, or ever) published: how far the database is ahead of the log. */
  get unpublished(): number {
    return this.committed - this.published;
  }

  /** Publish-first: the event of the row worker `w` starts writing goes out now, before the commit. */
  private publishEarly(w: number): void {
    const service = this.service;
    const items = service.group.items;
    const item = service.pool.workerJob[w];
    const kernel = service.kernel;
    const entry: RowEntry = {
      commit: -1,
      key: items.key[item],
      seq: items.seq[item],
      sourceTime: items.sourceTime[item],
      messageId: kernel.messageId(),
      flags: 0,
      at: kernel.now,
      instance: service.pool.workerInstance[w],
      state: RowState.done,
    };
    this.early.set(w, entry);
    if (kernel.journeys.isTraced(entry.key)) this.step(entry, 'published', 'before the commit (publish-first)');
    const links = service.publishLinks;
    for (let i = 0; i < links.length; i++) links[i].send(entry.key, entry.seq, service.publishType, entry.sourceTime, entry.messageId, 0);
  }

  /** A draw of the write time (the relay marking rows sent is a write too). */
  sampleWrite(): number {
    return sample(this.write, this.rng);
  }

  /** Schedules the relay's next poll. */
  scheduleRelay(at: number): void {
    this.service.kernel.at(at, EventKind.relayPoll, this.service.index, 0, this.relay.epoch);
  }

  /**
   * A lost row's journey is recorded even when its key is not traced: afterwards nothing holds the
   * event, so this is the only place a trace can find where it stopped.
   */
  private recordLost(entry: RowEntry, instance: number): void {
    const kernel = this.service.kernel;
    if (!kernel.journeys.isTraced(entry.key)) {
      const type = kernel.eventTypes[this.service.publishType];
      kernel.journeys.step(entry.messageId, entry.key, entry.seq, type, entry.at, this.service.id, 'committed', `row written; in the send buffer of instance ${instance} for ${this.config.lingerMs} ms`);
    }
    this.step(entry, 'lost', `instance ${instance} crashed before its send buffer went out: the row is committed, the event was never published`);
  }

  /** Records a step of a row's journey. */
  step(entry: RowEntry, what: string, detail: string): void {
    const kernel = this.service.kernel;
    kernel.journeys.step(entry.messageId, entry.key, entry.seq, kernel.eventTypes[this.service.publishType], kernel.now, this.service.id, what, detail);
  }

  private record(commit: number, key: number, seq: number): void {
    if (commit >= this.commitKey.length) {
      const length = this.commitKey.length * 2;
      this.commitKey = grownInt32(this.commitKey, length);
      this.commitSeq = grownInt32(this.commitSeq, length);
      this.commitTime = grownFloat64(this.commitTime, length);
      this.commitInstance = grownInt32(this.commitInstance, length);
      this.publishCount = grownUint8(this.publishCount, length);
    }
    this.commitKey[commit] = key;
    this.commitSeq[commit] = seq;
    this.commitTime[commit] = this.service.kernel.now;
    this.commitInstance[commit] = this.worker >= 0 ? this.service.pool.workerInstance[this.worker] : 0;
  }
}

/** A service's database after a config change: created, reconfigured, or gone (null). */
export function configureDatabase(service: Service, config: DatabaseConfig | undefined, rng: Random): Database | null {
  if (config === undefined) return null;
  if (service.database === null) return new Database(service, config, rng);
  service.database.configure(config);
  return service.database;
}
