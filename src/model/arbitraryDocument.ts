// Random valid documents for property tests (here and in the share codec): every field within its
// rule, edges only where the table allows them, calls without cycles, faults on fitting nodes.
// A document this makes is a fixed point of `restore`.
import fc from 'fast-check';
import { defaultPublishes } from './defaults';
import { PROCESSOR_DEFAULTS } from './processorDefaults';
import { faultHasDuration } from './fault';
import { nameProblem } from './fields';
import { idProblem } from './ids';
import { LIMITS } from './limits';
import { edgeKindsBetween, FAULT_TARGETS } from './rules';
import { COMPATIBILITIES, FAULT_TYPES, FORMAT, PUBLISH_MODES, SCHEMA_CHANGES } from './types';
import type {
  Distribution,
  Fault,
  FaultAction,
  FaultType,
  NodeKind,
  Position,
  SourceConfig,
  TopologyDocument,
  TopologyEdge,
  TopologyNode,
} from './types';

// JSON has no -0 and `restore` reads it as 0, so valid documents never hold it.
const noNegativeZero = (value: number): number => value + 0;
const number = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map(noNegativeZero);
const positive = (max: number) => fc.double({ min: Number.MIN_VALUE, max, noNaN: true });
const int = (min: number, max: number) => fc.integer({ min, max });
const ms = () => fc.oneof(int(0, 10_000), number(0, LIMITS.timeMs));
const nullable = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });

const text = (maxLength: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength })
    .filter((value) => value.trim() !== '' && nameProblem(value, maxLength) === null);
// Built once: an arbitrary from a pattern is costly to make, cheap to draw from.
const WORDS = fc.stringMatching(/^[A-Z][a-z]{1,12}( [A-Z][a-z]{1,8})?$/);
const ID = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/).filter((value) => idProblem(value) === null);
const readableText = (maxLength: number) => fc.oneof(WORDS, text(maxLength));
const id = () => ID;

/** A valid, complete distribution. */
export function arbitraryDistribution(): fc.Arbitrary<Distribution> {
  return fc.oneof(
    fc.record({ dist: fc.constantFrom('constant' as const, 'exponential' as const), mean: ms() }),
    fc.tuple(ms(), ms()).map(([a, b]): Distribution => {
      const [min, max] = a <= b ? [a, b] : [b, a];
      return { dist: 'uniform', mean: (min + max) / 2, min, max };
    }),
    ms().map((mean): Distribution => ({ dist: 'uniform', mean, min: 0, max: 2 * mean })),
    fc
      .tuple(number(0.001, LIMITS.timeMs), fc.oneof(fc.constant(3), number(1.01, LIMITS.lognormalP99Ratio)))
      .map(([mean, ratio]): Distribution => ({ dist: 'lognormal', mean, p99: mean * ratio })),
  );
}

const source = (): fc.Arbitrary<SourceConfig> =>
  fc.record({
    rate: fc.oneof(int(1, 2000), positive(LIMITS.rate)),
    arrival: fc.constantFrom('constant' as const, 'poisson' as const, 'burst' as const),
    burst: fc.record({ on: positive(LIMITS.timeMs), off: ms(), rate: number(0, LIMITS.rate) }),
    keys: int(1, LIMITS.keys),
    keySkew: number(0, LIMITS.keySkew),
  });

const workers = () => ({
  instances: int(1, LIMITS.instances),
  concurrency: int(1, LIMITS.concurrency),
  processing: arbitraryDistribution(),
});

/** The config without the optional fields that came out null: a document leaves them out. */
function withoutNulls<T extends object, K extends keyof T>(config: T, keys: readonly K[]): Omit<T, K> & { [P in K]?: Exclude<T[P], null> } {
  const out = { ...config };
  for (const key of keys) if (out[key] === null) delete out[key];
  return out as Omit<T, K> & { [P in K]?: Exclude<T[P], null> };
}

