// The welcome of a first visit (no saved work, no link), in the side panel: the example on the
// canvas to explore, or one of the ten lessons. It gives way to the inspector once the user starts
// working, and never covers the canvas.
import { Play, Sparkles, X } from 'lucide-react';
import { editorStore, useEditor } from '../store/useEditor';
import { LessonList } from './LessonList';

const close = () => editorStore.getState().setWelcome(false);

export function WelcomePanel() {
  const name = useEditor((state) => state.document.name);
  return (
    <aside className="es-lesson es-welcome" aria-label="Welcome" data-testid="welcome">
      <header className="es-lesson__header">
        <Sparkles size={16} aria-hidden="true" />
        <h2 className="es-lesson__title">Welcome to Eventscape</h2>
        <button type="button" className="es-icon-button" aria-label="Close the welcome" data-testid="welcome-close" onClick={close}>
          <X size={16} />
        </button>
      </header>
      <p className="es-welcome__intro">
        Wire producers, topics, services and clients, press play, and watch the system behave: events flowing, lag and
        backpressure building, a slow dependency spreading through a chain of calls.
      </p>
      <p className="es-welcome__intro">
        On the canvas is the example <strong>{name}</strong>. Press <Play size={13} aria-label="Play" /> Play (or Space) to run it,
        click a node to see its settings, or take a lesson:
      </p>
      <LessonList />
    </aside>
  );
}
