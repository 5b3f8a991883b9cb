// From a document to the running parts: node ids resolve to integer indices once, here, so the
// hot path never looks anything up by string. Each producer, service and publish edge gets its
// own random stream derived from the seed and its id, so changing one part of a document (or a
// fault on one service) leaves the randomness of the others as it was.
import { defaultPublishes } from '../model/defaults';
import type { OrchestratorNode, ServiceConfig, TopologyDocument, TopologyNode } from '../model/types';
import { Calls } from './calls';
import { Client } from './client';
import { compileDistribution } from './distribution';
import { Kernel } from './kernel';
import { Producer } from './producer';
import { HOLD_ALL, type PublishLink } from './publishLink';
import { brokerIndex, buildCluster, publishLinkFor } from './cluster/clusterBuild';
import type { Cluster } from './cluster/cluster';
import { hashString, Random } from './random';
import { Service } from './service';
import { ServiceCalls } from './serviceCalls';
import { Topic } from './topic';
import { Transit } from './transit';
import { versionedTypesOf } from './schemaBook';
import { processorEventTypes, processorServiceConfig } from './streams/processorNode';
import { StreamProcessor } from './streams/streamProcessor';

/**
 * A document node as the engine knows it: which runtime list holds it, at which index. Services,
 * orchestrators and processors are all in `services`; clients in `clients`.
 */
export interface NodeRef {
  kind: 'producer' | 'topic' | 'service' | 'client' | 'orchestrator' | 'broker' | 'processor';
  index: number;
  node: TopologyNode;
}

/** The running parts of a simulation. */
export interface Runtime {
  seed: number;
  kernel: Kernel;
  transit: Transit;
  producers: Producer[];
  topics: Topic[];
  services: Service[];
  clients: Client[];
  calls: Calls;
  links: PublishLink[];
  nodes: Map<string, NodeRef>;
  doc: TopologyDocument;
  keySpace: number;
  /** The document's brokers as one cluster; null without brokers (the implicit, never-failing one). */
  cluster: Cluster | null;
}

const STREAM = { producer: 1, service: 2, edge: 3, client: 4 } as const;

/** The event type of requests on call edges (for the animation and journeys). */
export const REQUEST_TYPE = 'Request';

/** A random stream for one part of the document. */
export function streamFor(seed: number, id: string, part: number): Random {
  return new Random(seed, (hashString(id) ^ Math.imul(part, 0x27d4eb2d)) | 0);
}

/** Every event type of the document: producers' lifecycles, then what services publish. */
export function eventTypesOf(doc: TopologyDocument): string[] {
  const types: string[] = [];
  const add = (t: string) => {
    if (!types.includes(t)) types.push(t);
  };
  for (const node of doc.nodes) if (node.kind === 'producer') node.config.eventTypes.forEach(add);
  for (const node of doc.nodes) if (node.kind === 'service') add(publishedType(node.config.publishes, node.label));
  for (const node of doc.nodes) if (node.kind === 'orchestrator') add(defaultPublishes(node.label));
  for (const node of doc.nodes) if (node.kind === 'processor') processorEventTypes(node).forEach(add);
  if (doc.nodes.some((node) => node.kind === 'client') || doc.edges.some((edge) => edge.kind === 'call')) add(REQUEST_TYPE);
  versionedTypesOf(doc).forEach(add);
  return types.length > 0 ? types : ['Event'];
}

/** What a service publishes: its `publishes`, or its label + "Completed". */
export function publishedType(publishes: string, label: string): string {
  return publishes !== '' ? publishes : defaultPublishes(label);
}

/** The number of distinct keys any source uses (at least 1). */
export function keySpaceOf(doc: TopologyDocument): number {
  let keys = 1;
  for (const node of doc.nodes) if (node.kind === 'producer' || node.kind === 'client') keys = Math.max(keys, node.config.keys);
  return keys;
}

