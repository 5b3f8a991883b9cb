// One scripted fault: what, on which node, when, its parameter and how long it lasts.
import { X } from 'lucide-react';
import { faultHasDuration } from '../../src/model/fault';
import type { Fault, FaultType } from '../../src/model/types';
import { editorStore, useEditor } from '../store/useEditor';
import { faultTypesFor, newFault, withoutFault } from './faults';
import { ChoiceField } from './fields/ChoiceField';
import { NumberField } from './fields/NumberField';
import { useFaultField } from './fields/useFaultField';

interface Props {
  fault: Fault;
  index: number;
  disabled: boolean;
}

type Change = (fault: Fault, value: unknown) => Fault;

interface NumberProps {
  index: number;
  fieldKey: string;
  label: string;
  unit: string;
  value: unknown;
  defaultValue?: unknown;
  none?: string;
  percent?: boolean;
  disabled: boolean;
  change: Change;
}

function FaultNumber({ index, fieldKey, label, unit, value, defaultValue, none, percent, disabled, change }: NumberProps) {
  const field = useFaultField(index, fieldKey, value, defaultValue, change);
  return (
    <NumberField id={`fault-${index}-${fieldKey}`} label={label} unit={unit} none={none} percent={percent} disabled={disabled} field={field} />
  );
}

export function FaultRow({ fault, index, disabled }: Props) {
  const nodes = useEditor((state) => state.document.nodes);
  const kind = nodes.find((node) => node.id === fault.node)?.kind;
  const types = kind ? faultTypesFor(kind) : [fault.type];
  const targets = nodes.filter((node) => faultTypesFor(node.kind).includes(fault.type));
  const type = useFaultField(index, 'type', fault.type, undefined, (f, v) => newFault(v as FaultType, f.node, f.at, f.duration));
  const node = useFaultField(index, 'node', fault.node, undefined, (f, v) => ({ ...f, node: String(v) }));
  const common = { index, disabled };

  return (
    <li className="es-fault" data-testid={`fault-${index}`}>
      <div className="es-fault__head">
        <span className="es-fault__title">Fault {index + 1}</span>
        {!disabled && (
          <button
            type="button"
            className="es-icon-button"
            aria-label={`Remove fault ${index + 1}`}
            onClick={() => editorStore.getState().commit(withoutFault(editorStore.getState().document, index))}
          >
            <X size={14} />
          </button>
        )}
      </div>
      <ChoiceField id={`fault-${index}-type`} label="What" options={types} disabled={disabled} field={type} />
      <ChoiceField id={`fault-${index}-node`} label="Node" options={targets.map((n) => n.id)} disabled={disabled} field={node} />
      <FaultNumber {...common} fieldKey="at" label="At" unit="ms" value={fault.at} change={(f, v) => ({ ...f, at: v as number })} />
      {fault.type === 'slow' && (
        <FaultNumber {...common} fieldKey="factor" label="Slower by" unit="×" value={fault.factor} change={(f, v) => ({ ...f, factor: v as number })} />
      )}
      {fault.type === 'fail' && (
        <FaultNumber {...common} fieldKey="rate" label="Failing" unit="%" percent value={fault.rate} change={(f, v) => ({ ...f, rate: v as number })} />
      )}
      {fault.type === 'rate' && (
        <FaultNumber {...common} fieldKey="rate" label="New rate" unit="/s" value={fault.rate} change={(f, v) => ({ ...f, rate: v as number })} />
      )}
      {fault.type === 'replay' && (
        <FaultNumber
          {...common}
          fieldKey="to"
          label="Replay from"
          unit="ms"
          none="earliest"
          value={fault.to}
          defaultValue="earliest"
          change={(f, v) => ({ ...f, to: v === null ? 'earliest' : (v as number) })}
        />
      )}
      {fault.type === 'deploy' && (
        <FaultNumber {...common} fieldKey="version" label="Version" unit="v" value={fault.version} change={(f, v) => ({ ...f, version: v as number })} />
      )}
      {faultHasDuration(fault.type) && (
        <FaultNumber
          {...common}
          fieldKey="duration"
          label="Lasts"
          unit="ms"
          none="until the end"
          value={fault.duration}
          defaultValue={null}
          change={(f, v) => ({ ...f, duration: v as number | null })}
        />
      )}
    </li>
  );
}
