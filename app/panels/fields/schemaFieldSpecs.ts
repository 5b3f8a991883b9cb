// The inspector's fields for databases and schemas: a service's database and how it publishes,
// the versions it reads; a producer's schema; a topic's compatibility and registry check.
import { DATABASE_DEFAULTS } from '../../../src/model/defaults';
import { COMPATIBILITIES, PUBLISH_MODES, SCHEMA_CHANGES } from '../../../src/model/types';
import type { FieldGroup } from './fieldSpecs';

const has = (key: string) => (config: unknown) => typeof config === 'object' && config !== null && Object.hasOwn(config, key);

const publishIs = (mode: string) => (config: unknown) => {
  const database = has('database')(config) ? (config as { database: { publish?: string } }).database : null;
  return database !== null && database.publish === mode;
};

/** A service's database and the schema versions it reads. */
export const SERVICE_DATA_GROUPS: FieldGroup[] = [
  {
    title: 'Database',
    fields: [
      { key: 'database', label: 'Database', type: 'presence', fill: DATABASE_DEFAULTS, hint: 'a row per event key; what it publishes leaves after the commit' },
      { key: 'database.publish', label: 'Publish', type: 'choice', options: PUBLISH_MODES, when: has('database'), hint: 'direct: send after commit · outbox: relay · cdc: tail the log' },
      { key: 'database.write', label: 'Write time', type: 'distribution', when: has('database') },
      { key: 'database.order', label: 'Order', type: 'choice', options: ['commit-first', 'publish-first'], when: publishIs('direct'), hint: 'publish-first: a crash mid-write leaves a phantom event' },
      { key: 'database.lingerMs', label: 'Send buffer', type: 'number', unit: 'ms', when: publishIs('direct'), hint: 'a crash in this window loses the event' },
      { key: 'database.pollMs', label: 'Relay polls every', type: 'number', unit: 'ms', when: publishIs('outbox') },
      { key: 'database.tailMs', label: 'Tailer delay', type: 'number', unit: 'ms', when: publishIs('cdc') },
    ],
  },
  {
    title: 'Schema',
    fields: [
      { key: 'reads', label: 'Reads versions', type: 'versions', hint: 'e.g. 1, 2; empty: reads every version' },
      { key: 'upcast', label: 'Upcast older', type: 'toggle', when: has('reads'), hint: 'reads versions older than its oldest' },
    ],
  },
];

/** A producer's schema versions. */
export const PRODUCER_SCHEMA_GROUP: FieldGroup = {
  title: 'Schema',
  fields: [
    { key: 'schema', label: 'Versioned schema', type: 'presence', fill: { version: 1, changes: ['rename-field'] } },
    { key: 'schema.version', label: 'Writes version', type: 'number', step: 1, when: has('schema') },
    { key: 'schema.changes', label: 'Changes', type: 'list', when: has('schema'), hint: `one per version after 1: ${SCHEMA_CHANGES.join(', ')}` },
  ],
};

/** A topic's compatibility rule and whether a registry enforces it at publish. */
export const TOPIC_REGISTRY_GROUP: FieldGroup = {
  title: 'Schema registry',
  fields: [
    { key: 'compatibility', label: 'Compatibility', type: 'choice', options: COMPATIBILITIES },
    { key: 'registry', label: 'Check at publish', type: 'toggle', hint: 'refuse a deploy that breaks compatibility' },
  ],
};
