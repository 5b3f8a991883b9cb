// An edge of the topology. Its kind decides how it looks (a class and markers from EdgeMarkers):
// publish and subscribe solid with an arrow, call dashed with a waiting caller's dot and a sync
// label, dead-letter red and dotted.
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { ArrowLeftRight } from 'lucide-react';
import { memo } from 'react';
import { editorStore } from '../../store/useEditor';
import { useCanvasSide } from '../canvasSide';
import type { FlowEdge } from '../flowTypes';
import { edgeSummary } from '../summaries';
import { CallEdgeFigures } from '../live/CallEdgeFigures';
import { edgePath } from './edgePath';

/** Flow units per character of a label, and the icon and padding around the text. */
const LABEL_CHAR_WIDTH = 5.8;
const LABEL_FRAME_WIDTH = 34;
/** Ends this far apart vertically leave the label's midpoint clear of both nodes. */
const CLEAR_OF_NODES_DY = 150;

/**
 * Whether a call edge is too short for its label: the label would sit under the two nodes. Such a
 * label shows its icon and live figures only, the rest in its tooltip (and in the inspector).
 */
function tooShortFor(label: string, props: EdgeProps<FlowEdge>): boolean {
  const width = label.length * LABEL_CHAR_WIDTH + LABEL_FRAME_WIDTH;
  return Math.abs(props.targetX - props.sourceX) < width && Math.abs(props.targetY - props.sourceY) < CLEAR_OF_NODES_DY;
}

function TopologyEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, data, selected } = props;
  const { path, labelX, labelY } = edgePath(props);
  const onA = useCanvasSide() === 'a';
  if (!data) return null;
  const { edge } = data;
  const label = edgeSummary(edge);
  const marker = selected ? 'selected' : edge.kind;
  const tight = edge.kind === 'call' && tooShortFor(label, props);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`es-edge es-edge--${edge.kind}`}
        markerEnd={`url(#es-arrow-${marker})`}
        markerStart={edge.kind === 'call' ? `url(#es-dot-${marker})` : undefined}
        interactionWidth={16}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`es-edge-label es-edge-label--${edge.kind}${tight ? ' es-edge-label--tight' : ''}${selected ? ' is-selected' : ''} nodrag nopan`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-label-${id}`}
            title={tight ? label : undefined}
            onClick={onA ? () => editorStore.getState().select({ nodes: [], edges: [id] }) : undefined}
          >
            {edge.kind === 'call' && <ArrowLeftRight size={11} aria-label="synchronous" />}
            {!tight && label}
            {edge.kind === 'call' && <CallEdgeFigures edgeId={id} callee={edge.target} compact={tight} />}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const TopologyEdge = memo(TopologyEdgeView);

/** The canvas's `edgeTypes`: every edge kind drawn by the same component, styled by kind. */
export const EDGE_TYPES = {
  publish: TopologyEdge,
  subscribe: TopologyEdge,
  call: TopologyEdge,
  deadletter: TopologyEdge,
};
