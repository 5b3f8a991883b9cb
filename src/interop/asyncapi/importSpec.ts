// An AsyncAPI spec (read into channels and operations) as an Eventscape document, before `restore`:
// channels become topics, each operation's owner a producer (it only sends) or a service (it
// receives), sends become publish edges and receives subscribe edges. What Eventscape keeps that
// AsyncAPI cannot say (node kinds and configs, call edges, faults) travels in `x-eventscape`
// extensions, so an exported document comes back whole. Every choice made is told in `notes`.
import { idBase, idProblem } from '../../model/ids';
import { LIMITS } from '../../model/limits';
import { findCallCycle } from '../../model/rules';
import type { NodeKind } from '../../model/types';
import { objectAt, type SpecModel, type SpecOperation } from './specModel';

type Json = Record<string, unknown>;

/** A document to hand to `restore`, and what the import could not map or had to decide. */
export interface ImportedSpec {
  document: Json;
  /** Parts of the spec left out, and nodes added, as "place: why" lines for the user. */
  notes: string[];
  /** Whether node positions still have to be computed (the spec carried none). */
  needsLayout: boolean;
}

interface DraftNode {
  id: string;
  kind: NodeKind;
  label: string;
  position?: unknown;
  config: Json;
  fromExtension: boolean;
}

interface ExtensionNode {
  id: string;
  kind: NodeKind;
  label: string;
  position: unknown;
  config: Json;
}

function extensionNodes(extension: unknown): Map<string, ExtensionNode> {
  const nodes = new Map<string, ExtensionNode>();
  const list = objectAt({ extension }, 'extension').nodes;
  if (!Array.isArray(list)) return nodes;
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, kind, label, position } = item as Json;
    if (typeof id !== 'string' || typeof kind !== 'string') continue;
    nodes.set(id, { id, kind: kind as NodeKind, label: typeof label === 'string' ? label : id, position, config: objectAt(item, 'config') });
  }
  return nodes;
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Hands out ids: the wanted one when it is a free, valid id, else a readable one made from it. */
class IdPool {
  private readonly taken = new Set<string>();

