// One config field of a node or an edge, as the inspector edits it: its value, its default, and an
// `apply` that checks the changed document with `restore` and commits it, or keeps the problem to
// show. Typing in one field during one focus is one undo step.
import { useMemo, useRef, useState } from 'react';
import { CLUSTER_FIELD_DEFAULTS } from '../../../src/model/clusterConfig';
import { defaultConfig, defaultEdgeConfig } from '../../../src/model/defaults';
import type { EdgeKind, NodeKind, TopologyDocument } from '../../../src/model/types';
import { setEdgeConfig, setNodeConfig } from '../../../src/editor/edits';
import { editorStore, useEditor } from '../../store/useEditor';
import { checkCandidate } from '../../../src/editor/validate';
import { valueAt, withValueAt } from './fieldSpecs';

export interface Owner {
  type: 'node' | 'edge';
  id: string;
}

/** The config object of a node or edge, or undefined when it is gone. */
export function configOf(doc: TopologyDocument, owner: Owner): unknown {
  const item = owner.type === 'node' ? doc.nodes.find((n) => n.id === owner.id) : doc.edges.find((e) => e.id === owner.id);
  return item?.config;
}

function kindOf(doc: TopologyDocument, owner: Owner): NodeKind | EdgeKind | undefined {
  const item = owner.type === 'node' ? doc.nodes.find((n) => n.id === owner.id) : doc.edges.find((e) => e.id === owner.id);
  return item?.kind;
}

function defaultOf(type: Owner['type'], kind: NodeKind | EdgeKind | undefined): unknown {
  if (kind === undefined) return undefined;
  return type === 'node' ? defaultConfig(kind as NodeKind) : defaultEdgeConfig(kind as EdgeKind);
}

function withConfig(doc: TopologyDocument, owner: Owner, config: unknown): TopologyDocument {
  // The config is of the owner's kind: it was read from it and changed one field.
  return owner.type === 'node'
    ? setNodeConfig(doc, owner.id, config as TopologyDocument['nodes'][number]['config'])
    : setEdgeConfig(doc, owner.id, config as TopologyDocument['edges'][number]['config']);
}

function indexOf(doc: TopologyDocument, owner: Owner): number {
  return owner.type === 'node'
    ? doc.nodes.findIndex((n) => n.id === owner.id)
    : doc.edges.findIndex((e) => e.id === owner.id);
}

let focusSerial = 0;

export interface ConfigField {
  value: unknown;
  defaultValue: unknown;
  problem: string | null;
  /** Check and apply a new value; false (and `problem` set) when it is refused. */
  apply(value: unknown): boolean;
  /** Apply a whole new config computed from the current one (for multi-part fields). */
  applyConfig(change: (config: unknown) => unknown): boolean;
  /** Put the default back, as an undo step of its own. */
  reset(): void;
  /** Call when the control gains focus: later edits merge until the next focus. */
  begin(): void;
  clearProblem(): void;
}

/** Read and edit the field at `key` (a dot path) of the owner's config. */
export function useConfigField(owner: Owner, key: string): ConfigField {
  const kind = useEditor((state) => kindOf(state.document, owner));
  const ownerType = owner.type;
  // Cluster fields are absent until set: they show what their absence means.
  const absent = ownerType === 'node' && kind !== undefined ? CLUSTER_FIELD_DEFAULTS[kind]?.[key] : undefined;
  const value = useEditor((state) => valueAt(configOf(state.document, owner), key)) ?? absent;
  const defaultValue = useMemo(() => valueAt(defaultOf(ownerType, kind), key) ?? absent, [ownerType, kind, key, absent]);
  const [problem, setProblem] = useState<string | null>(null);
  const session = useRef(0);

  const applyConfig = (change: (config: unknown) => unknown, coalesce: boolean): boolean => {
    const { document, commit } = editorStore.getState();
    const index = indexOf(document, owner);
    if (index < 0) return false;
    const candidate = withConfig(document, owner, change(configOf(document, owner)));
    const path = `${owner.type === 'node' ? 'nodes' : 'edges'}[${index}].config.${key}`;
    const checked = checkCandidate(candidate, path);
    if (!checked.ok) {
      setProblem(checked.problem);
      return false;
    }
    setProblem(null);
    // Keep what restore made of the owner's config: it fills in derived parts (a uniform's mean).
    const restored = owner.type === 'node' ? checked.restored.nodes[index].config : checked.restored.edges[index].config;
    const coalesceKey = coalesce && session.current > 0 ? `${owner.type}:${owner.id}:${key}:${session.current}` : null;
    commit(withConfig(candidate, owner, restored), coalesceKey);
    return true;
  };

  return {
    value,
    defaultValue,
    problem,
    apply: (next) => applyConfig((config) => withValueAt(config, key, next), true),
    applyConfig: (change) => applyConfig(change, true),
    reset: () => {
      applyConfig((config) => withValueAt(config, key, structuredClone(defaultValue)), false);
    },
    begin: () => {
      session.current = ++focusSerial;
    },
    clearProblem: () => setProblem(null),
  };
}
