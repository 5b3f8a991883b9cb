// An optional part of a config (a service's database, a producer's schema) as a checkbox: on
// adds the part with its starting values, off takes the whole part out of the document.
import { FieldRow } from './FieldRow';
import type { ConfigField } from './useConfigField';

interface Props {
  id: string;
  label: string;
  field: ConfigField;
  /** What the part starts as when it is switched on. */
  fill: unknown;
  hint?: string;
  disabled?: boolean;
}

export function PresenceField({ id, label, field, fill, hint, disabled }: Props) {
  const present = field.value !== undefined;
  return (
    <FieldRow id={id} label={label} hint={hint} defaultText="off" canReset={!disabled && present} onReset={field.reset} problem={field.problem}>
      <input
        id={id}
        className="es-checkbox"
        type="checkbox"
        checked={present}
        disabled={disabled}
        onChange={(event) => field.apply(event.target.checked ? structuredClone(fill) : undefined)}
      />
    </FieldRow>
  );
}
