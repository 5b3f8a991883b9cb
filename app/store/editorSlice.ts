// Editing commands as a person gives them: they read the selection, change the document through
// the pure edits, record one undo step each and select what they made. Read-only mode turns them
// all off here, in one place, whatever button or key asked.
import type { StateCreator } from 'zustand';
import { connectionProblem } from '../../src/model/rules';
import type { EdgeKind, NodeKind, Position, TopologyDocument } from '../../src/model/types';
import { connectionKind, connectionRefusal } from './connections';
import { addEdge, addNode, deleteItems, moveNodes, newNode, renameNode } from './edits';
import { extractFragment, fragmentOrigin, mergeFragment } from './fragment';
import { readIncoming } from './incoming';
import type { StoreState } from './store';
import { NO_SELECTION } from './uiSlice';
import { checkCandidate } from './validate';

export type ConnectResult = { ok: true; id: string } | { ok: false; reason: string };

export interface EditorSlice {
  /** Add a node of `kind` at `position` (its top-left corner) and select it. */
  addNodeAt(kind: NodeKind, position: Position): string | null;
  /** Connect two nodes with the edge kind their kinds call for (or `kind`), and select the edge. */
  connectNodes(source: string, target: string, kind?: EdgeKind): ConnectResult;
  deleteSelection(): void;
  selectAll(): void;
  /** Move the selected nodes by a few px; repeated nudges of the same nodes are one undo step. */
  nudgeSelection(dx: number, dy: number): void;
  /** The selected nodes as clipboard text, or null when no node is selected. */
  copySelection(): string | null;
  /** Copy the selected nodes next to themselves and select the copies. */
  duplicateSelection(): void;
  /**
   * Take text from the clipboard or the paste dialog: a copied selection is added (at `at`, or
   * next to where it came from), a whole document replaces the current one. A bad text leaves the
   * document as it was and says why. Returns whether something was taken.
   */
  pasteText(text: string, at?: Position): boolean;
  /** Open a document (file, example, paste): one undo step; the old work stays one undo away. */
  loadDocument(doc: TopologyDocument): void;
  /** Move nodes where a layout put them, as one undo step. */
  placeNodes(positions: ReadonlyMap<string, Position>): void;
  /** Rename a node; returns why the name is refused, or null when it was applied. */
  renameNode(id: string, label: string, coalesceKey?: string | null): string | null;
}

const PASTE_OFFSET = 40;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export const createEditorSlice: StateCreator<StoreState, [], [], EditorSlice> = (set, get) => {
  const editable = () => !get().readOnly;
  const selectedNodes = () => get().selection.nodes;

  // Pasting the same nodes again puts each copy a step further, not on top of the last one.
  let lastPaste = { text: '', count: 0 };

  const pasteFragment = (fragment: TopologyDocument, at: Position | undefined, text = '') => {
    lastPaste = text !== '' && text === lastPaste.text ? { text, count: lastPaste.count + 1 } : { text, count: 1 };
    const origin = fragmentOrigin(fragment);
    const step = PASTE_OFFSET * lastPaste.count;
    const offset = at ? { x: at.x - origin.x, y: at.y - origin.y } : { x: step, y: step };
    const merged = mergeFragment(get().document, fragment, offset);
    get().commit(merged.doc);
    get().select({ nodes: merged.nodeIds, edges: merged.edgeIds });
  };

  return {
    addNodeAt(kind, position) {
      if (!editable()) return null;
      const node = newNode(get().document, kind, position);
      get().commit(addNode(get().document, node));
      get().select({ nodes: [node.id], edges: [] });
      return node.id;
    },
    connectNodes(source, target, kind) {
      if (!editable()) return { ok: false, reason: 'this view is read-only' };
      const doc = get().document;
      const from = doc.nodes.find((node) => node.id === source);
      const to = doc.nodes.find((node) => node.id === target);
      if (!from || !to) return { ok: false, reason: 'both ends must be nodes of this document' };
      const edgeKind = kind ?? connectionKind(doc, source, target);
      if (!edgeKind) return { ok: false, reason: connectionRefusal(doc, source, target) ?? 'these nodes cannot be connected' };
      const problem = connectionProblem(doc, source, target, edgeKind);
      if (problem !== null) return { ok: false, reason: problem };
      const added = addEdge(doc, source, target, edgeKind);
      get().commit(added.doc);
      get().select({ nodes: [], edges: [added.id] });
      return { ok: true, id: added.id };
    },
    deleteSelection() {
      if (!editable()) return;
      const { nodes, edges } = get().selection;
      get().commit(deleteItems(get().document, nodes, edges));
      get().select(NO_SELECTION);
    },
    selectAll() {
      const doc = get().document;
      get().select({ nodes: doc.nodes.map((node) => node.id), edges: doc.edges.map((edge) => edge.id) });
    },
    nudgeSelection(dx, dy) {
      if (!editable() || selectedNodes().length === 0) return;
      const moving = new Set(selectedNodes());
      const positions = new Map<string, Position>();
      for (const node of get().document.nodes) {
        if (moving.has(node.id)) positions.set(node.id, { x: node.position.x + dx, y: node.position.y + dy });
      }
      // A run of nudges of the same nodes is one step; any other edit in between starts a new run.
      get().commit(moveNodes(get().document, positions), `nudge:${[...moving].join(',')}`);
    },
    copySelection() {
      const nodes = selectedNodes();
      if (nodes.length === 0) return null;
      const fragment = extractFragment(get().document, nodes);
      return JSON.stringify({ eventscape: 'selection', document: fragment }, null, 2);
    },
    duplicateSelection() {
      if (!editable() || selectedNodes().length === 0) return;
      pasteFragment(extractFragment(get().document, selectedNodes()), undefined);
    },
    pasteText(text, at) {
      if (!editable()) return false;
      const incoming = readIncoming(text);
      if (!incoming.ok) {
        get().notify('error', incoming.title, incoming.errors);
        return false;
      }
      if (incoming.kind === 'selection') {
        pasteFragment(incoming.document, at, text);
        get().notify('success', `Pasted ${plural(incoming.document.nodes.length, 'node')}`);
      } else {
        get().loadDocument(incoming.document);
        get().notify('success', `Opened “${incoming.document.name}” from the clipboard`, incoming.warnings);
      }
      return true;
    },
    loadDocument(doc) {
      // Loading works in read-only views too: an embed opens a link, it just cannot edit it.
      if (get().readOnly) {
        get().resetDocument(doc);
      } else {
        get().commit(doc);
        set({ opened: get().opened + 1 });
      }
      set({ selection: NO_SELECTION });
      get().requestFit();
    },
    renameNode(id, label, coalesceKey = null) {
      if (!editable()) return 'this view is read-only';
      const doc = get().document;
      const index = doc.nodes.findIndex((node) => node.id === id);
      if (index < 0) return 'this node is gone';
      const checked = checkCandidate(renameNode(doc, id, label), `nodes[${index}].label`);
      if (!checked.ok) return checked.problem;
      // An empty name is valid but becomes the id; keep what restore made of it.
      get().commit(renameNode(doc, id, checked.restored.nodes[index].label), coalesceKey);
      return null;
    },
    placeNodes(positions) {
      if (!editable()) return;
      get().commit(moveNodes(get().document, positions));
    },
  };
};
