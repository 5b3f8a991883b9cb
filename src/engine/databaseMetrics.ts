// The metrics of databases and schemas, added to a node's snapshot only when it uses them, so
// the snapshot of a document without them is what it always was.
import type { DatabaseMetrics, ProducerMetrics, ServiceMetrics } from './api';
import type { Database } from './database';
import type { Producer } from './producer';
import { RowState } from './rowLog';
import type { Service } from './service';

/** A database's counters now. */
export function databaseMetrics(db: Database, now: number): DatabaseMetrics {
  let waiting = 0;
  let oldest = -1;
  const rows = db.rows;
  for (let i = rows.head; i < rows.entries.length; i++) {
    const entry = rows.entries[i];
    if (entry.state === RowState.done) continue;
    waiting++;
    if (oldest < 0) oldest = entry.at;
  }
  const outbox = db.config.publish === 'outbox';
  return {
    publish: db.config.publish,
    committed: db.committed,
    published: db.published,
    lost: db.lost,
    phantoms: db.phantoms,
    duplicates: db.duplicates,
    unpublished: db.unpublished,
    waiting,
    oldestWaitingMs: oldest < 0 ? 0 : now - oldest,
    rolledBack: db.rolledBack,
    lastLostKey: db.lastLostKey,
    relay: outbox ? (db.service.pool.liveInstances().length > 0 ? 'running' : 'down') : null,
  };
}

/** The database and schema fields of a service's metrics (none when it uses neither). */
export function serviceExtras(service: Service, now: number): Pick<ServiceMetrics, 'database' | 'unreadable'> {
  const extras: Pick<ServiceMetrics, 'database' | 'unreadable'> = {};
  if (service.database !== null) extras.database = databaseMetrics(service.database, now);
  if (service.reader !== null) extras.unreadable = service.reader.unreadable;
  return extras;
}

/** The schema fields of a producer's metrics (none without a schema). */
export function producerExtras(producer: Producer): Pick<ProducerMetrics, 'schemaVersion' | 'deploysRefused' | 'schemaError'> {
  if (producer.config.schema === undefined) return {};
  return { schemaVersion: producer.version, deploysRefused: producer.deploysRefused, schemaError: producer.schemaError };
}
