// A document as AsyncAPI 3.0: every topic a channel (Kafka bindings carry its partitions and
// retention), every publish and dead-letter edge a `send` operation of its source, every subscribe
// edge a `receive` operation of its reader. Operation keys are edge ids and channel keys topic ids;
// each operation names its node in `x-eventscape-node` (and in a tag, for other tools). What
// AsyncAPI cannot say (node kinds and configs, call edges, faults) goes in `x-eventscape`.
import { defaultPublishes } from '../../model/defaults';
import { serialize } from '../../model/serialize';
import type { TopologyDocument, TopologyEdge, TopologyNode } from '../../model/types';

type Json = Record<string, unknown>;

/** The AsyncAPI version the export writes. */
export const EXPORT_VERSION = '3.0.0';

const MESSAGE_KEY = /[^A-Za-z0-9_.-]+/g;

/** The event types each topic carries: what its publishers send. */
function messagesByTopic(doc: TopologyDocument): Map<string, string[]> {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const types = new Map<string, Set<string>>();
  const add = (topic: string, names: Iterable<string>) => {
    const set = types.get(topic) ?? new Set<string>();
    for (const name of names) set.add(name);
    types.set(topic, set);
  };
  for (const edge of doc.edges) if (edge.kind === 'publish') add(edge.target, sentBy(byId.get(edge.source)));
  // A dead-letter topic carries the failed events: those of the topics its service reads.
  for (const edge of doc.edges) {
    if (edge.kind !== 'deadletter') continue;
    const read = doc.edges.filter((e) => e.kind === 'subscribe' && e.target === edge.source).flatMap((e) => [...(types.get(e.source) ?? [])]);
    add(edge.target, read);
  }
  return new Map([...types].map(([topic, set]) => [topic, [...set]]));
}

function sentBy(node: TopologyNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'producer') return node.config.eventTypes;
  if (node.kind === 'service') return [node.config.publishes || defaultPublishes(node.label)];
  if (node.kind === 'orchestrator') return [defaultPublishes(node.label)];
  return [];
}

/** Message keys for event type names: only the characters AsyncAPI keys allow, no two alike. */
function messageKeys(names: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of names) {
    const base = name.replace(MESSAGE_KEY, '_') || 'Event';
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
    taken.add(key);
    keys.set(name, key);
  }
  return keys;
}

/** An address for a topic: its label, unless the label has characters an address may not. */
function addressOf(topic: TopologyNode): string {
  return /^[^{}?#]+$/.test(topic.label) && topic.label.trim() === topic.label ? topic.label : topic.id;
}

function channelOf(topic: TopologyNode, names: readonly string[], keys: Map<string, string>): Json {
  const messages: Json = {};
  for (const name of names) messages[keys.get(name) as string] = { name, title: name, payload: { type: 'object' } };
  const kafka: Json = { partitions: topic.kind === 'topic' ? topic.config.partitions : 1, bindingVersion: '0.5.0' };
  const retention = topic.kind === 'topic' ? topic.config.retention : null;
  if (retention !== null && Number.isInteger(retention)) kafka.topicConfiguration = { 'retention.ms': retention };
  return { address: addressOf(topic), title: topic.label, messages, bindings: { kafka } };
}

function operationOf(edge: TopologyEdge, config: unknown, owner: TopologyNode, topic: string, messageRefs: string[]): Json {
  return {
    action: edge.kind === 'subscribe' ? 'receive' : 'send',
    channel: { $ref: `#/channels/${topic}` },
    messages: messageRefs.map((key) => ({ $ref: `#/channels/${topic}/messages/${key}` })),
    tags: [{ name: owner.label }],
    'x-eventscape-node': owner.id,
    'x-eventscape': { kind: edge.kind, config: config ?? {} },
  };
}

/** The document as an AsyncAPI 3.0 object (plain JSON). */
export function exportSpec(doc: TopologyDocument): Json {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const types = messagesByTopic(doc);
  const keysOf = new Map<string, Map<string, string>>();
  const channels: Json = {};
  for (const node of doc.nodes) {
    if (node.kind !== 'topic') continue;
    const names = types.get(node.id) ?? [];
    const keys = messageKeys(names);
    keysOf.set(node.id, keys);
    channels[node.id] = channelOf(node, names, keys);
  }
  // Compact: only what differs from the defaults, which `restore` fills back in.
  const whole = serialize(doc, { compact: true });
  const written = new Map((whole.edges as Json[] | undefined ?? []).map((edge) => [edge.id, edge]));
  const operations: Json = {};
  for (const edge of doc.edges) {
    if (edge.kind === 'call') continue;
    const subscribe = edge.kind === 'subscribe';
    const topic = subscribe ? edge.source : edge.target;
    const owner = byId.get(subscribe ? edge.target : edge.source);
    const keys = keysOf.get(topic);
    if (!owner || !keys) continue;
    const names = subscribe ? [...keys.keys()] : edge.kind === 'publish' ? sentBy(owner) : (types.get(topic) ?? []);
    operations[edge.id] = operationOf(edge, written.get(edge.id)?.config, owner, topic, names.map((name) => keys.get(name) as string));
  }
  return {
    asyncapi: EXPORT_VERSION,
    info: {
      title: doc.name.trim() || 'Eventscape topology',
      version: '1.0.0',
      description: 'Exported from Eventscape. x-eventscape holds what AsyncAPI cannot say: node kinds and settings, call edges and faults.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    'x-eventscape': {
      format: whole.format,
      name: doc.name,
      seed: doc.seed,
      // Positions exactly as they are (the compact form rounds them), so a re-import looks the same.
      nodes: ((whole.nodes as Json[] | undefined) ?? []).map((node, i) => ({ ...node, position: { ...doc.nodes[i].position } })),
      edges: doc.edges.map((edge) => edge.id),
      calls: [...written.values()].filter((edge) => edge.kind === 'call'),
      faults: whole.faults ?? [],
    },
  };
}