/** Builds the runtime of a document with a seed; nothing runs until the clock moves. */
export function buildRuntime(doc: TopologyDocument, seed: number): Runtime {
  const kernel = new Kernel(eventTypesOf(doc));
  kernel.schemas.learn(doc, kernel.eventTypes);
  const keySpace = keySpaceOf(doc);
  const rt: Runtime = {
    seed,
    kernel,
    transit: new Transit(),
    producers: [],
    topics: [],
    services: [],
    clients: [],
    calls: new Calls(kernel),
    links: [],
    nodes: new Map(),
    doc,
    keySpace,
    cluster: buildCluster(doc, kernel),
  };
  for (const node of doc.nodes) addNode(rt, node);
  if (rt.cluster) for (const topic of rt.topics) rt.cluster.placeTopic(topic);
  for (let e = 0; e < doc.edges.length; e++) addEdge(rt, e);
  linkCalls(rt);
  linkTruth(rt);
  for (const service of rt.services) service.startConsuming();
  return rt;
}

/** Adds a node's runtime part. */
export function addNode(rt: Runtime, node: TopologyNode): void {
  const { kernel, seed } = rt;
  switch (node.kind) {
    case 'producer': {
      const index = rt.producers.length;
      rt.producers.push(new Producer(node.id, index, kernel, streamFor(seed, node.id, STREAM.producer), node.config));
      rt.nodes.set(node.id, { kind: 'producer', index, node });
      return;
    }
    case 'topic':
      rt.nodes.set(node.id, { kind: 'topic', index: rt.topics.length, node });
      rt.topics.push(new Topic(node.id, kernel, node.config));
      return;
    case 'service':
    case 'orchestrator': {
      const index = rt.services.length;
      const config = node.kind === 'service' ? { ...node.config, publishes: publishedType(node.config.publishes, node.label) } : orchestratorConfig(node);
      const service = new Service(node.id, index, kernel, streamFor(seed, node.id, STREAM.service), config, rt.keySpace, node.kind === 'orchestrator');
      service.sync = new ServiceCalls(service, rt.calls);
      rt.services.push(service);
      rt.nodes.set(node.id, { kind: node.kind, index, node });
      return;
    }
    case 'broker':
      rt.nodes.set(node.id, { kind: 'broker', index: brokerIndex(rt.cluster, node.id), node });
      return;
    case 'client': {
      const index = rt.clients.length;
      const client = new Client(node.id, index, kernel, streamFor(seed, node.id, STREAM.client), rt.calls, node.config);
      client.requestType = Math.max(0, kernel.eventTypes.indexOf(REQUEST_TYPE));
      rt.clients.push(client);
      rt.nodes.set(node.id, { kind: 'client', index, node });
      return;
    }
    case 'processor': {
      const index = rt.services.length;
      const config = processorServiceConfig(node);
      const service = new Service(node.id, index, kernel, streamFor(seed, node.id, STREAM.service), config, rt.keySpace);
      service.sync = new ServiceCalls(service, rt.calls);
      service.stream = new StreamProcessor(node.id, kernel, node.config, service.publishType);
      rt.services.push(service);
      rt.nodes.set(node.id, { kind: 'processor', index, node });
      return;
    }
  }
}

/**
 * An orchestrator runs as a service with no failures of its own and no retries (its steps have
 * theirs): one workflow per key at a time, parallel across keys.
 */
export function orchestratorConfig(node: OrchestratorNode): ServiceConfig {
  return {
    ...node.config,
    failureRate: 0,
    retry: { maxAttempts: 1, backoff: 0, mode: 'blocking' },
    ordering: 'key',
    idempotent: false,
    queueLimit: null,
    publishes: defaultPublishes(node.label),
  };
}

/** The service (or orchestrator) of a node id, if it is one. */
export function serviceOf(rt: Runtime, id: string): Service | undefined {
  const ref = rt.nodes.get(id);
  return ref && (ref.kind === 'service' || ref.kind === 'orchestrator' || ref.kind === 'processor') ? rt.services[ref.index] : undefined;
}

/**
 * Gives every caller (client, service, orchestrator) its call edges as steps: by `order`, then by
 * edge order. Calls already under way keep the steps they started with.
 */
