// A name (a node's label, the document's name): applies as it is typed when valid, keeps the text
// and shows why when not. One focus is one undo step.
import { useRef, useState } from 'react';
import { FieldRow } from './FieldRow';

interface Props {
  id: string;
  label: string;
  value: string;
  /** Apply a new name; returns the problem when it is refused. */
  onChange: (value: string, coalesceKey: string) => string | null;
  disabled?: boolean;
}

let focusSerial = 0;

export function NameField({ id, label, value, onChange, disabled }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const session = useRef(0);
  return (
    <FieldRow id={id} label={label} problem={problem}>
      <input
        id={id}
        className="es-input"
        type="text"
        autoComplete="off"
        value={draft ?? value}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onFocus={() => {
          session.current = ++focusSerial;
        }}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(onChange(event.target.value, `${id}:${session.current}`));
        }}
        onBlur={() => {
          if (!problem) setDraft(null);
        }}
      />
    </FieldRow>
  );
}
