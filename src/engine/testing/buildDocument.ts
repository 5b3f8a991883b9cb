// Small builders for complete documents in tests and benchmarks: every config field filled from
// the model's defaults, overridden where a test says so.
import { defaultConfig, defaultEdgeConfig, defaultPublishes } from '../../model/defaults';
import type {
  EdgeConfigs,
  Fault,
  NodeConfigs,
  TopologyDocument,
  TopologyEdge,
  TopologyNode,
} from '../../model/types';

type Partial2<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> | T[K] : T[K] };

function node<K extends keyof NodeConfigs>(kind: K, id: string, config: Partial2<NodeConfigs[K]> = {}): TopologyNode {
  const base = defaultConfig(kind) as NodeConfigs[K];
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(config)) {
    const current = merged[key];
    merged[key] = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof current === 'object' && current !== null ? { ...current, ...value } : value;
  }
  if (kind === 'service' && merged.publishes === '') merged.publishes = defaultPublishes(id);
  return { id, kind, label: id, position: { x: 0, y: 0 }, config: merged } as unknown as TopologyNode;
}

/** A producer node with defaults. */
export const producer = (id: string, config: Partial2<NodeConfigs['producer']> = {}) => node('producer', id, config);
/** A topic node with defaults. */
export const topic = (id: string, config: Partial2<NodeConfigs['topic']> = {}) => node('topic', id, config);
/** A service node with defaults. */
export const service = (id: string, config: Partial2<NodeConfigs['service']> = {}) => node('service', id, config);
/** A client node with defaults. */
export const client = (id: string, config: Partial2<NodeConfigs['client']> = {}) => node('client', id, config);
/** An orchestrator node with defaults. */
export const orchestrator = (id: string, config: Partial2<NodeConfigs['orchestrator']> = {}) => node('orchestrator', id, config);

let edgeCounter = 0;

function edge<K extends keyof EdgeConfigs>(kind: K, source: string, target: string, config: Partial<EdgeConfigs[K]> = {}): TopologyEdge {
  return { id: `${kind}-${source}-${target}-${edgeCounter++}`, kind, source, target, config: { ...defaultEdgeConfig(kind), ...config } } as TopologyEdge;
}

/** A publish edge. */
export const publish = (source: string, target: string, config: Partial<EdgeConfigs['publish']> = {}) => edge('publish', source, target, config);
/** A subscribe edge. */
export const subscribe = (source: string, target: string, config: Partial<EdgeConfigs['subscribe']> = {}) => edge('subscribe', source, target, config);
/** A call edge. */
export const call = (source: string, target: string, config: Partial<EdgeConfigs['call']> = {}) => edge('call', source, target, config);
/** A dead-letter edge. */
export const deadletter = (source: string, target: string) => edge('deadletter', source, target);

/** A complete document. */
export function documentOf(nodes: TopologyNode[], edges: TopologyEdge[], faults: Fault[] = [], seed = 1): TopologyDocument {
  return { format: 'eventscape/1', name: 'test', seed, nodes, edges, faults };
}

/** Producer → topic → service with the given rates: arrivals λ/s, service mean 1000/μ ms. */
export function mm1(lambda: number, mu: number, serviceConfig: Partial2<NodeConfigs['service']> = {}, topicConfig: Partial2<NodeConfigs['topic']> = {}): TopologyDocument {
  return documentOf(
    [
      producer('source', { rate: lambda, arrival: 'poisson', keys: 1000 }),
      topic('queue', topicConfig),
      service('server', { processing: { dist: 'exponential', mean: 1000 / mu }, ...serviceConfig }),
    ],
    [publish('source', 'queue'), subscribe('queue', 'server')],
  );
}