export function linkCalls(rt: Runtime): void {
  for (const client of rt.clients) client.links = [];
  for (const service of rt.services) service.sync.links = [];
  const edges = rt.doc.edges.map((edge, index) => ({ edge, index })).filter(({ edge }) => edge.kind === 'call');
  const orderOf = (edge: (typeof edges)[number]['edge']) => (edge.kind === 'call' && edge.config.order !== null ? edge.config.order : Infinity);
  edges.sort((a, b) => orderOf(a.edge) - orderOf(b.edge) || a.index - b.index);
  for (const { edge, index } of edges) {
    if (edge.kind !== 'call') continue;
    const target = serviceOf(rt, edge.target);
    const source = rt.nodes.get(edge.source);
    if (!target || !source) continue;
    const link = { edgeIndex: index, edgeId: edge.id, target: target.sync, timeout: edge.config.timeout, retries: edge.config.retries, backoff: edge.config.backoff };
    if (source.kind === 'client') rt.clients[source.index].links.push(link);
    else if (source.kind === 'service' || source.kind === 'orchestrator') rt.services[source.index].sync.links.push(link);
  }
  for (const service of rt.services) service.calls = service.sync.links.length > 0;
}

/** Adds the runtime part of edge `e` of the document. */
export function addEdge(rt: Runtime, e: number): void {
  const edge = rt.doc.edges[e];
  const source = rt.nodes.get(edge.source);
  const target = rt.nodes.get(edge.target);
  if (!source || !target) return;
  if (edge.kind === 'subscribe') {
    if (source.kind !== 'topic' || (target.kind !== 'service' && target.kind !== 'orchestrator' && target.kind !== 'processor')) return;
    const service = rt.services[target.index];
    service.subscribe(rt.topics[source.index], e, edge.config);
    return;
  }
  // Call edges are linked as a whole, in step order (linkCalls).
  if ((edge.kind !== 'publish' && edge.kind !== 'deadletter') || target.kind !== 'topic') return;
  const latency = edge.kind === 'publish' ? edge.config.latency : { dist: 'constant' as const, mean: 0 };
  const producer = source.kind === 'producer' ? rt.producers[source.index] : null;
  const link = publishLinkFor(
    rt.cluster,
    producer ? producer.config : null,
    rt.links.length,
    e,
    edge.id,
    edge.source,
    rt.topics[target.index],
    compileDistribution(latency),
    streamFor(rt.seed, edge.id, STREAM.edge),
    rt.kernel,
    rt.transit,
    producer ?? HOLD_ALL,
  );
  rt.links.push(link);
  const stream = source.kind === 'processor' ? rt.services[source.index].stream : null;
  if (stream !== null && source.node.kind === 'processor') {
    if (source.node.config.late === 'side-output' && edge.target === source.node.config.lateTopic) stream.lateLinks.push(link);
    else stream.outLinks.push(link);
  } else if (producer) producer.links.push(link);
  else if (source.kind === 'service' || source.kind === 'orchestrator') {
    const service = rt.services[source.index];
    if (edge.kind === 'publish') service.publishLinks.push(link);
    else service.deadLetterLinks.push(link);
  }
}

/**
 * Connects each producer and client to the read models downstream of it: services (and
 * orchestrators) reached through publish, subscribe and call edges, hop after hop (a service
 * passes its source's key and sequence number on, in what it publishes and in the calls it makes).
 * Dead-letter edges do not count: a dead-letter consumer sees only failures, not the truth.
 */
export function linkTruth(rt: Runtime): void {
  const next = new Map<string, string[]>();
  for (const edge of rt.doc.edges) {
    if (edge.kind === 'deadletter') continue;
    const list = next.get(edge.source);
    if (list) list.push(edge.target);
    else next.set(edge.source, [edge.target]);
  }
  for (const service of rt.services) service.hasTruth = false;
  const sources: (Producer | Client)[] = [...rt.producers, ...rt.clients];
  for (const source of sources) {
    source.downstream = [];
    const ref = rt.nodes.get(source.id);
    const kind = source instanceof Producer ? 'producer' : 'client';
    if (!ref || ref.kind !== kind || ref.index !== source.index) continue;
    const seen = new Set<string>([source.id]);
    const frontier = [source.id];
    for (let head = 0; head < frontier.length; head++) {
      for (const id of next.get(frontier[head]) ?? []) {
        const target = rt.nodes.get(id);
        if (seen.has(id) || !target || (target.kind !== 'topic' && target.kind !== 'service' && target.kind !== 'orchestrator')) continue;
        seen.add(id);
        frontier.push(id);
        if (target.kind === 'topic') continue;
        const service = rt.services[target.index];
        service.hasTruth = true;
        source.downstream.push(service.projection);
        // Keys already produced count as truth for a service that joins later.
        for (let k = 0; k < service.projection.keys; k++) service.projection.produced(k, source.seqOfKey(k));
      }
    }
  }
}
