// A processor's stream application: what happens to an event once a worker has processed it. The
// pipeline runs its operators in order: `filter` and `map` are stateless; a `join` and an
// `aggregate` keep state in stores bounded by their windows. Event time is the time the event
// happened at its producer; the watermark is the highest event time seen minus
// `allowedLatenessMs`, and never goes back. Every record entering the pipeline (an input, or a
// stream–stream join result) ends as exactly one of: filtered, late, a table update, or accepted
// (it reached the end, an aggregate or a join buffer), so in + join results = filtered + late +
// table updates + accepted.
import type { Operator, ProcessorConfig } from '../../model/streamTypes';
import { MessageFlag } from '../api';
import type { Kernel } from '../kernel';
import type { PublishLink } from '../publishLink';
import { eventAmount, eventFraction } from './eventValue';
import { SessionStore } from './sessionStore';
import { StreamJoinStore } from './streamJoinStore';
import { TableStore } from './tableStore';
import { WindowStore } from './windowStore';

/** An unwindowed aggregate: one running value per key. */
export class KeyTally {
  readonly value = new Map<number, number>();
  readonly changed = new Map<number, number>();
}

/** The running stream application of one processor node. */
export class StreamProcessor {
  in = 0;
  out = 0;
  late = 0;
  filtered = 0;
  tableUpdates = 0;
  accepted = 0;
  repartitioned = 0;
  /** Late records sent to the side output. */
  lateSent = 0;
  maxEventTime = -Infinity;
  watermark = -Infinity;
  outLinks: PublishLink[] = [];
  lateLinks: PublishLink[] = [];

  config!: ProcessorConfig;
  operators: Operator[] = [];
  /** Per operator: the type index a map gives (-1 keeps), the types a filter keeps (null: every type). */
  private mapType: number[] = [];
  private filterTypes: (Set<number> | null)[] = [];
  windows: WindowStore | null = null;
  sessions: SessionStore | null = null;
  tally: KeyTally | null = null;
  table: TableStore | null = null;
  streamJoin: StreamJoinStore | null = null;
  /** The topic a join reads (its table or its other stream), '' without a join. */
  joinWith = '';
  private joinAt = -1;
  private sumAmounts = false;
  private nextSeq = 1;

  constructor(
    readonly id: string,
    private readonly kernel: Kernel,
    config: ProcessorConfig,
    /** The type index of aggregate and join results. */
    public outType: number,
  ) {
    this.configure(config, outType);
  }

  /** Applies a (new) config; a changed pipeline starts with empty state. */
  configure(config: ProcessorConfig, outType: number): void {
    const old = this.config;
    this.config = config;
    this.outType = outType;
    const types = this.kernel.eventTypes;
    this.mapType = config.operators.map((op) => (op.op === 'map' && op.type !== null ? types.indexOf(op.type) : -1));
    this.filterTypes = config.operators.map((op) => (op.op === 'filter' && op.types.length > 0 ? new Set(op.types.map((t) => types.indexOf(t))) : null));
    if (old && JSON.stringify(old.operators) === JSON.stringify(config.operators) && old.graceMs === config.graceMs && old.emit === config.emit) return;
    this.operators = config.operators;
    this.windows = null;
    this.sessions = null;
    this.tally = null;
    this.table = null;
    this.streamJoin = null;
    this.joinWith = '';
    this.joinAt = -1;
    const onUpdate = config.emit === 'on-update';
    config.operators.forEach((op, index) => {
      if (op.op === 'join') {
        this.joinWith = op.with;
        this.joinAt = index;
        if (op.as === 'table') this.table = new TableStore();
        else this.streamJoin = new StreamJoinStore(op.windowMs, config.graceMs);
      }
      if (op.op !== 'aggregate') return;
      this.sumAmounts = op.fn === 'sum';
      const w = op.window;
      if (w.kind === 'tumbling') this.windows = new WindowStore(w.size, w.size, config.graceMs, onUpdate);
      else if (w.kind === 'hopping') this.windows = new WindowStore(w.size, w.advance, config.graceMs, onUpdate);
      else if (w.kind === 'session') this.sessions = new SessionStore(w.gap, config.graceMs, onUpdate);
      else this.tally = new KeyTally();
    });
  }

  /** An event of topic `topic` was processed: the pipeline runs on it. */
  accept(topic: string, key: number, seq: number, type: number, t: number, messageId: number): void {
    this.in++;
    if (t > this.maxEventTime) {
      this.maxEventTime = t;
      this.watermark = t - this.config.allowedLatenessMs;
    }
    const now = this.kernel.now;
    if (topic === this.joinWith && this.joinAt >= 0) {
      if (this.table !== null) {
        this.tableUpdates++;
        this.table.update(key, t, now);
      } else this.run(this.joinAt, 1, key, seq, type, t, messageId);
    } else this.run(0, 0, key, seq, type, t, messageId);
    this.closeWindows();
  }

