// What every node has: its handles, icon, label, settings at a glance and the live row. The
// kind's own component adds its shape (a class) and a picture of its structure (children).
import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { TopologyNode } from '../../../src/model/types';
import { useCanvasRun } from '../canvasSide';
import { HANDLES, NODE_KIND_INFO } from '../kinds';
import { nodeSummary } from '../summaries';
import { NodeLabel } from './NodeLabel';
import { NodeLiveRow } from './NodeLiveRow';

interface Props {
  node: TopologyNode;
  selected: boolean;
  children?: ReactNode;
}

export function NodeCard({ node, selected, children }: Props) {
  const info = NODE_KIND_INFO[node.kind];
  const handles = HANDLES[node.kind];
  const Icon = info.icon;
  const [summary, detail] = nodeSummary(node);
  // A topic on brokers also shows its leaders and elections; a broker its state, leads and follows.
  const clustered = useCanvasRun((state) => node.kind === 'topic' && state.document.nodes.some((n) => n.kind === 'broker'));
  const liveLines = node.kind === 'broker' ? 3 : clustered ? 4 : 2;
  return (
    <div
      className={`es-node es-node--${node.kind}${selected ? ' is-selected' : ''}`}
      data-testid={`node-${node.id}`}
      data-kind={node.kind}
      title={`${info.name}: ${info.description}`}
    >
      {handles.target && (
        <Handle type="target" position={Position.Left} className="es-handle" aria-label={`Connect into ${node.label}`} />
      )}
      <div className="es-node__head">
        <span className="es-node__icon" aria-hidden="true">
          <Icon size={15} strokeWidth={2.2} />
        </span>
        <NodeLabel id={node.id} label={node.label} />
      </div>
      <div className="es-node__summary" data-testid={`node-summary-${node.id}`}>
        {summary}
      </div>
      {detail && <div className="es-node__detail">{detail}</div>}
      {children}
      <NodeLiveRow id={node.id} lines={liveLines} />
      {handles.source && (
        <Handle type="source" position={Position.Right} className="es-handle" aria-label={`Connect from ${node.label}`} />
      )}
    </div>
  );
}
