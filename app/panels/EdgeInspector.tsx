// The inspector of one edge: what it connects, its kind (publish or dead-letter where both fit),
// and its settings.
import { useMemo } from 'react';
import { connectionProblem, edgeKindsBetween } from '../../src/model/rules';
import type { EdgeKind, TopologyEdge } from '../../src/model/types';
import { EDGE_KIND_INFO } from '../canvas/kinds';
import { setEdgeKind } from '../../src/editor/edits';
import { editorStore, useEditor } from '../store/useEditor';
import { DeleteButton } from './DeleteButton';
import { ConfigFields } from './fields/ConfigFields';
import { EDGE_FIELDS } from './fields/fieldSpecs';
import { InspectorHeader } from './InspectorHeader';

interface Props {
  edge: TopologyEdge;
}

export function EdgeInspector({ edge }: Props) {
  const readOnly = useEditor((state) => state.readOnly);
  const source = useEditor((state) => state.document.nodes.find((node) => node.id === edge.source));
  const target = useEditor((state) => state.document.nodes.find((node) => node.id === edge.target));
  const owner = useMemo(() => ({ type: 'edge' as const, id: edge.id }), [edge.id]);
  const info = EDGE_KIND_INFO[edge.kind];
  const kinds = source && target ? edgeKindsBetween(source.kind, target.kind) : [edge.kind];

  const switchKind = (kind: EdgeKind) => {
    const { document, commit, notify } = editorStore.getState();
    const others = { ...document, edges: document.edges.filter((e) => e.id !== edge.id) };
    const problem = connectionProblem(others, edge.source, edge.target, kind);
    if (problem) notify('error', `Cannot make it a ${EDGE_KIND_INFO[kind].name.toLowerCase()} edge`, [problem]);
    else commit(setEdgeKind(document, edge.id, kind));
  };

  return (
    <div className="es-inspector__body" data-testid="edge-inspector">
      <InspectorHeader
        kindClass={`es-edge-kind--${edge.kind}`}
        title={`${info.name} edge`}
        subtitle={
          <>
            {source?.label ?? edge.source} → {target?.label ?? edge.target}
          </>
        }
        about={info.description[0].toUpperCase() + info.description.slice(1)}
      />
      {kinds.length > 1 && (
        <div className="es-field">
          <span className="es-field__label" id="edge-kind-label">
            Kind
          </span>
          <div className="es-segmented" role="radiogroup" aria-labelledby="edge-kind-label">
            {kinds.map((kind) => (
              <button
                key={kind}
                type="button"
                role="radio"
                aria-checked={edge.kind === kind}
                className={`es-segmented__option${edge.kind === kind ? ' is-on' : ''}`}
                data-testid={`edge-kind-${kind}`}
                disabled={readOnly}
                onClick={() => switchKind(kind)}
              >
                {EDGE_KIND_INFO[kind].name}
              </button>
            ))}
          </div>
        </div>
      )}
      <ConfigFields owner={owner} groups={EDGE_FIELDS[edge.kind]} config={edge.config} disabled={readOnly} />
      {!readOnly && (
        <div className="es-inspector__actions">
          <DeleteButton />
        </div>
      )}
    </div>
  );
}