function arbitraryConfig(kind: NodeKind, label: string): fc.Arbitrary<TopologyNode['config']> {
  switch (kind) {
    case 'producer':
      return fc
        .tuple(source(), fc.record({
          eventTypes: fc.array(readableText(LIMITS.eventTypeLength), { minLength: 1, maxLength: LIMITS.eventTypes }),
          onFull: fc.constantFrom('block' as const, 'drop' as const),
          maxPending: int(0, LIMITS.queue),
          schema: nullable(fc.array(fc.constantFrom(...SCHEMA_CHANGES), { maxLength: 4 }).chain((changes) =>
            int(1, changes.length + 1).map((version) => ({ version, changes })),
          )),
        }))
        .map(([sourceConfig, rest]) => withoutNulls({ ...sourceConfig, ...rest }, ['schema']));
    case 'client':
      return source();
    case 'topic':
      return fc.record({
        partitions: int(1, LIMITS.partitions),
        partitioner: fc.constantFrom('key' as const, 'round-robin' as const),
        retention: nullable(positive(LIMITS.timeMs)),
        capacity: nullable(int(1, LIMITS.queue)),
        onFull: fc.constantFrom('block' as const, 'drop-newest' as const, 'drop-oldest' as const),
        compatibility: nullable(fc.constantFrom(...COMPATIBILITIES)),
        registry: nullable(fc.boolean()),
      }).map((config) => withoutNulls(config, ['compatibility', 'registry']));
    case 'service':
      return fc.record({
        ...workers(),
        failureRate: number(0, 1),
        retry: fc.record({ maxAttempts: int(1, LIMITS.maxAttempts), backoff: ms(), mode: fc.constantFrom('blocking' as const, 'requeue' as const) }),
        ordering: fc.constantFrom('partition' as const, 'key' as const, 'none' as const),
        idempotent: fc.boolean(),
        queueLimit: nullable(int(0, LIMITS.queue)),
        publishes: fc.oneof(fc.constant(defaultPublishes(label)), readableText(LIMITS.eventTypeLength)),
        database: nullable(fc.record({
          write: arbitraryDistribution(),
          publish: fc.constantFrom(...PUBLISH_MODES),
          lingerMs: ms(),
          pollMs: number(1, LIMITS.timeMs),
          tailMs: ms(),
          order: fc.constantFrom('commit-first' as const, 'publish-first' as const),
        })),
        reads: nullable(fc.uniqueArray(int(1, LIMITS.schemaVersions), { minLength: 1, maxLength: 3 }).map((v) => v.sort((a, b) => a - b))),
        upcast: nullable(fc.boolean()),
      }).map((config) => withoutNulls(config, ['database', 'reads', 'upcast']));
    case 'orchestrator':
      return fc.record(workers());
    case 'broker':
      return fc.constant({});
    case 'processor':
      return fc.record(workers()).map((w) => ({ ...PROCESSOR_DEFAULTS, ...w }));
  }
}

const position = (): fc.Arbitrary<Position> =>
  fc.record({
    x: fc.oneof(int(-5000, 5000), number(-LIMITS.position, LIMITS.position)),
    y: fc.oneof(int(-5000, 5000), number(-LIMITS.position, LIMITS.position)),
  });

function arbitraryNode(nodeId: string): fc.Arbitrary<TopologyNode> {
  const kinds = fc.constantFrom<NodeKind>('producer', 'client', 'topic', 'service', 'orchestrator');
  return fc
    .record({ kind: kinds, label: fc.oneof(fc.constant(nodeId), readableText(LIMITS.labelLength)), position: position() })
    .chain(({ kind, label, position: at }) =>
      arbitraryConfig(kind, label).map((config) => ({ id: nodeId, kind, label, position: at, config }) as TopologyNode),
    );
}

function edgeConfig(kind: TopologyEdge['kind']): fc.Arbitrary<TopologyEdge['config']> {
  switch (kind) {
    case 'publish':
      return fc.record({ latency: arbitraryDistribution() });
    case 'subscribe':
      return fc.record({ startFrom: fc.constantFrom('earliest' as const, 'latest' as const) });
    case 'call':
      return fc.record({
        timeout: nullable(positive(LIMITS.timeMs)),
        retries: int(0, LIMITS.callRetries),
        backoff: ms(),
        order: nullable(fc.oneof(int(0, 10), number(-LIMITS.callOrder, LIMITS.callOrder))),
      });
    case 'deadletter':
      return fc.constant({});
  }
}

