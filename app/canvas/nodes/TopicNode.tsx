// A topic: a partitioned log, drawn as a cylinder lying on its side with one stripe per partition.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowTypes';
import { NodeCard } from './NodeCard';

/** Partitions drawn as stripes of the log; beyond this many the rest are counted. */
const MAX_STRIPES = 16;

function TopicNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  const partitions = node.kind === 'topic' ? node.config.partitions : 1;
  const stripes = Math.min(partitions, MAX_STRIPES);
  return (
    <NodeCard node={node} selected={selected}>
      <div className="es-topic__log" aria-hidden="true">
        {Array.from({ length: stripes }, (_, i) => (
          <span key={i} className="es-topic__partition" />
        ))}
        {partitions > stripes && <span className="es-topic__more">+{partitions - stripes}</span>}
      </div>
    </NodeCard>
  );
}

export const TopicNode = memo(TopicNodeView);
