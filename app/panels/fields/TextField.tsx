// A one-line text (a service's published event type) or a comma-separated list of words (a
// producer's event types). Typing applies at once when valid; the text stays while it is not.
import { useState } from 'react';
import { FieldRow } from './FieldRow';
import type { ConfigField } from './useConfigField';

interface Props {
  id: string;
  label: string;
  field: ConfigField;
  list?: boolean;
  hint?: string;
  /** What an empty field means, shown as the placeholder and the default. */
  placeholder?: string;
  disabled?: boolean;
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : '';
}

/** The words of a comma-separated list, without blanks. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

export function TextField({ id, label, field, list = false, hint, placeholder, disabled }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown(field.value);
  const defaultText = placeholder ?? (shown(field.defaultValue) || undefined);
  return (
    <FieldRow
      id={id}
      label={label}
      hint={hint}
      defaultText={defaultText}
      canReset={!disabled && shown(field.value) !== (placeholder ?? shown(field.defaultValue))}
      onReset={() => {
        setDraft(null);
        field.reset();
      }}
      problem={field.problem}
    >
      <input
        id={id}
        className="es-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={field.problem ? true : undefined}
        aria-describedby={field.problem ? `${id}-problem` : `${id}-hint`}
        onFocus={() => field.begin()}
        onChange={(event) => {
          setDraft(event.target.value);
          field.apply(list ? splitList(event.target.value) : event.target.value);
        }}
        onBlur={() => {
          if (!field.problem) setDraft(null);
        }}
      />
    </FieldRow>
  );
}
