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
  const value = typeof field.value === 'string' ? field.value : '';
  const defaultText = typeof field.defaultValue === 'string' ? field.defaultValue : undefined;
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
        onChange={(event) => (write ? write(event.target.value) : field.apply(event.target.value))}
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
