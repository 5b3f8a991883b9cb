// From a document to the running parts: node ids resolve to integer indices once, here, so the
// hot path never looks anything up by string. Each producer, service and publish edge gets its
// own random stream derived from the seed and its id, so changing one part of a document (or a
// fault on one service) leaves the randomness of the others as it was.
import { defaultPublishes } from '../model/defaults';
import type { TopologyDocument, TopologyNode } from '../model/types';
import { compileDistribution } from './distribution';
import { Kernel } from './kernel';
import { Producer } from './producer';
import { HOLD_ALL, PublishLink } from './publishLink';
import { hashString, Random } from './random';
import { ConsumerGroup } from './consumerGroup';
import { Service } from './service';
import { Topic } from './topic';
import { Transit } from './transit';

/** A document node as the engine knows it: which runtime list holds it, at which index. */
export interface NodeRef {
  kind: 'producer' | 'topic' | 'service' | 'client' | 'orchestrator';
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
  links: PublishLink[];
  nodes: Map<string, NodeRef>;
  doc: TopologyDocument;
  keySpace: number;
}

const STREAM = { producer: 1, service: 2, edge: 3 } as const;

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
  const keySpace = keySpaceOf(doc);
  const rt: Runtime = {
    seed,
    kernel,
    transit: new Transit(),
    producers: [],
    topics: [],
    services: [],
    links: [],
    nodes: new Map(),
    doc,
    keySpace,
  };
  for (const node of doc.nodes) addNode(rt, node);
  for (let e = 0; e < doc.edges.length; e++) addEdge(rt, e);
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
    case 'service': {
      const index = rt.services.length;
      const config = { ...node.config, publishes: publishedType(node.config.publishes, node.label) };
      rt.services.push(new Service(node.id, index, kernel, streamFor(seed, node.id, STREAM.service), config, rt.keySpace));
      rt.nodes.set(node.id, { kind: 'service', index, node });
      return;
    }
    default:
      // Clients and orchestrators (the synchronous side) are not simulated yet: they report zeros.
      rt.nodes.set(node.id, { kind: node.kind, index: -1, node });
  }
}

/** Adds the runtime part of edge `e` of the document. */
export function addEdge(rt: Runtime, e: number): void {
  const edge = rt.doc.edges[e];
  const source = rt.nodes.get(edge.source);
  const target = rt.nodes.get(edge.target);
  if (!source || !target) return;
  if (edge.kind === 'subscribe') {
    if (source.kind !== 'topic' || target.kind !== 'service') return;
    const service = rt.services[target.index];
    if (service.group === null) service.group = new ConsumerGroup(service.id, service, rt.keySpace);
    service.group.subscribe(rt.topics[source.index], e, edge.config);
    return;
  }
  // Call edges (the synchronous side) are not simulated yet; nor are an orchestrator's subscriptions.
  if ((edge.kind !== 'publish' && edge.kind !== 'deadletter') || target.kind !== 'topic') return;
  const latency = edge.kind === 'publish' ? edge.config.latency : { dist: 'constant' as const, mean: 0 };
  const producer = source.kind === 'producer' ? rt.producers[source.index] : null;
  const link = new PublishLink(
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
  if (producer) producer.links.push(link);
  else if (source.kind === 'service') {
    const service = rt.services[source.index];
    if (edge.kind === 'publish') service.publishLinks.push(link);
    else service.deadLetterLinks.push(link);
  }
}

/**
 * Connects each producer to the read models downstream of it: services reached through publish
 * and subscribe edges, hop after hop (a service passes its source's key and sequence number on).
 * Dead-letter edges do not count: a dead-letter consumer sees only failures, not the truth.
 */
export function linkTruth(rt: Runtime): void {
  const next = new Map<string, string[]>();
  for (const edge of rt.doc.edges) {
    if (edge.kind !== 'publish' && edge.kind !== 'subscribe') continue;
    const list = next.get(edge.source);
    if (list) list.push(edge.target);
    else next.set(edge.source, [edge.target]);
  }
  for (const service of rt.services) service.hasTruth = false;
  for (const producer of rt.producers) {
    producer.downstream = [];
    if (!rt.nodes.has(producer.id) || rt.nodes.get(producer.id)?.index !== producer.index) continue;
    const seen = new Set<string>([producer.id]);
    const frontier = [producer.id];
    for (let head = 0; head < frontier.length; head++) {
      for (const id of next.get(frontier[head]) ?? []) {
        const target = rt.nodes.get(id);
        if (seen.has(id) || !target || (target.kind !== 'topic' && target.kind !== 'service')) continue;
        seen.add(id);
        frontier.push(id);
        if (target.kind !== 'service') continue;
        const service = rt.services[target.index];
        service.hasTruth = true;
        producer.downstream.push(service.projection);
        // Keys already produced count as truth for a service that joins later.
        for (let k = 0; k < service.projection.keys; k++) service.projection.produced(k, producer.seqOfKey(k));
      }
    }
  }
}
