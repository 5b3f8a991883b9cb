// A yes/no setting as a checkbox.
import { FieldRow } from './FieldRow';
import type { ConfigField } from './useConfigField';

interface Props {
  id: string;
  label: string;
  field: ConfigField;
  hint?: string;
  disabled?: boolean;
}

export function ToggleField({ id, label, field, hint, disabled }: Props) {
  const defaultText = field.defaultValue === true ? 'on' : 'off';
  return (
    <FieldRow
      id={id}
      label={label}
      hint={hint}
      defaultText={defaultText}
      canReset={!disabled && field.value !== field.defaultValue}
      onReset={field.reset}
      problem={field.problem}
    >
      <input
        id={id}
        className="es-checkbox"
        type="checkbox"
        checked={field.value === true}
        disabled={disabled}
        onChange={(event) => field.apply(event.target.checked)}
      />
    </FieldRow>
  );
}
