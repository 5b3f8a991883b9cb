// A modal dialog on the native <dialog>: focus is kept inside, Escape closes it, and focus returns
// to where it was.
import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
}

export function Modal({ title, onClose, children, testId, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element (the close button); a dialog with a field to
    // type into marks it with data-autofocus instead.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => before?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`es-dialog${wide ? ' es-dialog--wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="es-dialog__frame">
        <header className="es-dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="es-icon-button" aria-label="Close" onClick={onClose}>
            <X size={16} />
          </button>
        </header>
        <div className="es-dialog__body">{children}</div>
      </div>
    </dialog>
  );
}
