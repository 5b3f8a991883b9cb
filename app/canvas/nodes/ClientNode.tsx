// A client: users or an upstream caller sending synchronous requests, drawn as a pill.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';

function ClientNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeCard node={data.node} selected={selected} />;
}

export const ClientNode = memo(ClientNodeView);
