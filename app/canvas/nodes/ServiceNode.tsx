// A service: a consumer group and a pool of workers, drawn as a box with its instances.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';
import { WorkerPool } from './WorkerPool';
import { DatabaseInfo } from './DatabaseInfo';

function ServiceNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  return (
    <NodeCard node={node} selected={selected}>
      {node.kind === 'service' && (
        <WorkerPool instances={node.config.instances} concurrency={node.config.concurrency} />
      )}
      {node.kind === 'service' && <DatabaseInfo id={node.id} config={node.config} />}
    </NodeCard>
  );
}

export const ServiceNode = memo(ServiceNodeView);
