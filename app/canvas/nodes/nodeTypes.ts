// The canvas's `nodeTypes`: one component per node kind, in a stable object React Flow can keep.
import type { NodeKind } from '../../../src/model/types';
import { BrokerNode } from './BrokerNode';
import { ClientNode } from './ClientNode';
import { OrchestratorNode } from './OrchestratorNode';
import { ProcessorNode } from './ProcessorNode';
import { ProducerNode } from './ProducerNode';
import { ServiceNode } from './ServiceNode';
import { TopicNode } from './TopicNode';

export const NODE_TYPES: Record<NodeKind, typeof ProducerNode> = {
  producer: ProducerNode,
  client: ClientNode,
  topic: TopicNode,
  service: ServiceNode,
  orchestrator: OrchestratorNode,
  broker: BrokerNode,
  processor: ProcessorNode,
};
