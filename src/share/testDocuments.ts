// Documents for the share tests: a seeded generator of realistic editor-made topologies and a
// fast-check arbitrary of valid documents of every shape. Test code only.
import fc from 'fast-check';
import { restore } from '../model/restore';
import { faultHasDuration } from '../model/fault';
import { edgeAllowed, FAULT_TARGETS } from '../model/rules';
import { EDGE_KINDS, FAULT_TYPES, NODE_KINDS, type NodeKind, type TopologyDocument } from '../model/types';

/** A small seeded random source (mulberry32), so a generated document is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Orders', 'Payments', 'Email', 'Inventory', 'Shipping', 'Fraud', 'Analytics', 'Billing', 'Search', 'Catalog', 'Users', 'Ledger'];

/**
 * A topology as the editor makes it: ids like "service-3", human labels, dragged positions (not on
 * a grid), some settings changed from their defaults, about one edge per node, and a slow fault.
 */
export function generatedDocument(nodeCount: number, seed: number): TopologyDocument {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const share = (part: number) => Math.max(1, Math.round(nodeCount * part));
  const kinds: NodeKind[] = [
    ...Array<NodeKind>(share(0.15)).fill('producer'),
    ...Array<NodeKind>(share(0.05)).fill('client'),
    ...Array<NodeKind>(share(0.25)).fill('topic'),
    ...Array<NodeKind>(share(0.05)).fill('orchestrator'),
  ];
  while (kinds.length < nodeCount) kinds.push('service');
  const counts = new Map<NodeKind, number>();
  const nodes = kinds.slice(0, nodeCount).map((kind) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    const config: Record<string, unknown> = {};
    if (kind === 'producer') Object.assign(config, { rate: pick([5, 20, 50, 100]), eventTypes: [`${pick(WORDS)}Created`, `${pick(WORDS)}Updated`] });
    if (kind === 'client') config.rate = pick([10, 30]);
    if (kind === 'topic' && random() < 0.7) config.partitions = pick([3, 6, 12]);
    if (kind === 'service' && random() < 0.6) Object.assign(config, { instances: pick([2, 3]), processing: { dist: 'exponential', mean: pick([5, 20, 50]) } });
    const label = `${pick(WORDS)} ${kind === 'topic' ? 'events' : kind}`;
    const position = { x: Math.round(random() * 24000) / 10, y: Math.round(random() * 14000) / 10 };
    return { id: `${kind}-${n}`, kind, label, position, config };
  });
  const of = (kind: NodeKind) => nodes.filter((node) => node.kind === kind).map((node) => node.id);
  const edges: Record<string, unknown>[] = [];
  const add = (kind: string, source: string, target: string, config?: object) => {
    if (edges.some((edge) => edge.kind === kind && edge.source === source && edge.target === target)) return;
    edges.push({ id: `e${edges.length + 1}`, kind, source, target, ...(config ? { config } : {}) });
  };
  const services = of('service');
  for (const id of of('producer')) add('publish', id, pick(of('topic')));
  for (const id of of('topic')) for (let i = 0; i < 2; i++) add('subscribe', id, pick(services));
  for (const id of services.slice(0, Math.ceil(services.length / 2))) add('publish', id, pick(of('topic')));
  // Calls go only to services later in the list, so they can never form a cycle.
  for (const id of of('client')) add('call', id, pick(services), { timeout: 1000 });
  for (const id of of('orchestrator')) for (let i = 0; i < 3; i++) add('call', id, pick(services.slice(services.length / 2)));
  const raw = { format: 'eventscape/1', name: `Generated ${nodeCount}`, seed, nodes, edges, faults: [{ at: 10000, node: services[0], type: 'slow', factor: 10, duration: 5000 }] };
  const restored = restore(raw);
  if (!restored.ok) throw new Error(`the generated document is invalid: ${restored.errors.join('; ')}`);
  return restored.document;
}

const label = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const number = (min: number, max: number) =>
  fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }));

