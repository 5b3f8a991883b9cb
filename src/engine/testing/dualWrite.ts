// What the database and schema tests share: the dual-write topology (checkout → orders → a
// service with a database → events → email), read through `restore` like any document, and a
// look at what a topic really holds, counted independently of the database's own counters.
import { restore } from '../../model/restore';
import type { PublishMode, TopologyDocument } from '../../model/types';
import type { Runtime } from '../build';
import { LogField } from '../partitionLog';
import type { Simulation } from '../api';

export interface DualWriteOptions {
  publish: PublishMode;
  seed?: number;
  rate?: number;
  instances?: number;
  lingerMs?: number;
  pollMs?: number;
  tailMs?: number;
  order?: 'commit-first' | 'publish-first';
  processing?: { dist: 'constant' | 'exponential'; mean: number };
  write?: { dist: 'constant' | 'exponential'; mean: number };
  faults?: unknown[];
}

/** The dual-write topology with its service `orders-svc` writing to its database. */
export function dualWriteDocument(o: DualWriteOptions): TopologyDocument {
  const result = restore({
    format: 'eventscape/1',
    seed: o.seed ?? 7,
    nodes: [
      { id: 'checkout', kind: 'producer', config: { rate: o.rate ?? 100, arrival: 'constant', keys: 10 } },
      { id: 'orders', kind: 'topic' },
      {
        id: 'orders-svc',
        kind: 'service',
        config: {
          instances: o.instances ?? 1,
          processing: o.processing ?? { dist: 'constant', mean: 2 },
          database: { publish: o.publish, lingerMs: o.lingerMs ?? 20, pollMs: o.pollMs ?? 100, tailMs: o.tailMs ?? 50, order: o.order ?? 'commit-first', write: o.write ?? { dist: 'constant', mean: 5 } },
        },
      },
      { id: 'events', kind: 'topic' },
      { id: 'email', kind: 'service', config: { processing: { dist: 'constant', mean: 1 } } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'orders-svc' },
      { id: 'e3', kind: 'publish', source: 'orders-svc', target: 'events' },
      { id: 'e4', kind: 'subscribe', source: 'events', target: 'email' },
    ],
    faults: o.faults ?? [],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}

/** The runtime behind a simulation, for tests that look inside. */
export function runtimeOf(sim: Simulation): Runtime {
  return (sim as unknown as { rt: Runtime }).rt;
}

/** Every (key, seq) a topic holds, as "key:seq" strings, in partition then offset order. */
export function eventsIn(rt: Runtime, topicId: string): string[] {
  const topic = rt.topics.find((t) => t.id === topicId);
  if (!topic) throw new Error(`no topic ${topicId}`);
  const found: string[] = [];
  for (const log of topic.partitions) {
    for (let o = log.start; o < log.end; o++) found.push(`${log.field(o, LogField.key)}:${log.field(o, LogField.seq)}`);
  }
  return found;
}

/** Every row a service's database committed, as "key:seq" strings, in commit order. */
export function rowsOf(rt: Runtime, serviceId: string): string[] {
  const db = rt.services.find((s) => s.id === serviceId)?.database;
  if (!db) throw new Error(`no database at ${serviceId}`);
  return Array.from({ length: db.committed }, (_, i) => `${db.commitKey[i]}:${db.commitSeq[i]}`);
}

export interface SchemaOptions {
  change: 'add-optional-field' | 'add-field' | 'remove-field' | 'rename-field';
  registry: boolean;
  compatibility?: 'none' | 'backward' | 'forward';
  reads?: number[];
  upcast?: boolean;
  version?: number;
}

/** checkout (schema v1, then a deploy of v2 at 1 s) → orders → email (reads v1) → dead letters. */
export function schemaDocument(o: SchemaOptions): TopologyDocument {
  const result = restore({
    format: 'eventscape/1',
    seed: 3,
    nodes: [
      { id: 'checkout', kind: 'producer', config: { rate: 10, arrival: 'constant', keys: 10, eventTypes: ['OrderPlaced'], schema: { version: o.version ?? 1, changes: [o.change] } } },
      { id: 'orders', kind: 'topic', config: { compatibility: o.compatibility ?? 'backward', registry: o.registry } },
      { id: 'email', kind: 'service', config: { processing: { dist: 'constant', mean: 5 }, reads: o.reads ?? [1], upcast: o.upcast ?? false } },
      { id: 'dead', kind: 'topic' },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
      { id: 'e3', kind: 'deadletter', source: 'email', target: 'dead' },
    ],
    faults: [
      { at: 1000, node: 'checkout', type: 'deploy', version: 2 },
      { at: 3000, node: 'checkout', type: 'rate', rate: 0 },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}
