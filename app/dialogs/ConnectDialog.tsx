// Connecting without a mouse: with one node selected, press C (or "Connect to…" in the inspector)
// and pick the other end from this list. It lists the nodes the selected one can send to and
// receive from, each with the edge kind it would get, and says why the others cannot be connected.
import { useMemo, useState } from 'react';
import { connectionProblem } from '../../src/model/rules';
import type { TopologyDocument, TopologyNode } from '../../src/model/types';
import { connectionKind } from '../../src/editor/connections';
import { NODE_KIND_INFO } from '../canvas/kinds';
import { editorStore, useEditor } from '../store/useEditor';
import { Modal } from './Modal';

interface Option {
  other: TopologyNode;
  source: string;
  target: string;
  kind: string;
  direction: 'to' | 'from';
}

function optionsFor(nodes: readonly TopologyNode[], doc: TopologyDocument, from: TopologyNode) {
  const options: Option[] = [];
  const refused: { other: TopologyNode; reason: string }[] = [];
  for (const other of nodes) {
    if (other.id === from.id) continue;
    const out = connectionProblem(doc, from.id, other.id);
    const into = connectionProblem(doc, other.id, from.id);
    if (out === null) {
      options.push({ other, source: from.id, target: other.id, kind: connectionKind(doc, from.id, other.id) ?? '', direction: 'to' });
    }
    if (into === null) {
      options.push({ other, source: other.id, target: from.id, kind: connectionKind(doc, other.id, from.id) ?? '', direction: 'from' });
    }
    if (out !== null && into !== null) refused.push({ other, reason: out });
  }
  return { options, refused };
}

export function ConnectDialog({ onClose }: { onClose: () => void }) {
  const doc = useEditor((state) => state.document);
  const selected = useEditor((state) => (state.selection.nodes.length === 1 ? state.selection.nodes[0] : null));
  const from = doc.nodes.find((node) => node.id === selected);
  const [filter, setFilter] = useState('');
  const { options, refused } = useMemo(
    () => (from ? optionsFor(doc.nodes, doc, from) : { options: [], refused: [] }),
    [doc, from],
  );
  const shown = options.filter((option) => option.other.label.toLowerCase().includes(filter.trim().toLowerCase()));

  const pick = (option: Option) => {
    const result = editorStore.getState().connectNodes(option.source, option.target);
    if (!result.ok) editorStore.getState().notify('error', 'Cannot connect', [result.reason]);
    onClose();
  };

  if (!from) {
    return (
      <Modal title="Connect" onClose={onClose} testId="connect-dialog">
        <p>Select one node first, then press C to connect it to another.</p>
      </Modal>
    );
  }
  return (
    <Modal title={`Connect ${from.label}`} onClose={onClose} testId="connect-dialog">
      <label className="es-field__label" htmlFor="connect-filter">
        Find a node
      </label>
      <input
        id="connect-filter"
        className="es-input"
        data-testid="connect-filter"
        data-autofocus
        autoComplete="off"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || !shown[0]) return;
          // Focus goes back to where it was when the dialog closes; this Enter must not press it.
          event.preventDefault();
          pick(shown[0]);
        }}
      />
      {shown.length === 0 && <p className="es-muted">No node can be connected to {from.label}{filter ? ' by that name' : ''}.</p>}
      <ul className="es-connect-list" aria-label="Nodes it can connect to">
        {shown.map((option) => {
          const Icon = NODE_KIND_INFO[option.other.kind].icon;
          const words =
            option.direction === 'to'
              ? `${from.label} → ${option.other.label}`
              : `${option.other.label} → ${from.label}`;
          return (
            <li key={`${option.direction}:${option.other.id}`}>
              <button
                type="button"
                className="es-connect-option"
                data-testid={`connect-${option.direction}-${option.other.id}`}
                onClick={() => pick(option)}
              >
                <Icon size={14} aria-hidden="true" />
                <span>{words}</span>
                <span className="es-badge">{option.kind}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {refused.length > 0 && (
        <details className="es-connect-refused">
          <summary>Why not the other {refused.length === 1 ? 'node' : `${refused.length} nodes`}?</summary>
          <ul>
            {refused.map(({ other, reason }) => (
              <li key={other.id}>
                <strong>{other.label}</strong>: {reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Modal>
  );
}