const nodeConfig: Record<NodeKind, fc.Arbitrary<Record<string, unknown>>> = {
  producer: fc.record(
    {
      rate: number(0.001, 1000),
      arrival: fc.constantFrom('constant', 'poisson', 'burst'),
      keys: fc.integer({ min: 1, max: 1000 }),
      eventTypes: fc.array(fc.constantFrom('OrderPlaced', 'OrderPaid', 'Refunded'), { minLength: 1, maxLength: 3 }),
      onFull: fc.constantFrom('block', 'drop'),
    },
    { requiredKeys: [] },
  ),
  client: fc.record({ rate: number(0.001, 1000), keySkew: number(0, 2) }, { requiredKeys: [] }),
  topic: fc.record(
    {
      partitions: fc.integer({ min: 1, max: 64 }),
      partitioner: fc.constantFrom('key', 'round-robin'),
      retention: fc.option(fc.integer({ min: 1, max: 100000 })),
      capacity: fc.option(fc.integer({ min: 1, max: 10000 })),
      onFull: fc.constantFrom('block', 'drop-newest', 'drop-oldest'),
    },
    { requiredKeys: [] },
  ),
  service: fc.record(
    {
      instances: fc.integer({ min: 1, max: 10 }),
      concurrency: fc.integer({ min: 1, max: 20 }),
      processing: fc.oneof(
        fc.record({ dist: fc.constantFrom('constant', 'exponential'), mean: number(0.1, 1000) }),
        fc.record({ dist: fc.constant('lognormal'), mean: fc.integer({ min: 1, max: 100 }), p99: fc.integer({ min: 101, max: 1000 }) }),
        fc.record({ dist: fc.constant('uniform'), min: fc.integer({ min: 0, max: 10 }), max: fc.integer({ min: 11, max: 100 }) }),
      ),
      failureRate: number(0, 1),
      retry: fc.record({ maxAttempts: fc.integer({ min: 1, max: 10 }), mode: fc.constantFrom('blocking', 'requeue') }, { requiredKeys: [] }),
      ordering: fc.constantFrom('partition', 'key', 'none'),
      idempotent: fc.boolean(),
      queueLimit: fc.option(fc.integer({ min: 0, max: 1000 })),
      publishes: fc.constantFrom('Done', 'PaymentCompleted'),
    },
    { requiredKeys: [] },
  ),
  orchestrator: fc.record({ instances: fc.integer({ min: 1, max: 10 }) }, { requiredKeys: [] }),
  broker: fc.constant({}),
  processor: fc.record(
    {
      instances: fc.integer({ min: 1, max: 10 }),
      graceMs: fc.integer({ min: 0, max: 5000 }),
      emit: fc.constantFrom('on-close', 'on-update'),
      operators: fc.constantFrom(
        [{ op: 'filter', keep: 0.5 }],
        [{ op: 'map', rekey: 10 }, { op: 'aggregate', fn: 'sum', window: { kind: 'hopping', size: 2000, advance: 500 } }],
        [{ op: 'aggregate', window: { kind: 'session', gap: 300 } }],
      ),
    },
    { requiredKeys: [] },
  ),
};

const edgeConfig = {
  publish: fc.record({ latency: fc.record({ dist: fc.constant('constant'), mean: fc.integer({ min: 0, max: 50 }) }) }, { requiredKeys: [] }),
  subscribe: fc.record({ startFrom: fc.constantFrom('earliest', 'latest') }, { requiredKeys: [] }),
  call: fc.record(
    { timeout: fc.option(fc.integer({ min: 1, max: 10000 })), retries: fc.integer({ min: 0, max: 5 }), backoff: fc.integer({ min: 0, max: 1000 }), order: fc.option(fc.integer({ min: -5, max: 5 })) },
    { requiredKeys: [] },
  ),
};

// Brokers and the network-partition fault came later; drawing them here would change every sample
// these tests were written against, so they have generators of their own (src/engine/cluster).
const KINDS = NODE_KINDS.filter((kind) => kind !== 'broker');
const FAULTS = FAULT_TYPES.filter((type) => type !== 'partition');

