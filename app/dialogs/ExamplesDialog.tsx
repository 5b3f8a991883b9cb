// Open one of the examples in public/examples/; the current work stays one undo away.
import { BookOpen } from 'lucide-react';
import { EXAMPLE_NAMES, exampleTitle, fetchExample } from '../examples/examples';
import { editorStore } from '../store/useEditor';
import { Modal } from './Modal';

export function ExamplesDialog({ onClose }: { onClose: () => void }) {
  const open = async (name: string) => {
    const incoming = await fetchExample(name);
    const { notify, loadDocument } = editorStore.getState();
    if (!incoming.ok) {
      notify('error', incoming.title, incoming.errors);
      return;
    }
    loadDocument(incoming.document);
    notify('success', `Opened the example “${incoming.document.name}”`, ['Undo brings your previous document back.']);
    onClose();
  };
  return (
    <Modal title="Open an example" onClose={onClose} testId="examples-dialog">
      {EXAMPLE_NAMES.length === 0 && <p className="es-muted">No examples are shipped with this build.</p>}
      <ul className="es-example-list">
        {EXAMPLE_NAMES.map((name) => (
          <li key={name}>
            <button type="button" className="es-example" data-testid={`example-${name}`} onClick={() => void open(name)}>
              <BookOpen size={15} aria-hidden="true" />
              {exampleTitle(name)}
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
