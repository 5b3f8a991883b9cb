// A service's database and how it publishes what it wrote: read from untrusted input like every
// other config field. `database: {}` gets every default; `null` or missing means no database.
import { DATABASE_DEFAULTS } from './defaults';
import { readDistribution } from './distribution';
import { checkKeys, expectRecord, fieldPath, own, readChoice, readNumber, type NumberRule } from './fields';
import { LIMITS } from './limits';
import type { Report } from './report';
import { PUBLISH_MODES, type DatabaseConfig } from './types';

const MS: NumberRule = { min: 0, max: LIMITS.timeMs, unit: 'ms' };
// A relay that polls every 0 ms (or every 1e-300 ms, which a float clock cannot tell from 0) would
// poll forever at one instant: one poll a millisecond is the most there is.
const POLL_MS: NumberRule = { min: 1, max: LIMITS.timeMs, unit: 'ms' };

/** A service's `database` at `path`: null when missing or null, else every field checked. */
export function readDatabase(value: unknown, path: string, report: Report): DatabaseConfig | null {
  if (value === undefined || value === null) return null;
  const obj = expectRecord(value, path, report);
  if (!obj) return null;
  checkKeys(obj, ['write', 'publish', 'lingerMs', 'pollMs', 'tailMs', 'order'], path, report);
  const d = DATABASE_DEFAULTS;
  const database: DatabaseConfig = {
    write: readDistribution(own(obj, 'write'), fieldPath(path, 'write'), report, d.write),
    publish: readChoice(obj, 'publish', path, report, PUBLISH_MODES, d.publish),
    lingerMs: readNumber(obj, 'lingerMs', path, report, MS, d.lingerMs),
    pollMs: readNumber(obj, 'pollMs', path, report, POLL_MS, d.pollMs),
    tailMs: readNumber(obj, 'tailMs', path, report, MS, d.tailMs),
    order: readChoice(obj, 'order', path, report, ['commit-first', 'publish-first'], d.order),
  };
  return database;
}
