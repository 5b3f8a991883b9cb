// The fault script: what goes wrong when during a run (slow, fail, crash, recover...). The
// document inspector lists every fault; a node's inspector lists the faults aimed at it.
import { Plus } from 'lucide-react';
import { editorStore, useEditor } from '../store/useEditor';
import { FaultRow } from './FaultRow';
import { firstFaultFor } from './faults';

interface Props {
  /** Only the faults of this node (and new faults aimed at it); all faults when absent. */
  nodeId?: string;
}

export function FaultList({ nodeId }: Props) {
  const faults = useEditor((state) => state.document.faults);
  const readOnly = useEditor((state) => state.readOnly);
  const canAdd = useEditor((state) => firstFaultFor(state.document, nodeId ?? null) !== null);
  const shown = faults.map((fault, index) => ({ fault, index })).filter(({ fault }) => !nodeId || fault.node === nodeId);
  const add = () => {
    const { document, commit } = editorStore.getState();
    const fault = firstFaultFor(document, nodeId ?? null);
    if (fault) commit({ ...document, faults: [...document.faults, fault] });
  };

  return (
    <section className="es-inspector__group" aria-label="Faults" data-testid="fault-list">
      <h3 className="es-inspector__group-title">
        Faults {shown.length > 0 && <span className="es-count">{shown.length}</span>}
      </h3>
      {shown.length === 0 && <p className="es-muted">No scripted faults{nodeId ? ' on this node' : ''}.</p>}
      <ol className="es-faults">
        {shown.map(({ fault, index }) => (
          <FaultRow key={index} fault={fault} index={index} disabled={readOnly} />
        ))}
      </ol>
      {!readOnly && canAdd && (
        <button type="button" className="es-button" data-testid="add-fault" onClick={add}>
          <Plus size={14} aria-hidden="true" /> Add fault
        </button>
      )}
    </section>
  );
}
