// A lesson's live edit applied to the current document. The result goes through `restore`, the
// one door for documents, so an edit that would break the topology is refused with its reasons.
import { restore, type RestoreResult } from '../model/restore';
import { serialize } from '../model/serialize';
import type { FaultAction, TopologyDocument } from '../model/types';
import type { LessonAction, RawPart } from './types';

type EditAction = Extract<LessonAction, { type: 'edit' }>;

function idOf(part: unknown): unknown {
  return typeof part === 'object' && part !== null ? (part as RawPart).id : undefined;
}

/** The document after an edit action: removals, then config changes, then additions. */
export function applyLessonEdit(doc: TopologyDocument, edit: EditAction): RestoreResult {
  const raw = serialize(doc) as Record<string, unknown>;
  const removed = new Set(edit.remove ?? []);
  let nodes = (raw.nodes as RawPart[]).filter((node) => !removed.has(String(node.id)));
  let edges = (raw.edges as RawPart[]).filter(
    (edge) => !removed.has(String(edge.id)) && !removed.has(String(edge.source)) && !removed.has(String(edge.target)),
  );
  const faults = (raw.faults as RawPart[]).filter((fault) => !removed.has(String(fault.node)));
  const missing: string[] = [];
  for (const change of edit.set ?? []) {
    const target = [...nodes, ...edges].find((part) => idOf(part) === change.id);
    if (!target) {
      missing.push(`set: no node or edge "${change.id}" to change`);
      continue;
    }
    target.config = { ...(target.config as Record<string, unknown>), ...change.config };
  }
  if (missing.length > 0) return { ok: false, errors: missing };
  nodes = [...nodes, ...(edit.add?.nodes ?? [])];
  edges = [...edges, ...(edit.add?.edges ?? [])];
  return restore({ ...raw, nodes, edges, faults });
}

/** Problems with applying a fault to a node of this document (empty when it applies). */
export function faultProblems(doc: TopologyDocument, node: string, action: FaultAction, duration: number | null): string[] {
  const raw = serialize(doc) as Record<string, unknown>;
  const result = restore({ ...raw, faults: [{ ...action, at: 0, node, duration }] });
  return result.ok ? [] : result.errors;
}
