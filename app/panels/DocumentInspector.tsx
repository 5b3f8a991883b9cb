// What the inspector shows when nothing is selected: the document's name and seed, its size, the
// fault script, and a word on how to begin.
import { LIMITS } from '../../src/model/limits';
import { setDocumentInfo } from '../../src/editor/edits';
import { editorStore, useEditor } from '../store/useEditor';
import { checkCandidate } from '../../src/editor/validate';
import { FaultList } from './FaultList';
import { NameField } from './fields/NameField';
import { NumberField } from './fields/NumberField';
import { useDocumentField } from './fields/useDocumentField';

export function DocumentInspector() {
  const name = useEditor((state) => state.document.name);
  const nodeCount = useEditor((state) => state.document.nodes.length);
  const edgeCount = useEditor((state) => state.document.edges.length);
  const readOnly = useEditor((state) => state.readOnly);
  const seed = useDocumentField('seed');

  const rename = (value: string, coalesceKey: string) => {
    const { document, commit } = editorStore.getState();
    const checked = checkCandidate(setDocumentInfo(document, { name: value }), 'name');
    if (!checked.ok) return checked.problem;
    commit(setDocumentInfo(document, { name: checked.restored.name }), coalesceKey);
    return null;
  };

  return (
    <div className="es-inspector__body" data-testid="document-inspector">
      <header className="es-inspector__header">
        <div>
          <div className="es-inspector__kind">Document</div>
          <div className="es-inspector__id">
            {nodeCount} of {LIMITS.nodes} nodes · {edgeCount} edges
          </div>
        </div>
      </header>
      {nodeCount === 0 && !readOnly && (
        <p className="es-inspector__about" data-testid="empty-hint">
          Start by dragging a producer, a topic and a service from the left onto the canvas, then
          drag from a node’s right handle to another node’s left handle to connect them.
        </p>
      )}
      <NameField key={name === '' ? 'empty' : 'name'} id="document-name" label="Name" value={name} onChange={rename} disabled={readOnly} />
      <NumberField id="document-seed" label="Seed" field={seed} step={1} hint="same seed, same run" disabled={readOnly} />
      <FaultList />
    </div>
  );
}
