// The frame of one inspector field: label with unit, the control, the default and a reset, a hint,
// and the validation message right under the control when the value was refused.
import { RotateCcw } from 'lucide-react';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  unit?: string;
  hint?: string;
  /** The default in words: shown under the control when the value differs, and as a tooltip. */
  defaultText?: string;
  canReset?: boolean;
  onReset?: () => void;
  problem?: string | null;
  children: ReactNode;
}

export function FieldRow({ id, label, unit, hint, defaultText, canReset, onReset, problem, children }: Props) {
  return (
    <div
      className={`es-field${problem ? ' has-problem' : ''}`}
      data-testid={`field-${id}`}
      title={defaultText ? `Default: ${defaultText}` : undefined}
    >
      <label className="es-field__label" htmlFor={id}>
        {label}
        {unit && <span className="es-field__unit"> ({unit})</span>}
      </label>
      <div className="es-field__control">
        {children}
        {canReset && onReset && (
          <button
            type="button"
            className="es-icon-button es-field__reset"
            aria-label={`Reset ${label} to its default${defaultText ? `, ${defaultText}` : ''}`}
            title={`Reset to default${defaultText ? `: ${defaultText}` : ''}`}
            onClick={onReset}
          >
            <RotateCcw size={13} />
          </button>
        )}
      </div>
      {problem ? (
        <p className="es-field__problem" id={`${id}-problem`} role="alert" data-testid={`problem-${id}`}>
          {problem}
        </p>
      ) : (
        (hint || (canReset && defaultText)) && (
          <p className="es-field__hint" id={`${id}-hint`}>
            {[hint, canReset && defaultText ? `default ${defaultText}` : null].filter(Boolean).join(' · ')}
          </p>
        )
      )}
    </div>
  );
}
