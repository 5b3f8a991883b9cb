// The database and schema figures in `npm run sim`: extra JSON fields on the services and
// producers that use them, and two extra tables. Documents without them print as before.
import type { MetricsSnapshot, ProducerMetrics, ServiceMetrics } from '../engine/api';

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

/** A service's database and schema fields for the JSON output (empty without them). */
export function serviceExtrasJson(m: Pick<ServiceMetrics, 'database' | 'unreadable'>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  if (m.unreadable !== undefined) out.unreadable = m.unreadable;
  const db = m.database;
  if (db) {
    out.database = {
      publish: db.publish,
      committed: db.committed,
      published: db.published,
      lost: db.lost,
      phantoms: db.phantoms,
      duplicates: db.duplicates,
      unpublished: db.unpublished,
      waiting: db.waiting,
      rolledBack: db.rolledBack,
    };
  }
  return out;
}

/** A producer's schema fields for the JSON output (empty without a schema). */
export function producerExtrasJson(m: ProducerMetrics): { [key: string]: Json } {
  if (m.schemaVersion === undefined) return {};
  return { schemaVersion: m.schemaVersion, deploysRefused: m.deploysRefused ?? 0, schemaError: m.schemaError ?? '' };
}

/** Rows for the database table: one per service with a database. */
export function databaseRows(snapshot: MetricsSnapshot): string[][] {
  const rows: string[][] = [];
  for (const [id, m] of Object.entries(snapshot.nodes)) {
    if (m.kind !== 'service' || !m.database) continue;
    const db = m.database;
    rows.push([id, db.publish, ...[db.committed, db.published, db.lost, db.phantoms, db.duplicates, db.unpublished, db.waiting, db.rolledBack].map((n) => n.toLocaleString('en-US'))]);
  }
  return rows;
}

/** The header of the database table. */
export const DATABASE_HEADER = ['database', 'publish', 'committed', 'published', 'lost', 'phantoms', 'duplicates', 'not in log', 'waiting', 'rolled back'];

/** Rows for the schema table: producers with a schema and services that declare what they read. */
export function schemaRows(snapshot: MetricsSnapshot): string[][] {
  const rows: string[][] = [];
  for (const [id, m] of Object.entries(snapshot.nodes)) {
    if (m.kind === 'producer' && m.schemaVersion !== undefined) rows.push([id, `writes v${m.schemaVersion}`, String(m.deploysRefused ?? 0), m.schemaError || '-']);
    if (m.kind === 'service' && m.unreadable !== undefined) rows.push([id, 'reads', '-', `${m.unreadable.toLocaleString('en-US')} attempts failed on a version it cannot read`]);
  }
  return rows;
}

/** The header of the schema table. */
export const SCHEMA_HEADER = ['schema', 'version', 'deploys refused', 'error'];
