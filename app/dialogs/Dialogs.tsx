// The dialog that is open, if any (one at a time).
import { editorStore, useEditor } from '../store/useEditor';
import { AsyncApiReportDialog } from './AsyncApiReportDialog';
import { ConnectDialog } from './ConnectDialog';
import { ExamplesDialog } from './ExamplesDialog';
import { PasteDialog } from './PasteDialog';
import { ShortcutsDialog } from './ShortcutsDialog';

const close = () => editorStore.getState().closeDialog();

export function Dialogs() {
  const dialog = useEditor((state) => state.dialog);
  switch (dialog) {
    case 'shortcuts':
      return <ShortcutsDialog onClose={close} />;
    case 'paste':
      return <PasteDialog onClose={close} />;
    case 'connect':
      return <ConnectDialog onClose={close} />;
    case 'examples':
      return <ExamplesDialog onClose={close} />;
    case 'asyncapi':
      return <AsyncApiReportDialog onClose={close} />;
    case null:
      return null;
  }
}
