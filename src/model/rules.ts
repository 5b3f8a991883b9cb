// Which nodes may be connected and how, and which faults fit which nodes. The editor asks these
// while a connection is dragged; `restore` reports the same rules as errors.
import { EDGE_KINDS, type EdgeKind, type FaultType, type NodeKind, type TopologyDocument } from './types';

/** The node kinds each edge kind may start and end at. */
export const EDGE_ENDS: { readonly [K in EdgeKind]: { sources: readonly NodeKind[]; targets: readonly NodeKind[] } } = {
  publish: { sources: ['producer', 'service', 'orchestrator', 'processor'], targets: ['topic'] },
  subscribe: { sources: ['topic'], targets: ['service', 'orchestrator', 'processor'] },
  call: { sources: ['client', 'service', 'orchestrator'], targets: ['service', 'orchestrator'] },
  deadletter: { sources: ['service'], targets: ['topic'] },
};

/** The node kinds each fault type can be applied to. */
export const FAULT_TARGETS: { readonly [T in FaultType]: readonly NodeKind[] } = {
  slow: ['service', 'orchestrator', 'broker', 'processor'],
  fail: ['service', 'orchestrator'],
  crash: ['service', 'orchestrator', 'broker', 'processor'],
  recover: ['service', 'orchestrator', 'broker', 'processor'],
  rate: ['producer', 'client'],
  'add-instance': ['service', 'orchestrator', 'processor'],
  'remove-instance': ['service', 'orchestrator', 'processor'],
  replay: ['service', 'orchestrator'],
  deploy: ['producer'],
  partition: ['broker'],
};

/** What a node of each kind connects to, in words, for the editor's refusals. */
const CONNECTS: { readonly [K in NodeKind]: string } = {
  producer: 'producers publish to topics',
  client: 'clients call services',
  topic: 'topics are read by services and orchestrators',
  service: 'services publish to topics, call services and dead-letter to topics',
  orchestrator: 'orchestrators publish to topics and call services',
  broker: 'brokers take no edges: every topic lives on the cluster of all brokers',
  processor: 'processors read topics and publish to topics',
};

/** "a producer", "an orchestrator". */
export function withArticle(kind: string): string {
  return /^"?[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** Whether an edge of this kind may go from a node of kind `source` to one of kind `target`. */
export function edgeAllowed(kind: EdgeKind, source: NodeKind, target: NodeKind): boolean {
  return EDGE_ENDS[kind].sources.includes(source) && EDGE_ENDS[kind].targets.includes(target);
}

/** The edge kinds that may connect these node kinds, the usual one first (service→topic: publish, deadletter). */
export function edgeKindsBetween(source: NodeKind, target: NodeKind): EdgeKind[] {
  return EDGE_KINDS.filter((kind) => edgeAllowed(kind, source, target));
}

/** Why an edge of this kind cannot go between these node kinds, or null when it can. */
export function edgeKindProblem(kind: EdgeKind, source: NodeKind, target: NodeKind): string | null {
  if (edgeAllowed(kind, source, target)) return null;
  const ends = EDGE_ENDS[kind];
  return (
    `${withArticle(kind)} edge cannot go from ${withArticle(source)} to ${withArticle(target)}: ` +
    `it goes from ${withArticle(orList(ends.sources))} to ${withArticle(orList(ends.targets))}`
  );
}

/** "a, b or c". */
export function orList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

interface Link {
  kind: EdgeKind;
  source: string;
  target: string;
}

/** Who each node calls. */
function callTargets(edges: readonly Link[]): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind !== 'call') continue;
    const targets = calls.get(edge.source);
    if (targets) targets.push(edge.target);
    else calls.set(edge.source, [edge.target]);
  }
  return calls;
}

