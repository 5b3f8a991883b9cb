// Checks of a processor's pipeline against the edges of its document: a join reads a topic the
// processor subscribes to (a table needs a stream beside it), and late events sent to a side
// output go to a topic the processor publishes to. `restore` reports these as errors.
import { fieldPath, itemPath } from './fields';
import type { Report } from './report';
import type { TopologyDocument } from './types';

/** Reports every processor whose pipeline the edges cannot feed. */
export function checkProcessors(doc: Pick<TopologyDocument, 'nodes' | 'edges'>, report: Report): void {
  doc.nodes.forEach((node, index) => {
    if (node.kind !== 'processor') return;
    const path = fieldPath(itemPath('nodes', index), 'config');
    const reads = doc.edges.filter((edge) => edge.kind === 'subscribe' && edge.target === node.id).map((edge) => edge.source);
    const writes = doc.edges.filter((edge) => edge.kind === 'publish' && edge.source === node.id).map((edge) => edge.target);
    const listed = reads.length > 0 ? `it reads ${reads.join(', ')}` : 'it reads no topic yet';
    node.config.operators.forEach((op, i) => {
      if (op.op !== 'join') return;
      const at = fieldPath(itemPath(fieldPath(path, 'operators'), i), 'with');
      if (!reads.includes(op.with)) {
        report.error(at, `a join needs a ${op.as} source: subscribe ${node.id} to "${op.with}" (${listed})`);
      } else if (!reads.some((topic) => topic !== op.with)) {
        report.error(at, `"${op.with}" is the only topic ${node.id} reads; a join needs a stream of events besides its ${op.as}`);
      }
    });
    const config = node.config;
    if (config.late === 'side-output') {
      if (config.lateTopic === null) report.error(fieldPath(path, 'lateTopic'), 'late: "side-output" needs the id of a topic the processor publishes to');
      else if (!writes.includes(config.lateTopic)) report.error(fieldPath(path, 'lateTopic'), `${node.id} does not publish to "${config.lateTopic}"; add a publish edge to it`);
    }
  });
}
