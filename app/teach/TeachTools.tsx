// The toolbar's teaching buttons: the lesson picker and presenter mode.
import { GraduationCap, Presentation } from 'lucide-react';
import { editorStore, useEditor } from '../store/useEditor';
import { ToolbarButton } from '../toolbar/ToolbarButton';
import { CompareMenu } from '../compare/CompareMenu';

export function TeachTools() {
  const presenter = useEditor((state) => state.presenter);
  return (
    <div className="es-toolbar__group" role="group" aria-label="Teach">
      <ToolbarButton icon={GraduationCap} label="Lessons" testId="tool-lessons" showLabel onClick={() => editorStore.getState().openTeachDialog('lessons')} />
      <CompareMenu />
      <ToolbarButton
        icon={Presentation}
        label={presenter ? 'Leave presenter mode' : 'Presenter mode'}
        shortcut={presenter ? 'Esc' : 'P'}
        testId="tool-presenter"
        onClick={() => editorStore.getState().setPresenter(!presenter)}
      />
    </div>
  );
}
