// A producer: a source of events, drawn as a rounded arrow-like tab with its event lifecycle.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';

function ProducerNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeCard node={data.node} selected={selected} />;
}

export const ProducerNode = memo(ProducerNodeView);