  /** The wanted id, else `alternative` when given and free, else the wanted one numbered. */
  claim(wanted: string, alternative?: string): string {
    if (alternative !== undefined && this.taken.has(wanted) && !this.taken.has(alternative) && idProblem(alternative) === null) {
      this.taken.add(alternative);
      return alternative;
    }
    let id = idProblem(wanted) === null ? wanted : idBase(wanted);
    for (let n = 2; this.taken.has(id) || idProblem(id) !== null; n++) id = `${idBase(wanted)}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Turns a spec read by `readSpec` into a document for `restore`, with notes on what was not mapped. */
export function importSpec(model: SpecModel): ImportedSpec {
  const notes = [...model.unmapped];
  const root = objectAt({ root: model.extension }, 'root');
  const known = extensionNodes(model.extension);
  const nodeIds = new IdPool();
  const edgeIds = new IdPool();
  const nodes: DraftNode[] = [];
  const edges: Json[] = [];
  const byKey = new Map<string, DraftNode>();

  const topicOf = new Map<string, DraftNode>();
  const replicas: string[] = [];
  const callChannels = requestReplyChannels(model);
  for (const channel of model.channels) {
    if (callChannels.has(channel.key)) continue;
    const ext = known.get(channel.key);
    const fromExtension = ext !== undefined && ext.kind === 'topic';
    const id = nodeIds.claim(channel.key === channel.address && channel.name !== channel.address ? channel.name : channel.key);
    const config: Json = fromExtension ? { ...ext.config } : {};
    if (channel.kafka?.partitions != null) config.partitions = Math.min(Math.max(1, Math.round(channel.kafka.partitions)), LIMITS.partitions);
    if (channel.kafka?.retentionMs != null && channel.kafka.retentionMs > 0) config.retention = channel.kafka.retentionMs;
    if (channel.kafka?.replicas != null) replicas.push(`${channel.path} (${channel.kafka.replicas})`);
    const node: DraftNode = { id, kind: 'topic', label: fromExtension ? ext.label : clip(channel.name, LIMITS.labelLength), position: ext?.position, config, fromExtension };
    nodes.push(node);
    topicOf.set(channel.key, node);
  }

  if (replicas.length > 0) notes.push(`bindings.kafka.replicas of ${replicas.join(', ')}: topics have no replicas here; not used`);
  const application = model.title;
  const ownerOf = (operation: SpecOperation): DraftNode => {
    const key = operation.owner ?? application;
    const existing = byKey.get(key);
    if (existing) return existing;
    const ext = known.get(key);
    const own = model.operations.filter((op) => (op.owner ?? application) === key);
    // Receiving anything makes a service; only sending requests (and waiting for replies), a client.
    const kind = own.some((op) => op.action === 'receive') ? 'service' : own.every((op) => op.hasReply) ? 'client' : 'producer';
    const node: DraftNode = ext
      ? { id: nodeIds.claim(ext.id), kind: ext.kind, label: ext.label, position: ext.position, config: { ...ext.config }, fromExtension: true }
      : { id: nodeIds.claim(idBase(key), `${idBase(key)}-${kind}`), kind, label: clip(key, LIMITS.labelLength), config: {}, fromExtension: false };
    byKey.set(key, node);
    nodes.push(node);
    return node;
  };

  const sent = new Map<DraftNode, string[]>();
  const seen = new Set<string>();
  for (const operation of model.operations) {
    const topic = topicOf.get(operation.channel);
    if (!topic || operation.hasReply) continue;
    const owner = ownerOf(operation);
    const ext = objectAt({ e: operation.extension }, 'e');
    const sends = operation.action === 'send';
    const kind = sends ? (ext.kind === 'deadletter' || (ext.kind === undefined && isDeadLetterFor(owner, topic, edges)) ? 'deadletter' : 'publish') : 'subscribe';
    const [source, target] = sends ? [owner, topic] : [topic, owner];
    const fits = sends ? owner.kind !== 'client' && owner.kind !== 'topic' && (kind === 'publish' || owner.kind === 'service') : owner.kind === 'service' || owner.kind === 'orchestrator';
    if (!fits) {
      notes.push(`${operation.path}: ${owner.label} is ${owner.kind === 'orchestrator' || owner.kind === 'client' ? 'an' : 'a'} ${owner.kind} and cannot ${sends ? 'send' : 'receive'} here; left out`);
      continue;
    }
    if (sends && ext.kind === undefined && readsOwnTopic(model, operation, application)) {
      notes.push(`${operation.path}: ${owner.label} also receives from ${topic.label}; its send there is left out (a service publishing into the topic it reads would feed itself forever)`);
      continue;
    }
    const link = `${kind} ${source.id} ${target.id}`;
    if (seen.has(link)) {
      notes.push(`${operation.path}: ${owner.label} already ${sends ? 'sends to' : 'receives from'} ${topic.label}; one edge stands for both`);
      continue;
    }
    seen.add(link);
    edges.push({ id: edgeIds.claim(operation.key), kind, source: source.id, target: target.id, config: objectAt(ext, 'config') });
    if (kind === 'publish') sent.set(owner, [...(sent.get(owner) ?? []), ...operation.messages]);
    if (kind === 'deadletter' && ext.kind === undefined) notes.push(`${operation.path}: ${topic.label} is taken as ${owner.label}’s dead-letter topic (its name says so)`);
  }

  for (const [owner, names] of sent) {
    if (owner.fromExtension) continue;
    const types = [...new Set(names)].map((name) => clip(name, LIMITS.eventTypeLength));
    if (types.length === 0) continue;
    if (owner.kind === 'producer') owner.config.eventTypes = types.slice(0, LIMITS.eventTypes);
    else if (owner.kind === 'service') {
      owner.config.publishes = types[0];
      if (types.length > 1) notes.push(`${owner.label} sends ${types.join(', ')}: a service publishes one event type, ${types[0]}`);
    }
  }

  addReplyCalls(model, ownerOf, edges, edgeIds, notes);
  if (known.size === 0) addOutsideSenders(model, nodes, edges, topicOf, nodeIds, edgeIds, notes);
  const placed = new Set(nodes.filter((node) => node.fromExtension).map((node) => node.id));
  for (const ext of known.values()) {
    if (placed.has(ext.id)) continue;
    nodes.push({ id: nodeIds.claim(ext.id), kind: ext.kind, label: ext.label, position: ext.position, config: ext.config, fromExtension: true });
  }
  const ids = new Set(nodes.map((node) => node.id));
  const calls = Array.isArray(root.calls) ? root.calls : [];
  for (const call of calls) {
    const { id, source, target } = objectAt({ call }, 'call');
    if (typeof id !== 'string' || typeof source !== 'string' || typeof target !== 'string' || !ids.has(source) || !ids.has(target)) continue;
    edges.push({ id: edgeIds.claim(id), kind: 'call', source, target, config: objectAt(call, 'config') });
  }

  const edgeOrder = Array.isArray(root.edges) ? root.edges : [];
  const edgeRank = (id: unknown) => (edgeOrder.includes(id) ? edgeOrder.indexOf(id) : edgeOrder.length);
  if (edgeOrder.length > 0) edges.sort((a, b) => edgeRank(a.id) - edgeRank(b.id));
  const order = [...known.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  if (order.length > 0) nodes.sort((a, b) => rank(a.id) - rank(b.id));
  const needsLayout = !nodes.every((node) => isPosition(node.position));
  const document: Json = {
    format: 'eventscape/1',
    name: clip(typeof root.name === 'string' ? root.name : model.title, LIMITS.labelLength),
    nodes: nodes.map((node) => ({ id: node.id, kind: node.kind, label: node.label, position: needsLayout ? { x: 0, y: 0 } : node.position, config: node.config })),
    edges,
  };
  if (typeof root.seed === 'number') document.seed = root.seed;
  if (Array.isArray(root.faults)) document.faults = root.faults;
  return { document, notes, needsLayout };
}

/** Channels that carry only requests and their replies: calls, not topics. */
function requestReplyChannels(model: SpecModel): Set<string> {
  const plain = new Set(model.operations.filter((op) => !op.hasReply).map((op) => op.channel));
  const used = model.operations.filter((op) => op.hasReply).flatMap((op) => [op.channel, op.replyChannel]);
  return new Set(used.filter((channel): channel is string => channel !== null && !plain.has(channel)));
}

/**
 * A request with a reply (3.0 `reply`) is a synchronous call: a `call` edge from the sender of the
 * request to every owner that receives it and replies.
 */
function addReplyCalls(model: SpecModel, ownerOf: (op: SpecOperation) => DraftNode, edges: Json[], edgeIds: IdPool, notes: string[]): void {
  for (const answer of model.operations) {
    if (!answer.hasReply || answer.action !== 'receive') continue;
    const asked = model.operations.some((op) => op.hasReply && op.action === 'send' && op.channel === answer.channel);
    if (!asked) notes.push(`${answer.path}: nobody in the document sends requests on ${answer.channel}; draw a client calling ${ownerOf(answer).label}`);
  }
  for (const request of model.operations) {
    if (!request.hasReply || request.action !== 'send') continue;
    const answers = model.operations.filter((op) => op.hasReply && op.action === 'receive' && op.channel === request.channel);
    if (answers.length === 0) notes.push(`${request.path}: nobody in the document answers requests on ${request.channel}; left out`);
    for (const answer of answers) {
      const [caller, callee] = [ownerOf(request), ownerOf(answer)];
      const calls = edges.filter((edge) => edge.kind === 'call') as { kind: 'call'; source: string; target: string }[];
      const why =
        caller.kind === 'producer' || caller.kind === 'topic'
          ? `${caller.label} is a ${caller.kind} and cannot call`
          : callee.kind !== 'service' && callee.kind !== 'orchestrator'
            ? `${callee.label} cannot be called`
            : caller.id === callee.id || findCallCycle([...calls, { kind: 'call', source: caller.id, target: callee.id }])
              ? `${caller.label} calling ${callee.label} would close a cycle of calls`
              : calls.some((edge) => edge.source === caller.id && edge.target === callee.id)
                ? `${caller.label} already calls ${callee.label}; one edge stands for both`
                : null;
      if (why !== null) {
        notes.push(`${request.path}: ${why}; left out`);
        continue;
      }
      edges.push({ id: edgeIds.claim(request.key), kind: 'call', source: caller.id, target: callee.id, config: {} });
      notes.push(`${request.path}: a request with a reply, drawn as a call from ${caller.label} to ${callee.label}`);
    }
  }
}

/** Whether the owner of a send also receives from the same channel. */
function readsOwnTopic(model: SpecModel, send: SpecOperation, application: string): boolean {
  const owner = send.owner ?? application;
  return model.operations.some((op) => op.action === 'receive' && op.channel === send.channel && (op.owner ?? application) === owner);
}

const DEAD_LETTER_NAME = /dead[-_. ]?letter|(^|[-_.])dlq($|[-_.])/i;

/** A service sending to a topic named like a dead-letter topic, and having none yet, dead-letters there. */
function isDeadLetterFor(owner: DraftNode, topic: DraftNode, edges: readonly Json[]): boolean {
  if (owner.kind !== 'service' || !(DEAD_LETTER_NAME.test(topic.label) || DEAD_LETTER_NAME.test(topic.id))) return false;
  return !edges.some((edge) => edge.kind === 'deadletter' && edge.source === owner.id);
}

function isPosition(value: unknown): boolean {
  const { x, y } = objectAt({ value }, 'value');
  return typeof x === 'number' && typeof y === 'number';
}

/**
 * A channel the document's applications only receive from is fed by someone outside it: a
 * producer stands for them, so the imported topology has traffic when it plays.
 */
function addOutsideSenders(model: SpecModel, nodes: DraftNode[], edges: Json[], topicOf: Map<string, DraftNode>, nodeIds: IdPool, edgeIds: IdPool, notes: string[]): void {
  for (const channel of model.channels) {
    const topic = topicOf.get(channel.key);
    if (!topic) continue;
    const read = edges.some((edge) => edge.kind === 'subscribe' && edge.source === topic.id);
    const written = edges.some((edge) => edge.kind === 'publish' && edge.target === topic.id);
    if (!read || written) continue;
    const label = clip(`${channel.name} sender`, LIMITS.labelLength);
    const id = nodeIds.claim(`${topic.id}-sender`);
    const eventTypes = (channel.messages.length > 0 ? channel.messages : ['Event']).map((name) => clip(name, LIMITS.eventTypeLength)).slice(0, LIMITS.eventTypes);
    nodes.push({ id, kind: 'producer', label, config: { eventTypes }, fromExtension: false });
    edges.push({ id: edgeIds.claim(`${id}-publishes`), kind: 'publish', source: id, target: topic.id, config: {} });
    notes.push(`${channel.path}: nobody in the document sends to ${channel.address}; the producer “${label}” stands for its senders`);
  }
}
