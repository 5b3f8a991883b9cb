// How each node and edge kind presents itself: name, icon, a line saying what it is. The palette,
// the nodes, the inspector and the legend all read this, so a kind looks the same everywhere.
import { Cog, Layers, type LucideIcon, Megaphone, MonitorSmartphone, Server, Sigma, Workflow } from 'lucide-react';
import type { EdgeKind, NodeKind } from '../../src/model/types';

export interface KindInfo {
  name: string;
  icon: LucideIcon;
  /** One line for the palette's tooltip and the inspector's header. */
  description: string;
}

export const NODE_KIND_INFO: Record<NodeKind, KindInfo> = {
  producer: {
    name: 'Producer',
    icon: Megaphone,
    description: 'Publishes events (facts, past tense) to topics',
  },
  client: {
    name: 'Client',
    icon: MonitorSmartphone,
    description: 'Sends synchronous requests and waits for the answer',
  },
  topic: {
    name: 'Topic',
    icon: Layers,
    description: 'A durable, partitioned log that consumer groups read at their own pace',
  },
  service: {
    name: 'Service',
    icon: Cog,
    description: 'Consumes events, serves calls, calls others and publishes',
  },
  orchestrator: {
    name: 'Orchestrator',
    icon: Workflow,
    description: 'Runs its calls as ordered steps and compensates when a step fails',
  },
  broker: {
    name: 'Broker',
    icon: Server,
    description: 'A server of the cluster: leads and follows copies of topic partitions; needs no edges',
  },
  processor: {
    name: 'Processor',
    icon: Sigma,
    description: 'A stream application: filters, maps, joins and counts events in windows by event time',
  },
};

export const EDGE_KIND_INFO: Record<EdgeKind, { name: string; description: string }> = {
  publish: { name: 'Publish', description: 'appends events to a topic' },
  subscribe: { name: 'Subscribe', description: 'a consumer group reads the topic' },
  call: { name: 'Call', description: 'synchronous request; the caller holds a worker until the answer' },
  deadletter: { name: 'Dead letter', description: 'where events go after their last failed attempt' },
};

/** Where a node of each kind can be connected: sources only send, the rest both receive and send. */
export const HANDLES: Record<NodeKind, { target: boolean; source: boolean }> = {
  producer: { target: false, source: true },
  client: { target: false, source: true },
  topic: { target: true, source: true },
  service: { target: true, source: true },
  orchestrator: { target: true, source: true },
  broker: { target: false, source: false },
  processor: { target: true, source: true },
};
