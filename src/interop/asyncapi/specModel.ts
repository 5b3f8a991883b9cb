// AsyncAPI 2.x and 3.x read into one shape: channels and the operations on them, each operation a
// `send` or a `receive` of the application the document describes. In 2.x a channel's `subscribe`
// operation is what the application sends (others subscribe to it) and `publish` what it receives,
// as the specification and the official parser read them.

type Json = Record<string, unknown>;

/** A channel: what becomes a topic. */
export interface SpecChannel {
  key: string;
  address: string;
  /** What the topic is called: the address, or for a path-like 2.x channel its last fixed segments. */
  name: string;
  /** Event types of its messages, in order. */
  messages: string[];
  kafka: { partitions: number | null; replicas: number | null; retentionMs: number | null } | null;
  path: string;
}

/** An operation: a send (publishing) or a receive (subscription) by its owner. */
export interface SpecOperation {
  key: string;
  action: 'send' | 'receive';
  channel: string;
  messages: string[];
  /** The node named by `x-eventscape-node`, else the first tag, else null (the application). */
  owner: string | null;
  extension: unknown;
  /** A request answered with a reply (3.0 `reply`): a synchronous call, not a publish. */
  hasReply: boolean;
  /** The channel the reply comes back on, if the spec names one. */
  replyChannel: string | null;
  path: string;
}

/** The whole spec as channels and operations. */
export interface SpecModel {
  major: 2 | 3;
  title: string;
  channels: SpecChannel[];
  operations: SpecOperation[];
  extension: unknown;
  /** Parts of the spec that have no counterpart in a topology, as "place: why" lines. */
  unmapped: string[];
}

const PARSER_ID = 'x-parser-unique-object-id';

/** An object field, or an empty object. */
export function objectAt(value: unknown, key: string): Json {
  const field = typeof value === 'object' && value !== null ? (value as Json)[key] : undefined;
  return typeof field === 'object' && field !== null && !Array.isArray(field) ? (field as Json) : {};
}

function stringAt(value: unknown, key: string): string | null {
  const field = typeof value === 'object' && value !== null ? (value as Json)[key] : undefined;
  return typeof field === 'string' && field !== '' ? field : null;
}

function numberAt(value: Json, key: string): number | null {
  const field = value[key];
  if (typeof field === 'number' && Number.isFinite(field)) return field;
  if (typeof field === 'string' && /^\d+$/.test(field)) return Number(field);
  return null;
}

