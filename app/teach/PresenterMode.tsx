// Presenter mode: large type, high contrast and little chrome, for projecting to a room. `P`
// toggles it, Esc leaves it; with a lesson open, → runs the step (or goes on to the next one) and
// ← goes back. Space plays and pauses as everywhere. The mode is a flag on the page's root
// element, so the stylesheet can reshape the whole frame without any component knowing.
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { editorStore, useEditor } from '../store/useEditor';
import './presenter.css';

/** A projected topology may be blown up further than on a desk, for the back of the room. */
const PRESENTER_MAX_ZOOM = 1.8;

/** Whether the key belongs to what has focus (a field, a dialog) rather than to the page. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('dialog')) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

function onKeyDown(event: KeyboardEvent) {
  if (event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
  const state = editorStore.getState();
  if (state.dialog !== null || state.teachDialog !== null || state.renaming !== null || state.readOnly) return;
  // This listener is registered before the editor's (a child's effect runs first), so taking a key
  // here keeps it from nudging the selection or clearing it.
  const take = (run: () => void) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    run();
  };
  if (event.key === 'p' || event.key === 'P') {
    take(() => state.setPresenter(!state.presenter));
    return;
  }
  if (!state.presenter) return;
  if (event.key === 'Escape') take(() => state.setPresenter(false));
  // With a lesson open its runner is loaded already; the import only hands it over.
  else if (state.lesson && (event.key === 'ArrowRight' || event.key === 'PageDown')) take(() => void import('./lessonRunner').then((m) => m.advance()));
  else if (state.lesson && (event.key === 'ArrowLeft' || event.key === 'PageUp')) {
    const step = state.lesson.step;
    take(() => void import('./lessonRunner').then((m) => m.goToStep(step - 1)));
  }
}

/** Presenter mode's keys and its flag on the root element; renders nothing. */
export function PresenterMode() {
  const presenter = useEditor((state) => state.presenter);
  const shown = useRef(presenter);
  const flow = useReactFlow();
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (presenter) root.dataset.presenter = '';
    else delete root.dataset.presenter;
    if (shown.current === presenter) return;
    shown.current = presenter;
    // The frame changes size: once the canvas has its new size, fit the topology into it, zoomed
    // further than an ordinary fit allows so a projected room can read it.
    const timer = window.setTimeout(() => void flow.fitView({ padding: 0.12, duration: 200, maxZoom: presenter ? PRESENTER_MAX_ZOOM : 1.25 }), 100);
    return () => window.clearTimeout(timer);
  }, [presenter, flow]);
  return null;
}