/** The first cycle of `call` edges as node ids, closed (`[a, b, a]`), or null when there is none. */
export function findCallCycle(edges: readonly Link[]): string[] | null {
  const calls = callTargets(edges);
  const done = new Set<string>();
  for (const start of calls.keys()) {
    if (done.has(start)) continue;
    // Depth-first without recursion: a long chain of calls cannot overflow the stack.
    const path: string[] = [start];
    const onPath = new Set<string>([start]);
    const next: number[] = [0];
    while (path.length > 0) {
      const node = path[path.length - 1];
      const targets = calls.get(node) ?? [];
      const index = next[next.length - 1]++;
      if (index >= targets.length) {
        done.add(node);
        onPath.delete(node);
        path.pop();
        next.pop();
        continue;
      }
      const target = targets[index];
      if (onPath.has(target)) return [...path.slice(path.indexOf(target)), target];
      if (done.has(target)) continue;
      path.push(target);
      onPath.add(target);
      next.push(0);
    }
  }
  return null;
}

/** The first cycle of calls in a document as node ids (`['a', 'b', 'a']`), or null. */
export function callCycle(doc: Pick<TopologyDocument, 'edges'>): string[] | null {
  return findCallCycle(doc.edges);
}

function reaches(edges: readonly Link[], from: string, to: string): boolean {
  const calls = callTargets(edges);
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    if (node === to) return true;
    for (const target of calls.get(node) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        stack.push(target);
      }
    }
  }
  return false;
}

/** "Checkout already publishes to orders", "Email already reads orders". */
function alreadyConnected(kind: EdgeKind, source: string, target: string): string {
  if (kind === 'subscribe') return `${target} already reads ${source}`;
  const doing = { publish: 'publishes to', call: 'calls', deadletter: 'dead-letters to' }[kind];
  return `${source} already ${doing} ${target}`;
}

/**
 * Why the editor refuses a connection from `sourceId` to `targetId` (as `kind`, or as whichever kind the
 * two ends allow), in words for the person dragging it; null when the connection is fine.
 */
export function connectionProblem(
  doc: Pick<TopologyDocument, 'nodes' | 'edges'>,
  sourceId: string,
  targetId: string,
  kind?: EdgeKind,
): string | null {
  const source = doc.nodes.find((node) => node.id === sourceId);
  const target = doc.nodes.find((node) => node.id === targetId);
  if (!source) return `there is no node "${sourceId}"`;
  if (!target) return `there is no node "${targetId}"`;
  if (source.id === target.id) return `${source.label} cannot connect to itself`;
  const kinds = kind ? [kind] : edgeKindsBetween(source.kind, target.kind);
  if (kinds.length === 0) {
    return `${withArticle(source.kind)} cannot connect to ${withArticle(target.kind)}: ${CONNECTS[source.kind]}`;
  }
  let first: string | null = null;
  for (const candidate of kinds) {
    const problem = kindProblem(doc, source, target, candidate);
    if (problem === null) return null;
    first ??= problem;
  }
  return first;
}

type Ends = Pick<TopologyDocument['nodes'][number], 'id' | 'kind' | 'label'>;

function kindProblem(doc: Pick<TopologyDocument, 'nodes' | 'edges'>, source: Ends, target: Ends, kind: EdgeKind): string | null {
  const wrong = edgeKindProblem(kind, source.kind, target.kind);
  if (wrong) return wrong;
  const same = doc.edges.some((edge) => edge.kind === kind && edge.source === source.id && edge.target === target.id);
  if (same) return alreadyConnected(kind, source.label, target.label);
  if (kind === 'deadletter') {
    const existing = doc.edges.find((edge) => edge.kind === 'deadletter' && edge.source === source.id);
    const topic = existing && doc.nodes.find((node) => node.id === existing.target);
    if (existing) return `${source.label} already has a dead-letter topic (${topic?.label ?? existing.target})`;
  }
  if (kind === 'call' && reaches(doc.edges, target.id, source.id)) {
    return `${target.label} already calls ${source.label}, directly or indirectly`;
  }
  return null;
}
