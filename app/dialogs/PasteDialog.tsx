// Paste a document (or copied nodes) as JSON text. Nothing changes unless it restores.
import { useState } from 'react';
import { pasteAnyText } from '../interop/pasteAnyText';
import { Modal } from './Modal';

export function PasteDialog({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const open = () => {
    if (pasteAnyText(text)) onClose();
  };
  return (
    <Modal title="Paste a document" onClose={onClose} testId="paste-dialog" wide>
      <label className="es-field__label" htmlFor="paste-text">
        Eventscape JSON (a whole document, or nodes copied from Eventscape), or an AsyncAPI 2.6 or 3.0 document (YAML or JSON)
      </label>
      <textarea
        id="paste-text"
        className="es-input es-textarea"
        data-testid="paste-text"
        value={text}
        data-autofocus
        spellCheck={false}
        placeholder='{ "format": "eventscape/1", "nodes": [...], "edges": [...] }'
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
          event.preventDefault();
          open();
        }}
      />
      <div className="es-dialog__actions">
        <button type="button" className="es-button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="es-button es-button--primary" data-testid="paste-open" disabled={text.trim() === ''} onClick={open}>
          Open
        </button>
      </div>
    </Modal>
  );
}