function messageName(message: unknown, key: string | null): string {
  return stringAt(message, 'name') ?? stringAt(message, 'messageId') ?? key ?? stringAt(message, PARSER_ID) ?? stringAt(message, 'x-parser-message-name') ?? 'Event';
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function kafkaOf(channel: Json): SpecChannel['kafka'] {
  const bindings = objectAt(channel, 'bindings');
  if (!('kafka' in bindings)) return null;
  const kafka = objectAt(bindings, 'kafka');
  const config = objectAt(kafka, 'topicConfiguration');
  return { partitions: numberAt(kafka, 'partitions'), replicas: numberAt(kafka, 'replicas'), retentionMs: numberAt(config, 'retention.ms') };
}

function ownerOf(operation: Json): string | null {
  const node = stringAt(operation, 'x-eventscape-node');
  if (node !== null) return node;
  const tags = operation.tags;
  return Array.isArray(tags) && tags.length > 0 ? stringAt(tags[0], 'name') : null;
}

function commonUnmapped(spec: Json, unmapped: string[]): void {
  const servers = Object.keys(objectAt(spec, 'servers'));
  if (servers.length > 0) unmapped.push(`servers (${servers.join(', ')}): a topology has one cluster; servers are not used`);
  const security = Object.keys(objectAt(objectAt(spec, 'components'), 'securitySchemes'));
  if (security.length > 0) unmapped.push(`components.securitySchemes (${security.join(', ')}): security is not simulated`);
}

function readV3(spec: Json): SpecModel {
  const unmapped: string[] = [];
  const channels: SpecChannel[] = [];
  const keyOf = new Map<unknown, string>();
  for (const [key, value] of Object.entries(objectAt(spec, 'channels'))) {
    const channel = value as Json;
    keyOf.set(channel, key);
    const messages = Object.entries(objectAt(channel, 'messages')).map(([name, message]) => messageName(message, name));
    const address = typeof channel.address === 'string' ? channel.address : key;
    if (Object.keys(objectAt(channel, 'parameters')).length > 0) unmapped.push(`channels.${key}.parameters: one topic stands for all of its addresses`);
    channels.push({ key, address, name: address, messages: unique(messages), kafka: kafkaOf(channel), path: `channels.${key}` });
  }
  const operations: SpecOperation[] = [];
  for (const [key, value] of Object.entries(objectAt(spec, 'operations'))) {
    const operation = value as Json;
    const target = operation.channel;
    const channel = keyOf.get(target) ?? stringAt(target, PARSER_ID);
    const action = operation.action === 'send' ? 'send' : 'receive';
    if (channel === null) {
      unmapped.push(`operations.${key}: its channel is not one of the document's channels`);
      continue;
    }
    const listed = Array.isArray(operation.messages) ? operation.messages.map((message) => messageName(message, null)) : [];
    const messages = listed.length > 0 ? listed : (channels.find((c) => c.key === channel)?.messages ?? []);
    const reply = operation.reply;
    const hasReply = typeof reply === 'object' && reply !== null;
    const replyTarget = objectAt(reply, 'channel');
    const replyChannel = hasReply ? (keyOf.get(replyTarget) ?? stringAt(replyTarget, PARSER_ID)) : null;
    operations.push({ key, action, channel, messages: unique(messages), owner: ownerOf(operation), extension: operation['x-eventscape'], hasReply, replyChannel, path: `operations.${key}` });
  }
  commonUnmapped(spec, unmapped);
  return { major: 3, title: stringAt(objectAt(spec, 'info'), 'title') ?? 'AsyncAPI', channels, operations, extension: spec['x-eventscape'], unmapped };
}

function messagesV2(operation: Json): string[] {
  const message = objectAt(operation, 'message');
  const options = Array.isArray(message.oneOf) ? message.oneOf : [message];
  return unique(options.filter((m) => typeof m === 'object' && m !== null).map((m) => messageName(m, null)));
}

/** "smartylighting/streetlights/1/0/event/{id}/lighting/measured" → "lighting/measured". */
function shortName(address: string): string {
  const fixed = address.split('/').filter((part) => part !== '' && !part.includes('{'));
  return fixed.length <= 2 ? address : fixed.slice(-2).join('/');
}

function readV2(spec: Json): SpecModel {
  const unmapped: string[] = [];
  const channels: SpecChannel[] = [];
  const operations: SpecOperation[] = [];
  for (const [address, value] of Object.entries(objectAt(spec, 'channels'))) {
    const channel = value as Json;
    const ops = (['subscribe', 'publish'] as const).filter((verb) => verb in channel);
    const messages = unique(ops.flatMap((verb) => messagesV2(objectAt(channel, verb))));
    if (Object.keys(objectAt(channel, 'parameters')).length > 0) unmapped.push(`channels.${address}.parameters: one topic stands for all of its addresses`);
    channels.push({ key: address, address, name: shortName(address), messages, kafka: kafkaOf(channel), path: `channels.${address}` });
    for (const verb of ops) {
      const operation = objectAt(channel, verb);
      const key = stringAt(operation, 'operationId') ?? `${address}.${verb}`;
      const action = verb === 'subscribe' ? 'send' : 'receive';
      operations.push({ key, action, channel: address, messages: messagesV2(operation), owner: ownerOf(operation), extension: operation['x-eventscape'], hasReply: false, replyChannel: null, path: `channels.${address}.${verb}` });
    }
  }
  commonUnmapped(spec, unmapped);
  return { major: 2, title: stringAt(objectAt(spec, 'info'), 'title') ?? 'AsyncAPI', channels, operations, extension: spec['x-eventscape'], unmapped };
}

/** Reads a parsed AsyncAPI 2.x or 3.x document into channels and operations. */
export function readSpec(spec: Json): SpecModel {
  const version = typeof spec.asyncapi === 'string' ? spec.asyncapi : '';
  return version.startsWith('2.') ? readV2(spec) : readV3(spec);
}
