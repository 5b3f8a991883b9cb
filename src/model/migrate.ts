// Older document formats are brought up to `eventscape/1` here, one step at a time, before
// `restore` checks them. Each migration receives untrusted input and must build a fresh object.
import { describeValue, isRecord, own, type Raw } from './fields';
import { FORMAT } from './types';

/** One step from an older format to a newer one. */
export interface Migration {
  from: string;
  to: string;
  migrate(doc: Raw): Raw;
}

/** Every migration Eventscape knows. `eventscape/1` is the first format, so none yet. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult = { ok: true; document: Raw; steps: string[] } | { ok: false; error: string };

/** The formats this version reads: the current one and every one a migration starts from. */
export function knownFormats(migrations: readonly Migration[] = MIGRATIONS): string[] {
  return [FORMAT, ...migrations.map((migration) => migration.from)];
}

/** Bring a document to the current format, or say why it cannot be. */
export function migrate(doc: Raw, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  let current = doc;
  const steps: string[] = [];
  // Each migration may run once: a registry with a loop cannot hang the app.
  for (let step = 0; step <= migrations.length; step++) {
    const format = own(current, 'format');
    if (format === FORMAT) return { ok: true, document: current, steps };
    if (format === undefined) {
      return { ok: false, error: `format: missing; an Eventscape document starts with "format": "${FORMAT}"` };
    }
    const migration = migrations.find((candidate) => candidate.from === format);
    if (!migration) {
      return { ok: false, error: `format: ${describeValue(format)} is not a format this version of Eventscape reads (it reads ${knownFormats(migrations).join(', ')})` };
    }
    const next = migration.migrate(current);
    if (!isRecord(next)) return { ok: false, error: `format: the migration from ${migration.from} did not give a document` };
    steps.push(`${migration.from} → ${migration.to}`);
    current = next;
  }
  return { ok: false, error: 'format: the migrations between formats form a loop' };
}
