// A broker: one server of the cluster, drawn as a rack unit. It takes no edges; what it leads and
// follows, and whether it is up, come from the engine's broker figures (BrokerLive).
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';

function BrokerNodeView({ data, selected }: NodeProps<FlowNode>) {
  return <NodeCard node={data.node} selected={selected} />;
}

export const BrokerNode = memo(BrokerNodeView);
