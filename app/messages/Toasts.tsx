// Messages in a corner: successes fade by themselves, errors stay until dismissed (they name what
// was wrong, and a person needs time to read them).
import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { useEffect } from 'react';
import { editorStore, useEditor } from '../store/useEditor';
import type { Toast } from '../store/uiSlice';

const FADE_MS = 5000;
const ICONS = { info: Info, success: CircleCheck, error: CircleAlert };
/** Lines of detail shown; a long list of errors is cut with a count. */
const MAX_DETAILS = 8;

function ToastItem({ toast }: { toast: Toast }) {
  useEffect(() => {
    if (toast.tone === 'error') return;
    const timer = window.setTimeout(() => editorStore.getState().dismissToast(toast.id), FADE_MS);
    return () => window.clearTimeout(timer);
  }, [toast]);
  const Icon = ICONS[toast.tone];
  const details = toast.details.slice(0, MAX_DETAILS);
  return (
    <li className={`es-toast es-toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid={`toast-${toast.tone}`}>
      <Icon size={16} className="es-toast__icon" aria-hidden="true" />
      <div className="es-toast__text">
        <p className="es-toast__title">{toast.title}</p>
        {details.length > 0 && (
          <ul className="es-toast__details">
            {details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
            {toast.details.length > MAX_DETAILS && <li>… and {toast.details.length - MAX_DETAILS} more</li>}
          </ul>
        )}
      </div>
      <button type="button" className="es-icon-button" aria-label="Dismiss" onClick={() => editorStore.getState().dismissToast(toast.id)}>
        <X size={14} />
      </button>
    </li>
  );
}

export function Toasts() {
  const toasts = useEditor((state) => state.toasts);
  return (
    <ol className="es-toasts" aria-label="Messages" data-testid="toasts">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </ol>
  );
}
