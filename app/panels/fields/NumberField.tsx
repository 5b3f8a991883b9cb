// A number field. What the user types stays in the field while it is being edited; every valid
// value applies at once, an invalid one is not applied and its problem shows in place.
import { useState } from 'react';
import { FieldRow } from './FieldRow';
import type { ConfigField } from './useConfigField';

interface Props {
  id: string;
  label: string;
  field: ConfigField;
  unit?: string;
  hint?: string;
  percent?: boolean;
  /** The field may be none (null); this is what none is called. */
  none?: string;
  step?: number;
  disabled?: boolean;
  /** Replace the plain write (a distribution's part is written with its siblings). */
  write?: (value: number | null) => boolean;
}

function shown(value: unknown, percent: boolean): string {
  if (typeof value !== 'number') return '';
  return String(percent ? Number((value * 100).toPrecision(12)) : value);
}

/** The number a person typed ("1,5" and "1 000" included), null for an empty field, NaN if none. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s_]/g, '').replace(/,(?=\d{1,2}$)/, '.').replace(/,/g, '');
  if (cleaned === '') return null;
  return Number(cleaned);
}

export function NumberField({ id, label, field, unit, hint, percent = false, none, step, disabled, write }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [ownProblem, setOwnProblem] = useState<string | null>(null);
  const text = draft ?? shown(field.value, percent);
  const problem = ownProblem ?? field.problem;
  const hasDefault = field.defaultValue !== undefined;
  const defaultText = !hasDefault
    ? undefined
    : field.defaultValue === null
      ? none
      : `${shown(field.defaultValue, percent)}${unit ? ` ${unit}` : ''}`;

  const onChange = (next: string) => {
    setDraft(next);
    const parsed = parseNumber(next);
    if (parsed === null && none === undefined) {
      setOwnProblem(defaultText ? `enter a number; the default is ${defaultText}` : 'enter a number');
      return;
    }
    if (parsed !== null && Number.isNaN(parsed)) {
      setOwnProblem('must be a number');
      return;
    }
    setOwnProblem(null);
    const value = parsed === null ? null : percent ? parsed / 100 : parsed;
    if (write) write(value);
    else field.apply(value);
  };

  return (
    <FieldRow
      id={id}
      label={label}
      unit={unit}
      hint={hint}
      defaultText={defaultText}
      canReset={!disabled && hasDefault && field.value !== field.defaultValue}
      onReset={() => {
        setDraft(null);
        setOwnProblem(null);
        field.reset();
      }}
      problem={problem}
    >
      <input
        id={id}
        className="es-input es-input--number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={none ?? ''}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
        data-step={step}
        onFocus={() => field.begin()}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          if (!problem) setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setDraft(null);
            setOwnProblem(null);
            field.clearProblem();
            event.currentTarget.blur();
          }
        }}
      />
    </FieldRow>
  );
}
