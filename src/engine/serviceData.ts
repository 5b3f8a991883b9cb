// What a service's database and the schema versions it reads add to it, kept out of service.ts:
// applying those settings, finishing a row write, and failing an event it cannot read.
import type { ServiceConfig } from '../model/types';
import { configureDatabase } from './database';
import type { Random } from './random';
import { configureReader, type SchemaReader } from './schemaReader';
import type { Service } from './service';

export type { Database } from './database';
export type { SchemaReader } from './schemaReader';

/** Applies a service's `database`, `reads` and `upcast` (after its other settings). */
export function configureServiceData(service: Service, config: ServiceConfig, rng: Random): void {
  // A database remembers what was applied: an event delivered again after its row is committed is skipped.
  if (config.database !== undefined) service.idempotent = true;
  service.database = configureDatabase(service, config.database, rng);
  service.reader = configureReader(service.reader, config.reads, config.upcast === true);
}

/** A row write ended: the event goes on to be published, unless a crash rolled the write back. */
export function onRowWritten(service: Service, w: number, epoch: number): void {
  if (service.database !== null && service.database.endWrite(w, epoch)) service.succeed(service.pool.workerJob[w], w);
}

/** Whether the event is of a schema version the service cannot read; if so its attempt failed. */
export function refusesUnreadable(service: Service, reader: SchemaReader, item: number, w: number): boolean {
  const kernel = service.kernel;
  const items = service.group.items;
  const problem = reader.problem(kernel.schemas, items.type[item]);
  if (problem === null) return false;
  reader.unreadable++;
  const key = items.key[item];
  if (kernel.journeys.isTraced(key)) kernel.journeys.step(items.messageId[item], key, items.seq[item], kernel.eventTypes[items.type[item]], kernel.now, service.id, 'unreadable', problem);
  service.failAttempt(item, w);
  return true;
}
