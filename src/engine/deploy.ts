// "Deploy v2": a producer starts writing another schema version of its events. Where a topic it
// publishes to has a schema registry (`registry: true`), the registry checks the new version
// against the topic's `compatibility` and refuses it: the producer keeps writing the version it
// had, and shows the registry's error. Without a registry nothing stops the deploy, and the
// consumers find out when they cannot read what arrives.
import { registryProblem } from '../model/schema';
import type { AppliedFault } from './faults';
import type { Producer } from './producer';

/** Deploys schema `version` to a producer unless a registry refuses it; the record's `previous` is the version it replaced (0: refused). */
export function deploy(producer: Producer, record: AppliedFault, version: number): AppliedFault | null {
  const schema = producer.config.schema;
  if (schema === undefined || version > schema.changes.length + 1) return null;
  const current = producer.version;
  for (const link of producer.links) {
    const topic = link.topic.config;
    if (topic.registry !== true) continue;
    const problem = registryProblem(schema.changes, topic.compatibility ?? 'none', current, version);
    if (problem === null) continue;
    producer.deploysRefused++;
    producer.schemaError = `deploy of v${version} refused by the schema registry of ${link.topic.id}: ${problem}`;
    record.previous = 0;
    return record;
  }
  producer.schemaError = '';
  producer.deploy(version);
  record.previous = current;
  return record;
}
