// The inspector of one node: its name, every config field of its kind, its scripted faults, and
// the commands that act on it (connect, delete).
import { Link2 } from 'lucide-react';
import { useMemo } from 'react';
import { defaultPublishes } from '../../src/model/defaults';
import { FaultMenuButton } from '../canvas/FaultMenuButton';
import { NODE_KIND_INFO } from '../canvas/kinds';
import { editorStore, useEditor } from '../store/useEditor';
import { DeleteButton } from './DeleteButton';
import { FaultList } from './FaultList';
import { ConfigFields } from './fields/ConfigFields';
import { NODE_FIELDS } from './fields/fieldSpecs';
import { NameField } from './fields/NameField';
import { InspectorHeader } from './InspectorHeader';
import { StreamTableView, TheoryPanel } from './LazyInspectorPanels';
import { defaultProcessorOutput } from '../../src/model/processorDefaults';

interface Props {
  id: string;
}

export function NodeInspector({ id }: Props) {
  const readOnly = useEditor((state) => state.readOnly);
  // Field by field: the node object itself changes with every frame of a drag.
  const kind = useEditor((state) => state.document.nodes.find((n) => n.id === id)?.kind ?? 'service');
  const label = useEditor((state) => state.document.nodes.find((n) => n.id === id)?.label ?? id);
  const config = useEditor((state) => state.document.nodes.find((n) => n.id === id)?.config);
  const info = NODE_KIND_INFO[kind];
  const Icon = info.icon;
  const owner = useMemo(() => ({ type: 'node' as const, id }), [id]);
  // While a run is on, theory and measurement are what a person watches: above the settings.
  const theoryFirst = useEditor((state) => state.status !== 'idle');

  const rename = (next: string, coalesceKey: string) => editorStore.getState().renameNode(id, next, coalesceKey);

  return (
    <div className="es-inspector__body" data-testid="node-inspector">
      <InspectorHeader
        kindClass={`es-kind--${kind}`}
        icon={<Icon size={18} />}
        title={info.name}
        subtitle={id}
        subtitleTitle="Id in the document"
        about={info.description}
      />
      <NameField key={id} id="node-label" label="Name" value={label} onChange={rename} disabled={readOnly} />
      {kind === 'processor' && <StreamTableView id={id} />}
      {kind === 'service' && theoryFirst && <TheoryPanel id={id} />}
      <ConfigFields
        owner={owner}
        groups={NODE_FIELDS[kind]}
        config={config}
        disabled={readOnly}
        placeholders={{ publishes: kind === 'processor' ? defaultProcessorOutput(label) : defaultPublishes(label) }}
      />
      {kind === 'service' && !theoryFirst && <TheoryPanel id={id} />}
      <FaultList nodeId={id} />
      {!readOnly && <FaultMenuButton nodeId={id} />}
      {!readOnly && (
        <div className="es-inspector__actions">
          <button
            type="button"
            className="es-button"
            data-testid="inspector-connect"
            onClick={() => editorStore.getState().openDialog('connect')}
          >
            <Link2 size={14} aria-hidden="true" /> Connect to… <kbd>C</kbd>
          </button>
          <DeleteButton />
        </div>
      )}
    </div>
  );
}
