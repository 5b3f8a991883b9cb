// The outbox relay of a service with `publish: outbox`. It runs on the service's first live
// instance: every `pollMs` it reads the outbox, publishes every waiting row, then marks them sent
// (a database write). A crash of its instance before the mark is written leaves those rows
// waiting: the next poll publishes them again (duplicates, counted). Nothing committed is lost;
// with no live instance, rows wait in the outbox until one is back.
import type { Database } from './database';
import { EventKind } from './eventKinds';
import { RowState } from './rowLog';

/** The relay's state: plain numbers, so the engine can be copied. */
export interface OutboxRelay {
  /** Bumped when the relay restarts; its scheduled events of an older epoch are stale. */
  epoch: number;
  /** The instance it runs on (-1: none is live). */
  instance: number;
  /** The end (exclusive, an index of the outbox) of the batch published but not yet marked; -1: none. */
  batchEnd: number;
  polls: number;
}

/** A relay that has not polled yet. */
export function newOutboxRelay(): OutboxRelay {
  return { epoch: 0, instance: -1, batchEnd: -1, polls: 0 };
}

/** The relay polls: every waiting row is published, then marked sent after a write. */
export function onRelayPoll(db: Database, epoch: number): void {
  const relay = db.relay;
  if (epoch !== relay.epoch) return;
  const kernel = db.service.kernel;
  const live = db.service.pool.liveInstances();
  if (live.length === 0) {
    relay.instance = -1;
    db.scheduleRelay(kernel.now + db.config.pollMs);
    return;
  }
  relay.instance = live[0];
  relay.polls++;
  const rows = db.rows;
  rows.compact();
  const end = rows.entries.length;
  let sent = 0;
  for (let i = rows.head; i < end; i++) {
    const entry = rows.entries[i];
    if (entry.state !== RowState.waiting) continue;
    entry.state = RowState.relaying;
    db.send(entry, 'published', `by the outbox relay on instance ${relay.instance}, ${kernel.now - entry.at} ms after the commit`);
    sent++;
  }
  if (sent === 0) {
    db.scheduleRelay(kernel.now + db.config.pollMs);
    return;
  }
  relay.batchEnd = end;
  kernel.at(kernel.now + db.sampleWrite(), EventKind.relayMarked, db.service.index, end, relay.epoch);
}

/** The relay wrote that the batch was sent: those rows are done; it sleeps until the next poll. */
export function onRelayMarked(db: Database, end: number, epoch: number): void {
  const relay = db.relay;
  if (epoch !== relay.epoch) return;
  // One batch is out at a time, and the outbox is not compacted while it is: the batch is every
  // row being relayed, all before `end`.
  const rows = db.rows;
  for (let i = rows.head; i < end; i++) if (rows.entries[i].state === RowState.relaying) rows.entries[i].state = RowState.done;
  rows.compact();
  relay.batchEnd = -1;
  db.scheduleRelay(db.service.kernel.now + db.config.pollMs);
}

/** The relay's instance crashed: a batch not yet marked sent waits again; the relay restarts. */
export function onRelayCrash(db: Database, instance: number): void {
  const relay = db.relay;
  if (relay.instance !== instance) return;
  relay.epoch++;
  relay.instance = -1;
  relay.batchEnd = -1;
  for (const entry of db.rows.entries) if (entry.state === RowState.relaying) entry.state = RowState.waiting;
  db.scheduleRelay(db.service.kernel.now + db.config.pollMs);
}
