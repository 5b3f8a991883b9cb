// Whether a connection may be made, asked of the model's rules (the ones `restore` enforces).
import { connectionProblem, edgeKindsBetween } from '../../src/model/rules';
import type { TopologyDocument } from '../../src/model/types';

/** Why `source` → `target` cannot be connected, or null when it can. */
export function connectionRefusal(doc: TopologyDocument, source: string, target: string): string | null {
  const from = doc.nodes.find((node) => node.id === source);
  const to = doc.nodes.find((node) => node.id === target);
  if (!from || !to) return 'both ends must be nodes';
  const kind = edgeKindsBetween(from.kind, to.kind)[0];
  return connectionProblem(doc, source, target, kind);
}
