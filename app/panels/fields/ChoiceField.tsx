// One of a fixed set of words (arrival, partitioner, retry mode...), as a native select.
import { FieldRow } from './FieldRow';
import type { ConfigField } from './useConfigField';

interface Props {
  id: string;
  label: string;
  field: ConfigField;
  options: readonly string[];
  hint?: string;
  disabled?: boolean;
  write?: (value: string) => boolean;
}

export function ChoiceField({ id, label, field, options, hint, disabled, write }: Props) {
  // A choice may be a number in the document (acks 0 or 1): it shows and compares as its text.
  const value = typeof field.value === 'string' || typeof field.value === 'number' ? String(field.value) : '';
  const defaultText = typeof field.defaultValue === 'string' || typeof field.defaultValue === 'number' ? String(field.defaultValue) : undefined;
  return (
    <FieldRow
      id={id}
      label={label}
      hint={hint}
      defaultText={defaultText}
      canReset={!disabled && defaultText !== undefined && value !== defaultText}
      onReset={field.reset}
      problem={field.problem}
    >
      <select
        id={id}
        className="es-input es-select"
        value={value}
        disabled={disabled}
        onFocus={() => field.begin()}
        onChange={(event) => {
          const chosen = event.target.value;
          const written = /^\d+$/.test(chosen) ? Number(chosen) : chosen;
          return write ? write(chosen) : field.apply(written);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}