  /** Runs operators from `from` on one record; `side` 1 is an event of a stream join's `with` topic. */
  private run(from: number, side: number, key: number, seq: number, type: number, t: number, messageId: number): void {
    const ops = this.operators;
    const wm = this.watermark;
    const now = this.kernel.now;
    for (let i = from; i < ops.length; i++) {
      const op = ops[i];
      switch (op.op) {
        case 'filter': {
          const types = this.filterTypes[i];
          if ((types !== null && !types.has(type)) || (op.keep < 1 && eventFraction(key, seq) >= op.keep)) {
            this.filtered++;
            return;
          }
          break;
        }
        case 'map':
          if (this.mapType[i] >= 0) type = this.mapType[i];
          if (op.rekey !== null) {
            key %= op.rekey;
            this.repartitioned++;
          }
          break;
        case 'join':
          if (this.table !== null) {
            this.table.lookup(key, t, now);
            type = this.outType;
            break;
          }
          return this.joinStream(i, side, key, seq, type, t, messageId);
        case 'aggregate':
          return this.aggregate(key, seq, type, t, messageId, wm, now);
      }
    }
    this.accepted++;
    this.send(key, type, t, messageId, 0);
  }

  private joinStream(at: number, side: number, key: number, seq: number, type: number, t: number, messageId: number): void {
    const store = this.streamJoin as StreamJoinStore;
    if (store.isLate(t, this.watermark)) return this.onLate(key, seq, type, t, messageId);
    this.accepted++;
    store.add(side, key, t);
    const out = store.out;
    if (out.length === 0) return;
    const results = out.splice(0, out.length);
    for (let r = 0; r < results.length; r += 2) this.run(at + 1, 0, results[r], seq, this.outType, results[r + 1], this.kernel.messageId());
  }

  private aggregate(key: number, seq: number, type: number, t: number, messageId: number, wm: number, now: number): void {
    const v = this.sumAmounts ? eventAmount(key, seq) : 1;
    let missed = 0;
    if (this.windows !== null) missed = this.windows.add(key, t, v, wm, now);
    else if (this.sessions !== null) missed = this.sessions.add(key, t, v, wm, now);
    else {
      const tally = this.tally as KeyTally;
      const value = (tally.value.get(key) ?? 0) + v;
      tally.value.set(key, value);
      tally.changed.set(key, now);
      this.send(key, this.outType, t, messageId, 0);
    }
    if (missed > 0) this.onLate(key, seq, type, t, messageId);
    else this.accepted++;
    this.drain();
  }

  private onLate(key: number, seq: number, type: number, t: number, messageId: number): void {
    this.late++;
    if (this.kernel.journeys.isTraced(key)) {
      this.kernel.journeys.step(messageId, key, seq, this.kernel.eventTypes[type], this.kernel.now, this.id, 'late', `event time ${t} ms is behind the watermark ${this.watermark} ms`);
    }
    const links = this.lateLinks;
    if (this.config.late !== 'side-output' || links.length === 0) return;
    this.lateSent++;
    for (let i = 0; i < links.length; i++) links[i].send(key, seq, type, t, messageId, MessageFlag.late);
  }

  /** Whether an event at `t` would be late now (for marking its delivery on the canvas). */
  isLate(t: number): boolean {
    const wm = this.watermark;
    if (this.windows !== null) return this.windows.isLate(t, wm);
    if (this.sessions !== null) return this.sessions.isLate(t, wm);
    if (this.streamJoin !== null) return this.streamJoin.isLate(t, wm);
    return false;
  }

  private closeWindows(): void {
    const wm = this.watermark;
    if (this.windows !== null) this.windows.close(wm, this.kernel.now);
    else if (this.sessions !== null) this.sessions.close(wm, this.kernel.now);
    else if (this.streamJoin !== null) this.streamJoin.trim(wm);
    this.drain();
  }

  /** Sends the results the stores produced. */
  private drain(): void {
    const out = this.windows?.out ?? this.sessions?.out;
    if (!out || out.length === 0) return;
    for (let r = 0; r < out.length; r += 3) this.send(out[r], this.outType, out[r + 1], this.kernel.messageId(), 0);
    out.length = 0;
  }

  private send(key: number, type: number, t: number, messageId: number, flags: number): void {
    this.out++;
    const links = this.outLinks;
    const seq = this.nextSeq++;
    for (let i = 0; i < links.length; i++) links[i].send(key, seq, type, t, messageId, flags);
  }

  /** Open windows (or sessions) of the aggregate. */
  openWindows(): number {
    if (this.windows !== null) return this.windows.open.length;
    if (this.sessions !== null) return this.sessions.openWindows();
    return 0;
  }
}