const rawNode = fc.constantFrom(...KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    label: fc.option(label, { nil: undefined }),
    position: fc.record({ x: number(-5000, 5000), y: number(-5000, 5000) }),
    config: nodeConfig[kind],
  }),
);

/**
 * Valid documents of every shape: all node kinds and settings, labels of any text, fractional
 * positions, every edge kind between nodes that allow it, faults of every type.
 */
export function arbitraryDocument(): fc.Arbitrary<TopologyDocument> {
  return fc
    .record({
      name: label,
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      nodes: fc.array(rawNode, { maxLength: 12 }),
      edgePicks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 24 }),
      faultPicks: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FAULTS), fc.integer({ min: 0, max: 60000 }), fc.option(fc.integer({ min: 1, max: 9000 }))), { maxLength: 4 }),
      edgeConfigs: fc.array(fc.record(edgeConfig), { maxLength: 24 }),
    })
    .map(({ name, seed, nodes, edgePicks, faultPicks, edgeConfigs }) => {
      const withIds = nodes.map((node, index) => ({ ...node, id: `${node.kind}-${index + 1}` }));
      const edges: Record<string, unknown>[] = [];
      const taken = new Set<string>();
      edgePicks.forEach(([a, b, customId], index) => {
        if (withIds.length === 0) return;
        const sourceIndex = a % withIds.length;
        const source = withIds[sourceIndex];
        // Every (target, kind) the rules allow from this source; calls only forwards, so never a cycle.
        const options = withIds.flatMap((target, targetIndex) =>
          EDGE_KINDS.filter((kind) => edgeAllowed(kind, source.kind, target.kind) && (kind !== 'call' || targetIndex > sourceIndex))
            .filter((kind) => !taken.has(`${kind} ${source.id} ${target.id}`) && !(kind === 'deadletter' && taken.has(`deadletter ${source.id}`)))
            .map((kind) => ({ target, kind })),
        );
        if (options.length === 0) return;
        const { target, kind } = options[b % options.length];
        taken.add(`${kind} ${source.id} ${target.id}`).add(`${kind} ${source.id}`);
        const config = kind === 'deadletter' ? {} : edgeConfigs[index]?.[kind] ?? {};
        edges.push({ id: customId ? `link_${index}` : `e${edges.length + 1}`, kind, source: source.id, target: target.id, config });
      });
      const faults = faultPicks.flatMap(([n, type, at, duration]) => {
        const fits = withIds.filter((node) => FAULT_TARGETS[type].includes(node.kind));
        if (fits.length === 0) return [];
        const value = type === 'slow' ? { factor: 4 } : type === 'fail' ? { rate: 0.5 } : type === 'rate' ? { rate: 7 } : type === 'replay' ? { to: duration ?? 'earliest' } : {};
        const lasting = duration !== null && faultHasDuration(type) ? { duration } : {};
        return [{ at, node: fits[n % fits.length].id, type, ...value, ...lasting }];
      });
      return validPart({ format: 'eventscape/1', name, seed, nodes: withIds, edges, faults });
    })
    .filter((doc): doc is TopologyDocument => doc !== null);
}

/**
 * The document, or as much of it as is valid: without its faults, then without its edges, then
 * with plain labels. The generator does not copy every rule of `restore` (one dead-letter topic
 * per service, which faults fit which kinds), so it lets `restore` decide.
 */
function validPart(raw: { name: string; nodes: Record<string, unknown>[] } & Record<string, unknown>): TopologyDocument | null {
  const attempts = [
    raw,
    { ...raw, faults: [] },
    { ...raw, faults: [], edges: [] },
    { ...raw, name: 'Plain', faults: [], edges: [], nodes: raw.nodes.map((node) => ({ ...node, label: undefined })) },
  ];
  for (const attempt of attempts) {
    const result = restore(attempt);
    if (result.ok) return result.document;
  }
  return null;
}
