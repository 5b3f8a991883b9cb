// Rules that tie topics to the brokers of their document: a partition cannot have more copies
// than there are brokers, and without brokers a topic has exactly one (the implicit cluster).
import { itemPath, fieldPath } from './fields';
import type { Report } from './report';
import type { TopologyNode } from './types';

/** Reports topics whose replication the document's brokers cannot give. */
export function checkReplication(rawIndex: { get(node: TopologyNode): number | undefined }, nodes: readonly TopologyNode[], report: Report): void {
  const brokers = nodes.filter((node) => node.kind === 'broker').length;
  for (const node of nodes) {
    if (node.kind !== 'topic') continue;
    const factor = node.config.replicationFactor ?? 1;
    const path = fieldPath(fieldPath(itemPath('nodes', rawIndex.get(node) ?? 0), 'config'), 'replicationFactor');
    if (brokers === 0 && factor > 1) {
      report.error(path, `is ${factor}, but the document has no brokers; add ${factor} brokers or use 1`);
    } else if (brokers > 0 && factor > brokers) {
      report.error(path, `is ${factor}, but the cluster has only ${brokers} broker${brokers === 1 ? '' : 's'}`);
    }
  }
}
