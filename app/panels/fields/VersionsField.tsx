// The schema versions a consumer reads, typed as "1, 2"; empty means it reads any version (the
// field leaves the document). A text that is not a list of versions stays, with restore's problem.
import { useState } from 'react';
import { FieldRow } from './FieldRow';
import { splitList } from './TextField';
import type { ConfigField } from './useConfigField';

interface Props {
  id: string;
  label: string;
  field: ConfigField;
  hint?: string;
  disabled?: boolean;
}

function shown(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : '';
}

export function VersionsField({ id, label, field, hint, disabled }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown(field.value);
  const apply = (next: string) => {
    setDraft(next);
    const words = splitList(next);
    const ok = field.apply(words.length === 0 ? undefined : words.map((word) => (/^\d+$/.test(word) ? Number(word) : word)));
    if (ok) setDraft(null);
  };
  return (
    <FieldRow id={id} label={label} hint={hint} defaultText="any" canReset={!disabled && field.value !== undefined} onReset={field.reset} problem={field.problem}>
      <input
        id={id}
        className="es-input"
        value={text}
        placeholder="any"
        disabled={disabled}
        onFocus={() => field.begin()}
        onChange={(event) => apply(event.target.value)}
        onBlur={() => setDraft(null)}
      />
    </FieldRow>
  );
}