// Calls only go from an earlier node to a later one, so they can never form a cycle.
function candidateEdges(nodes: readonly TopologyNode[]): { kind: TopologyEdge['kind']; source: string; target: string }[] {
  const candidates = [];
  for (const [i, source] of nodes.entries()) {
    for (const [j, target] of nodes.entries()) {
      if (i === j) continue;
      for (const kind of edgeKindsBetween(source.kind, target.kind)) {
        if (kind !== 'call' || i < j) candidates.push({ kind, source: source.id, target: target.id });
      }
    }
  }
  return candidates;
}

function arbitraryEdges(nodes: readonly TopologyNode[]): fc.Arbitrary<TopologyEdge[]> {
  return fc
    .constant(candidateEdges(nodes))
    .chain((candidates) => fc.subarray(candidates, { maxLength: Math.min(30, candidates.length) }))
    .map((picked) => picked.filter((edge, index) => edge.kind !== 'deadletter' || picked.findIndex((e) => e.kind === 'deadletter' && e.source === edge.source) === index))
    .chain((picked) =>
      fc.tuple(
        fc.uniqueArray(id(), { minLength: picked.length, maxLength: picked.length }),
        fc.tuple(...picked.map((edge) => edgeConfig(edge.kind))),
        fc.boolean(),
      ).map(([ids, configs, readable]) =>
        picked.map((edge, index) => ({ id: readable ? `e${index + 1}` : ids[index], ...edge, config: configs[index] }) as TopologyEdge),
      ),
    );
}

function faultAction(type: FaultType): fc.Arbitrary<FaultAction> {
  switch (type) {
    case 'slow':
      return positive(LIMITS.slowFactor).map((factor) => ({ type, factor }));
    case 'fail':
      return number(0, 1).map((rate) => ({ type, rate }));
    case 'rate':
      return number(0, LIMITS.rate).map((rate) => ({ type, rate }));
    case 'replay':
      return fc.oneof(fc.constant('earliest' as const), ms()).map((to) => ({ type, to }));
    default:
      return fc.constant({ type } as FaultAction);
  }
}

function arbitraryFaults(nodes: readonly TopologyNode[]): fc.Arbitrary<Fault[]> {
  // A deploy must name a version its producer has; documents here leave deploys out.
  const fitting = FAULT_TYPES.filter((type) => type !== 'deploy').flatMap((type) =>
    nodes.filter((node) => FAULT_TARGETS[type].includes(node.kind)).map((node) => ({ type, node: node.id })),
  );
  if (fitting.length === 0) return fc.constant([]);
  const one = fc
    .record({ pick: fc.constantFrom(...fitting), at: ms(), duration: nullable(positive(LIMITS.timeMs)) })
    .chain(({ pick, at, duration }) =>
      faultAction(pick.type).map((action): Fault => ({ at, node: pick.node, ...action, duration: faultHasDuration(pick.type) ? duration : null })),
    );
  return fc.array(one, { maxLength: 6 });
}

/** A random valid document of up to `maxNodes` nodes. */
export function arbitraryDocument(maxNodes = 10): fc.Arbitrary<TopologyDocument> {
  return fc
    .uniqueArray(id(), { maxLength: maxNodes })
    .chain((ids) => fc.tuple(...ids.map((nodeId) => arbitraryNode(nodeId))))
    .chain((nodes) =>
      fc.record({
        format: fc.constant(FORMAT),
        name: fc.oneof(fc.constant('Untitled'), readableText(LIMITS.labelLength)),
        seed: fc.oneof(fc.constant(1), fc.tuple(int(0, 0xffff), int(0, 0xffff)).map(([high, low]) => high * 0x10000 + low)),
        nodes: fc.constant(nodes),
        edges: arbitraryEdges(nodes),
        faults: arbitraryFaults(nodes),
      }),
    );
}
