// Live edits: a changed document applied at the current simulated time, keeping the state of
// what did not change. Nodes and edges are matched by id (a changed kind, source or target counts
// as removed and added). Changed configs take effect from now on; added nodes and edges start
// now; removed ones stop: a removed producer stops producing, a removed service stops for good,
// a removed edge stops carrying (events on their way along it are lost). Topics keep their logs;
// partitions can be added, not removed. Scripted faults are read when the simulation is created;
// an edit does not schedule them again (live faults are applied through `applyFault`).
import type { TopologyDocument, TopologyEdge, TopologyNode } from '../model/types';
import { addEdge, addNode, eventTypesOf, keySpaceOf, linkCalls, linkTruth, orchestratorConfig, publishedType, serviceOf, type Runtime } from './build';
import { compileDistribution } from './distribution';
import { retireService } from './serviceInstances';
import { assignProcessorLinks, processorServiceConfig } from './streams/processorNode';

function sameEnds(a: TopologyEdge, b: TopologyEdge): boolean {
  return a.kind === b.kind && a.source === b.source && a.target === b.target;
}

/** Applies a changed document to a running simulation; returns the runtime to use from now. */
export function applyEdit(rt: Runtime, doc: TopologyDocument): Runtime {
  const kernel = rt.kernel;
  // Event types only grow: messages already in logs keep their type index.
  for (const type of eventTypesOf(doc)) if (!kernel.eventTypes.includes(type)) kernel.eventTypes.push(type);
  kernel.schemas.learn(doc, kernel.eventTypes);
  const keySpace = Math.max(rt.keySpace, keySpaceOf(doc));
  if (keySpace > rt.keySpace) {
    rt.keySpace = keySpace;
    for (const service of rt.services) service.ensureKeys(keySpace);
  }

  const oldEdges = new Map(rt.doc.edges.map((e) => [e.id, e]));
  const newNodes = new Map(doc.nodes.map((n) => [n.id, n]));
  const newEdges = new Map(doc.edges.map((e) => [e.id, e]));

  // Edges that went away, or changed their ends, stop first.
  rt.doc.edges.forEach((edge) => {
    const next = newEdges.get(edge.id);
    if (!next || !sameEnds(edge, next) || newNodes.get(edge.source)?.kind !== rt.nodes.get(edge.source)?.node.kind || newNodes.get(edge.target)?.kind !== rt.nodes.get(edge.target)?.node.kind) {
      removeEdge(rt, edge);
    }
  });
  // Nodes that went away, or changed kind, stop.
  for (const [id, ref] of [...rt.nodes]) {
    const next = newNodes.get(id);
    if (next && next.kind === ref.node.kind) continue;
    if (ref.kind === 'producer') rt.producers[ref.index].stop();
    else if (ref.kind === 'client') rt.clients[ref.index].stop();
    else if (ref.kind === 'service' || ref.kind === 'orchestrator' || ref.kind === 'processor') retireService(rt.services[ref.index]);
    rt.nodes.delete(id);
  }

  rt.calls.renumber(rt.doc.edges, doc.edges);
  rt.doc = doc;
  for (const node of doc.nodes) {
    const ref = rt.nodes.get(node.id);
    if (!ref) addNode(rt, node);
    else reconfigure(rt, ref.kind, ref.index, node);
  }
  const added = new Set<number>();
  doc.edges.forEach((edge, index) => {
    const old = oldEdges.get(edge.id);
    if (old && findLink(rt, old) !== undefined) renumber(rt, edge, index);
    else {
      addEdge(rt, index);
      added.add(index);
    }
  });
  linkCalls(rt);
  linkTruth(rt);
  // A changed side-output topic moves a processor's existing links between results and late events.
  for (const node of doc.nodes) {
    const stream = node.kind === 'processor' ? serviceOf(rt, node.id)?.stream : null;
    if (stream && node.kind === 'processor') assignProcessorLinks(stream, rt.links.filter((l) => l.active && l.source === node.id), node);
  }
  for (const service of rt.services) {
    if (serviceOf(rt, service.id) !== service) continue;
    for (let i = 0; i < service.pool.instanceState.length; i++) service.group.ensureInstance(i);
    service.rebalance();
  }
  // Edge indices may have moved: recent animation hops would land on the wrong edges.
  kernel.hops.clear();
  return rt;
}

function reconfigure(rt: Runtime, kind: string, index: number, node: TopologyNode): void {
  rt.nodes.set(node.id, { kind: rt.nodes.get(node.id)?.kind ?? 'producer', index, node });
  if (node.kind === 'producer' && kind === 'producer') rt.producers[index].configure(node.config);
  else if (node.kind === 'topic' && kind === 'topic') {
    const topic = rt.topics[index];
    topic.configure(node.config);
    for (const sub of topic.subscriptions) sub.group.addPartitions(sub, false);
  } else if (node.kind === 'service' && kind === 'service') {
    rt.services[index].configure({ ...node.config, publishes: publishedType(node.config.publishes, node.label) });
  } else if (node.kind === 'orchestrator' && kind === 'orchestrator') {
    rt.services[index].configure(orchestratorConfig(node));
  } else if (node.kind === 'processor' && kind === 'processor') {
    const service = rt.services[index];
    service.configure(processorServiceConfig(node));
    service.stream?.configure(node.config, service.publishType);
  } else if (node.kind === 'client' && kind === 'client') {
    rt.clients[index].configure(node.config);
  }
}

/** The runtime part of an edge of the current document, if it has one. */
function findLink(rt: Runtime, edge: TopologyEdge): object | undefined {
  if (edge.kind === 'subscribe') {
    const service = serviceOf(rt, edge.target);
    const topicRef = rt.nodes.get(edge.source);
    return service?.group.subscriptions.find((s) => topicRef?.kind === 'topic' && s.topic === rt.topics[topicRef.index]);
  }
  return rt.links.find((l) => l.active && l.edgeId === edge.id);
}

function renumber(rt: Runtime, edge: TopologyEdge, index: number): void {
  if (edge.kind === 'subscribe') {
    const sub = findLink(rt, edge) as { edgeIndex: number } | undefined;
    if (sub) sub.edgeIndex = index;
    return;
  }
  const link = rt.links.find((l) => l.active && l.edgeId === edge.id);
  if (!link) return;
  link.edgeIndex = index;
  if (edge.kind === 'publish') link.setLatency(compileDistribution(edge.config.latency));
}

function removeEdge(rt: Runtime, edge: TopologyEdge): void {
  if (edge.kind === 'subscribe') {
    const service = serviceOf(rt, edge.target);
    const topicRef = rt.nodes.get(edge.source);
    const sub = service?.group.subscriptions.find((s) => topicRef?.kind === 'topic' && s.topic === rt.topics[topicRef.index]);
    if (sub && service) service.unsubscribe(sub);
    return;
  }
  const link = rt.links.find((l) => l.active && l.edgeId === edge.id);
  if (!link) return;
  link.active = false;
  link.dropHeld();
  const blocked = link.topic.blockedLinks.indexOf(link);
  if (blocked >= 0) link.topic.blockedLinks.splice(blocked, 1);
  for (const producer of rt.producers) producer.links = producer.links.filter((l) => l !== link);
  for (const service of rt.services) {
    service.publishLinks = service.publishLinks.filter((l) => l !== link);
    service.deadLetterLinks = service.deadLetterLinks.filter((l) => l !== link);
    if (service.stream !== null) {
      service.stream.outLinks = service.stream.outLinks.filter((l) => l !== link);
      service.stream.lateLinks = service.stream.lateLinks.filter((l) => l !== link);
    }
  }
}
