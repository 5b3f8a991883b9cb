// An orchestrator: a workflow engine, drawn with a double frame and the number of steps it runs
// (its outgoing calls, in order).
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasRun } from '../canvasSide';
import type { FlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';
import { WorkerPool } from './WorkerPool';

function OrchestratorNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  const steps = useCanvasRun(
    (state) => state.document.edges.filter((edge) => edge.kind === 'call' && edge.source === node.id).length,
  );
  return (
    <NodeCard node={node} selected={selected}>
      <div className="es-node__steps">{steps === 1 ? '1 step' : `${steps} steps`}</div>
      {node.kind === 'orchestrator' && (
        <WorkerPool instances={node.config.instances} concurrency={node.config.concurrency} />
      )}
    </NodeCard>
  );
}

export const OrchestratorNode = memo(OrchestratorNodeView);
