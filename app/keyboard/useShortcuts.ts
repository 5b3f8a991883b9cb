// The editor's keyboard: history, deleting, selecting, nudging, copy and paste, and the keys that
// open lists and dialogs. Keys typed into a field belong to the field; with a dialog open, to it.
import { useEffect } from 'react';
import { fitView, layOut, pickDocumentFile, redo, saveDocumentFile, undo } from '../commands';
import { pasteAnyText } from '../interop/pasteAnyText';
import { editorStore } from '../store/useEditor';

const NUDGE = 1;
const NUDGE_FAR = 10;

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Whether the key belongs to what has focus (a field, a dialog) rather than to the canvas. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('dialog')) return true;
  // A focused resize handle or tab takes the arrow keys for itself.
  const role = target.getAttribute('role');
  if (role === 'separator' || role === 'tab') return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function onKeyDown(event: KeyboardEvent) {
  if (typingInto(event.target) || event.altKey) return;
  const state = editorStore.getState();
  if (state.dialog !== null || state.renaming !== null) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const act = (run: () => void) => {
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  if (mod) {
    if (key === 'z') act(event.shiftKey ? redo : undo);
    else if (key === 'y' && event.ctrlKey) act(redo);
    else if (key === 'a') act(state.selectAll);
    else if (key === 'd') act(state.duplicateSelection);
    else if (key === 'o') act(pickDocumentFile);
    else if (key === 's') act(saveDocumentFile);
    return;
  }
  const arrow = ARROWS[event.key];
  if (arrow && state.selection.nodes.length > 0) {
    const step = event.shiftKey ? NUDGE_FAR : NUDGE;
    // Capture phase and stopPropagation: the focused node's own arrow handling must not move it too.
    act(() => state.nudgeSelection(arrow[0] * step, arrow[1] * step));
    return;
  }
  if (key === 'Delete' || key === 'Backspace') act(state.deleteSelection);
  else if (key === 'Escape') state.select({ nodes: [], edges: [] });
  else if (key === '?') act(() => state.openDialog('shortcuts'));
  else if (key === 'c' && state.selection.nodes.length === 1 && !state.readOnly) act(() => state.openDialog('connect'));
  else if (key === 'F2' && state.selection.nodes.length === 1) act(() => state.setRenaming(state.selection.nodes[0]));
  else if (key === 'l' && !state.readOnly) act(layOut);
  else if (key === 'f') act(fitView);
}

function onCopy(event: ClipboardEvent) {
  if (typingInto(event.target)) return;
  const text = editorStore.getState().copySelection();
  if (text === null || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
}

function onPaste(event: ClipboardEvent) {
  if (typingInto(event.target) || editorStore.getState().dialog !== null) return;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.trim() === '') return;
  event.preventDefault();
  pasteAnyText(text);
}

/** Listen to the keyboard and the clipboard for as long as the editor is on the page. */
export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
