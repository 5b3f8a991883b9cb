// The editor never keeps its own copy of the rules: a changed field is checked by running the
// whole candidate document through `restore`, and the error whose path is the field's is shown.
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import { renameNode } from './edits';

export type Checked = { ok: true; restored: TopologyDocument } | { ok: false; problem: string };

function splitError(error: string): { path: string; message: string } {
  const at = error.indexOf(': ');
  return at < 0 ? { path: '', message: error } : { path: error.slice(0, at), message: error.slice(at + 2) };
}

function within(path: string, field: string): boolean {
  return path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/**
 * Check `candidate` for the field at `fieldPath` (`nodes[2].config.rate`). Valid: the restored
 * document (defaults filled in). Invalid: that field's own error when it has one, otherwise the
 * document's first error (a change is never applied while the document would be invalid).
 */
export function checkCandidate(candidate: TopologyDocument, fieldPath: string): Checked {
  const restored = restore(candidate);
  if (restored.ok) return { ok: true, restored: restored.document };
  for (const error of restored.errors) {
    const { path, message } = splitError(error);
    if (path === fieldPath) return { ok: false, problem: message };
    if (within(path, fieldPath)) return { ok: false, problem: `${path.slice(fieldPath.length).replace(/^\./, '')}: ${message}` };
  }
  return { ok: false, problem: restored.errors[0] ?? 'the document would not be valid' };
}

/** What is wrong with `candidate` for the field at `fieldPath`, or null when it is valid. */
export function problemFor(candidate: TopologyDocument, fieldPath: string): string | null {
  const checked = checkCandidate(candidate, fieldPath);
  return checked.ok ? null : checked.problem;
}

/** The path `restore` uses for a node's field: `nodes[3].config.rate`. */
export function nodeFieldPath(doc: TopologyDocument, nodeId: string, field: string): string {
  const index = doc.nodes.findIndex((node) => node.id === nodeId);
  return `nodes[${index}].${field}`;
}

/** The path `restore` uses for an edge's field: `edges[1].config.timeout`. */
export function edgeFieldPath(doc: TopologyDocument, edgeId: string, field: string): string {
  const index = doc.edges.findIndex((edge) => edge.id === edgeId);
  return `edges[${index}].${field}`;
}

/** A renamed document, or why the name is refused. */
export type CheckedRename = { ok: true; doc: TopologyDocument } | { ok: false; problem: string };

/** The document with node `id` named `label` as `restore` keeps it (an empty name becomes the id), or why not. */
export function checkedRename(doc: TopologyDocument, id: string, label: string): CheckedRename {
  const index = doc.nodes.findIndex((node) => node.id === id);
  if (index < 0) return { ok: false, problem: 'this node is gone' };
  const checked = checkCandidate(renameNode(doc, id, label), `nodes[${index}].label`);
  if (!checked.ok) return checked;
  return { ok: true, doc: renameNode(doc, id, checked.restored.nodes[index].label) };
}
