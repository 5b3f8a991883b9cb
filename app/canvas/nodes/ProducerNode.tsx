// A producer: a source of events, drawn as a rounded arrow-like tab with its event lifecycle.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';
import { SchemaInfo } from './SchemaInfo';

function ProducerNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  return <NodeCard node={node} selected={selected}>{node.kind === 'producer' && <SchemaInfo id={node.id} config={node.config} />}</NodeCard>;
}

export const ProducerNode = memo(ProducerNodeView);
