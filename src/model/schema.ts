// Event schemas: a producer's versions and which of them a consumer can read. Version n + 1
// differs from version n by one change; whether a reader of one version can read an event
// written in another follows from the changes in between, as a schema registry judges it:
// adding an optional field breaks nobody; adding a required field breaks new readers of old
// events (forward compatible only); removing a field breaks old readers of new events (backward
// compatible only); renaming breaks both.
import {
  checkKeys,
  describeValue,
  expectRecord,
  fieldPath,
  itemPath,
  own,
  readNumber,
  type NumberRule,
} from './fields';
import { LIMITS } from './limits';
import type { Report } from './report';
import { SCHEMA_CHANGES, type Compatibility, type SchemaChange, type SchemaConfig } from './types';

const VERSION: NumberRule = { min: 1, max: LIMITS.schemaVersions, integer: true };

/** Whether a reader of the new version can still read events of the old (backward compatible). */
const NEW_READS_OLD: { readonly [C in SchemaChange]: boolean } = {
  'add-optional-field': true,
  'add-field': false,
  'remove-field': true,
  'rename-field': false,
};

/** Whether a reader of the old version can read events of the new (forward compatible). */
const OLD_READS_NEW: { readonly [C in SchemaChange]: boolean } = {
  'add-optional-field': true,
  'add-field': true,
  'remove-field': false,
  'rename-field': false,
};

/** A producer's `schema` at `path`: null when missing or null. */
export function readSchema(value: unknown, path: string, report: Report): SchemaConfig | null {
  if (value === undefined || value === null) return null;
  const obj = expectRecord(value, path, report);
  if (!obj) return null;
  checkKeys(obj, ['version', 'changes'], path, report);
  const changes = readChanges(own(obj, 'changes'), fieldPath(path, 'changes'), report);
  const version = readNumber(obj, 'version', path, report, VERSION, 1);
  if (version > changes.length + 1) {
    report.error(fieldPath(path, 'version'), `there is no version ${version}: ${versionsInWords(changes.length + 1)} (one more per entry of changes)`);
    return { version: 1, changes };
  }
  return { version, changes };
}

function readChanges(value: unknown, path: string, report: Report): SchemaChange[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > LIMITS.schemaVersions - 1) {
    const found = Array.isArray(value) ? `it has ${value.length}` : `not ${describeValue(value)}`;
    report.error(path, `must be a list of at most ${LIMITS.schemaVersions - 1} changes; ${found}`);
    return [];
  }
  const changes: SchemaChange[] = [];
  value.forEach((change: unknown, index) => {
    const known = SCHEMA_CHANGES.find((c) => c === change);
    if (known) changes.push(known);
    else report.error(itemPath(path, index), `must be one of ${SCHEMA_CHANGES.map((c) => `"${c}"`).join(', ')}, not ${describeValue(change)}`);
  });
  return changes;
}

/** A service's `reads` at `path`: null (any version) when missing or null. */
export function readReads(value: unknown, path: string, report: Report): number[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.schemaVersions) {
    const found = Array.isArray(value) ? `it has ${value.length}` : `not ${describeValue(value)}`;
    report.error(path, `must be a list of 1 to ${LIMITS.schemaVersions} schema versions, or null for any; ${found}`);
    return null;
  }
  const versions: number[] = [];
  value.forEach((version: unknown, index) => {
    const ok = typeof version === 'number' && Number.isInteger(version) && version >= VERSION.min && version <= VERSION.max;
    if (!ok) report.error(itemPath(path, index), `must be a whole number from 1 to ${LIMITS.schemaVersions}, not ${describeValue(version)}`);
    else if (!versions.includes(version)) versions.push(version);
  });
  return versions.length > 0 ? versions.sort((a, b) => a - b) : null;
}

/** "it has version 1 only", "it has versions 1 to 3". */
export function versionsInWords(highest: number): string {
  return highest === 1 ? 'it has version 1 only' : `it has versions 1 to ${highest}`;
}

/** Whether a reader of version `reader` can read an event written in version `writer`. */
export function canRead(changes: readonly SchemaChange[], reader: number, writer: number): boolean {
  if (reader === writer) return true;
  const newer = Math.max(reader, writer);
  const table = writer > reader ? OLD_READS_NEW : NEW_READS_OLD;
  for (let v = Math.min(reader, writer) + 1; v <= newer; v++) {
    const change = changes[v - 2];
    if (change === undefined || !table[change]) return false;
  }
  return true;
}

/**
 * Why a consumer that reads `reads` (upcasting older events when `upcast`) cannot read an event
 * of version `writer`, or null when it can. A reader picks the version it knows nearest the event's.
 */
export function readProblem(changes: readonly SchemaChange[], reads: readonly number[], upcast: boolean, writer: number): string | null {
  if (reads.includes(writer)) return null;
  const oldest = reads[0];
  const newest = reads[reads.length - 1];
  if (writer < oldest && upcast) return null;
  const reader = writer > newest ? newest : writer < oldest ? oldest : reads.find((v) => v > writer) ?? newest;
  if (canRead(changes, reader, writer)) return null;
  const change = changes[Math.max(reader, writer) - 2] ?? 'a change';
  return `cannot read v${writer} (reads ${reads.map((v) => `v${v}`).join(', ')}): ${change}`;
}

/**
 * Why a registry with `compatibility` refuses version `next` after `current`, or null when it
 * accepts it. `backward`: readers of the new version must read the old; `forward`: the reverse.
 */
export function registryProblem(changes: readonly SchemaChange[], compatibility: Compatibility, current: number, next: number): string | null {
  if (compatibility === 'none' || next === current) return null;
  const ok = compatibility === 'backward' ? canRead(changes, next, current) : canRead(changes, current, next);
  if (ok) return null;
  const change = changes[Math.max(current, next) - 2] ?? 'a change';
  return `v${next} (${change}) is not ${compatibility} compatible with v${current}`;
}

/** The event type name of `type` written in `version`: version 1 keeps the plain name. */
export function versionedType(type: string, version: number): string {
  return version === 1 ? type : `${type} v${version}`;
}
