// A processor's pipeline in the inspector: one row per operator (kind and its settings), operators
// added at the end and removed one by one. Every change goes through `restore` like any field, so
// an impossible pipeline (an aggregate not last, a join with a topic it does not read) is refused
// with restore's own words under the control.
import { Plus, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { AGGREGATE_DEFAULTS, FILTER_DEFAULTS, JOIN_DEFAULTS, MAP_DEFAULTS, WINDOW_DEFAULTS } from '../../../src/model/processorDefaults';
import { OPERATOR_KINDS, WINDOW_KINDS, type Operator, type OperatorKind, type Window, type WindowKind } from '../../../src/model/streamTypes';
import type { ConfigField } from './useConfigField';

interface Props {
  id: string;
  field: ConfigField;
  disabled: boolean;
  /** Topics the processor reads, for a join's `with`. */
  reads: readonly string[];
}

function fresh(kind: OperatorKind, reads: readonly string[]): Operator {
  switch (kind) {
    case 'filter':
      return structuredClone(FILTER_DEFAULTS);
    case 'map':
      return structuredClone(MAP_DEFAULTS);
    case 'aggregate':
      return structuredClone(AGGREGATE_DEFAULTS);
    case 'join':
      return { ...JOIN_DEFAULTS, with: reads[reads.length - 1] ?? '' };
  }
}

function windowOf(kind: WindowKind): Window {
  const d = WINDOW_DEFAULTS;
  if (kind === 'tumbling') return { kind, size: d.size };
  if (kind === 'hopping') return { kind, size: d.size, advance: d.advance };
  if (kind === 'session') return { kind, gap: d.gap };
  return { kind };
}

interface NumberProps {
  label: string;
  value: number | null;
  testId: string;
  disabled: boolean;
  onCommit: (value: number | null) => void;
}

/** A number that commits on blur or Enter (empty: none). */
function OperatorNumber({ label, value, testId, disabled, onCommit }: NumberProps) {
  const commit = (text: string) => {
    const trimmed = text.trim();
    const next = trimmed === '' ? null : Number(trimmed);
    if (next !== value) onCommit(next === null || Number.isNaN(next) ? null : next);
  };
  return (
    <label className="es-op__part">
      {label}
      <input
        key={String(value)}
        className="es-input es-op__number"
        data-testid={testId}
        defaultValue={value === null ? '' : String(value)}
        inputMode="decimal"
        disabled={disabled}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
      />
    </label>
  );
}

function Choice<T extends string>({ label, value, options, testId, disabled, onChange }: { label: string; value: T; options: readonly T[]; testId: string; disabled: boolean; onChange: (value: T) => void }) {
  return (
    <label className="es-op__part">
      {label}
      <select className="es-input es-select" data-testid={testId} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The pipeline with `op` added: at the end, or before an aggregate that must stay last. */
function withAdded(operators: readonly Operator[], op: Operator): Operator[] {
  const last = operators[operators.length - 1];
  if (op.op === 'aggregate' || !last || last.op !== 'aggregate') return [...operators, op];
  return [...operators.slice(0, -1), op, last];
}

export function PipelineField({ id, field, disabled, reads }: Props) {
  const operators = Array.isArray(field.value) ? (field.value as Operator[]) : [];
  const set = (index: number, op: Operator) => field.apply(operators.map((old, i) => (i === index ? op : old)));
  const parts = (op: Operator, i: number): ReactNode => {
    const t = (name: string) => `${id}-${i}-${name}`;
    switch (op.op) {
      case 'filter':
        return (
          <>
            <OperatorNumber label="keep" value={op.keep} testId={t('keep')} disabled={disabled} onCommit={(keep) => set(i, { ...op, keep: keep ?? 1 })} />
            <label className="es-op__part">
              types
              <input
                key={op.types.join(',')}
                className="es-input"
                data-testid={t('types')}
                defaultValue={op.types.join(', ')}
                placeholder="any"
                disabled={disabled}
                onBlur={(event) => set(i, { ...op, types: event.target.value.split(',').map((s) => s.trim()).filter(Boolean) })}
              />
            </label>
          </>
        );
      case 'map':
        return (
          <>
            <label className="es-op__part">
              type
              <input key={op.type ?? ''} className="es-input" data-testid={t('type')} defaultValue={op.type ?? ''} placeholder="same" disabled={disabled} onBlur={(event) => set(i, { ...op, type: event.target.value.trim() || null })} />
            </label>
            <OperatorNumber label="re-key to keys" value={op.rekey} testId={t('rekey')} disabled={disabled} onCommit={(rekey) => set(i, { ...op, rekey })} />
          </>
        );
      case 'aggregate': {
        const w = op.window;
        return (
          <>
            <Choice label="fn" value={op.fn} options={['count', 'sum'] as const} testId={t('fn')} disabled={disabled} onChange={(fn) => set(i, { ...op, fn })} />
            <Choice label="window" value={w.kind} options={WINDOW_KINDS} testId={t('window')} disabled={disabled} onChange={(kind) => set(i, { ...op, window: windowOf(kind) })} />
            {(w.kind === 'tumbling' || w.kind === 'hopping') && <OperatorNumber label="size ms" value={w.size} testId={t('size')} disabled={disabled} onCommit={(size) => set(i, { ...op, window: { ...w, size: size ?? 0 } })} />}
            {w.kind === 'hopping' && <OperatorNumber label="advance ms" value={w.advance} testId={t('advance')} disabled={disabled} onCommit={(advance) => set(i, { ...op, window: { ...w, advance: advance ?? 0 } })} />}
            {w.kind === 'session' && <OperatorNumber label="gap ms" value={w.gap} testId={t('gap')} disabled={disabled} onCommit={(gap) => set(i, { ...op, window: { ...w, gap: gap ?? 0 } })} />}
          </>
        );
      }
      case 'join':
        return (
          <>
            <Choice label="with" value={op.with} options={reads.includes(op.with) ? reads : [op.with, ...reads]} testId={t('with')} disabled={disabled} onChange={(topic) => set(i, { ...op, with: topic })} />
            <Choice label="as" value={op.as} options={['table', 'stream'] as const} testId={t('as')} disabled={disabled} onChange={(as) => set(i, { ...op, as })} />
            {op.as === 'stream' && <OperatorNumber label="within ms" value={op.windowMs} testId={t('within')} disabled={disabled} onCommit={(windowMs) => set(i, { ...op, windowMs: windowMs ?? 0 })} />}
          </>
        );
    }
  };
  return (
    <div className={`es-field es-pipeline-field${field.problem ? ' has-problem' : ''}`} data-testid={`field-${id}`}>
      <ol className="es-ops">
        {operators.map((op, i) => (
          <li key={i} className="es-op" data-testid={`${id}-${i}`}>
            <Choice label={`${i + 1}.`} value={op.op} options={OPERATOR_KINDS} testId={`${id}-${i}-op`} disabled={disabled} onChange={(kind) => set(i, fresh(kind, reads))} />
            {parts(op, i)}
            <button type="button" className="es-icon-button" aria-label={`Remove operator ${i + 1}`} disabled={disabled} onClick={() => field.apply(operators.filter((_, j) => j !== i))}>
              <X size={13} />
            </button>
          </li>
        ))}
      </ol>
      <div className="es-ops__add">
        {OPERATOR_KINDS.map((kind) => (
          <button key={kind} type="button" className="es-button es-button--small" data-testid={`${id}-add-${kind}`} disabled={disabled} onClick={() => field.apply(withAdded(operators, fresh(kind, reads)))}>
            <Plus size={12} /> {kind}
          </button>
        ))}
      </div>
      {field.problem && (
        <p className="es-field__problem" role="alert">
          {field.problem}
        </p>
      )}
    </div>
  );
}
