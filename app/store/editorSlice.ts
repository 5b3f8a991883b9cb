// Editing commands as a person gives them: they read the selection, change the document through
// the pure edits, record one undo step each and select what they made. Read-only mode turns them
// all off here, in one place, whatever button or key asked.
import type { StateCreator } from 'zustand';
import { connect } from '../../src/editor/connections';
import { addNode, deleteItems, moveNodes, newNode, nudgeNodes } from '../../src/editor/edits';
import { extractFragment, mergeFragment, pasteOffset, selectionText } from '../../src/editor/fragment';
import { readIncoming } from '../../src/editor/incoming';
import { checkedRename } from '../../src/editor/validate';
import type { EdgeKind, NodeKind, Position, TopologyDocument } from '../../src/model/types';
import type { StoreState } from './store';
import { NO_SELECTION } from './uiSlice';

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
    const merged = mergeFragment(get().document, fragment, pasteOffset(fragment, at, lastPaste.count));
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
      const added = connect(get().document, source, target, kind);
      if (!added.ok) return added;
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
      const moving = [...new Set(selectedNodes())];
      // A run of nudges of the same nodes is one step; any other edit in between starts a new run.
      get().commit(nudgeNodes(get().document, moving, dx, dy), `nudge:${moving.join(',')}`);
    },
    copySelection() {
      const nodes = selectedNodes();
      if (nodes.length === 0) return null;
      return selectionText(get().document, nodes);
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
      const renamed = checkedRename(get().document, id, label);
      if (!renamed.ok) return renamed.problem;
      get().commit(renamed.doc, coalesceKey);
      return null;
    },
    placeNodes(positions) {
      if (!editable()) return;
      get().commit(moveNodes(get().document, positions));
    },
  };
};
