// A `deploy` fault names a schema version of its producer; a version the producer does not have
// is an impossible setting, reported on the fault's `version`.
import { fieldPath } from './fields';
import type { Report } from './report';
import { versionsInWords } from './schema';
import type { Fault, TopologyNode } from './types';

/** Reports a deploy fault whose producer has no such schema version. */
export function checkDeploy(fault: Fault, path: string, nodes: readonly TopologyNode[], report: Report): void {
  if (fault.type !== 'deploy') return;
  const producer = nodes.find((node) => node.id === fault.node);
  if (!producer || producer.kind !== 'producer') return;
  const schema = producer.config.schema;
  if (schema === undefined) {
    report.error(fieldPath(path, 'version'), `${fault.node} has no schema to deploy a version of; give it config.schema first`);
    return;
  }
  if (fault.version > schema.changes.length + 1) {
    report.error(fieldPath(path, 'version'), `${fault.node} has no version ${fault.version}: ${versionsInWords(schema.changes.length + 1)}`);
  }
}
