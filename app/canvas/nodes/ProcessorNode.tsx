// A processor: a stream application, drawn with its pipeline of operators as chips (a re-key shows
// its repartition step) under the usual head, and its watermark and windows while it runs.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { operatorText } from '../../../src/model/pipelineSummary';
import type { FlowNode } from '../flowTypes';
import '../../styles/streams.css';
import { NodeCard } from './NodeCard';

function ProcessorNodeView({ data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  if (node.kind !== 'processor') return <NodeCard node={node} selected={selected} />;
  const operators = node.config.operators;
  return (
    <NodeCard node={node} selected={selected}>
      <ol className="es-pipeline" data-testid={`pipeline-${node.id}`} aria-label="Pipeline">
        {operators.length === 0 && <li className="es-pipeline__op">pass through</li>}
        {operators.map((op, index) => (
          <li key={index} className={`es-pipeline__op es-pipeline__op--${op.op}`}>
            {op.op === 'map' && op.rekey !== null ? `map re-key /${op.rekey}` : operatorText(op)}
            {op.op === 'map' && op.rekey !== null && (
              <span className="es-pipeline__repartition" title="A re-key goes through a repartition step: events move to the partition of their new key">
                ⇄ repartition
              </span>
            )}
          </li>
        ))}
      </ol>
    </NodeCard>
  );
}

export const ProcessorNode = memo(ProcessorNodeView);
