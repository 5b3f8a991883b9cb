// The lesson picker, opened from the toolbar.
import { Modal } from '../dialogs/Modal';
import { editorStore, useEditor } from '../store/useEditor';
import { LessonList } from './LessonList';
import './teach.css';

const close = () => editorStore.getState().openTeachDialog(null);

export function TeachDialogs() {
  const dialog = useEditor((state) => state.teachDialog);
  if (dialog === 'lessons') {
    return (
      <Modal title="Lessons" onClose={close} testId="lessons-dialog" wide>
        <p className="es-muted">Each lesson loads a small topology (your work stays one undo away) and walks through it in a few steps.</p>
        <LessonList />
      </Modal>
    );
  }
  return null;
}
