// The fault script as the inspector edits it: a new fault of a type with sensible parameters, and
// a changed fault checked by `restore` before it is applied.
import { faultHasDuration } from '../../src/model/fault';
import { FAULT_TARGETS } from '../../src/model/rules';
import { FAULT_TYPES, type Fault, type FaultType, type NodeKind, type TopologyDocument } from '../../src/model/types';

/** The fault types that apply to a node of this kind. */
export function faultTypesFor(kind: NodeKind): FaultType[] {
  return FAULT_TYPES.filter((type) => FAULT_TARGETS[type].includes(kind));
}

/** A fault of `type` on `node` at `at`, with a first guess at its parameters. */
export function newFault(type: FaultType, node: string, at: number, duration: number | null): Fault {
  const kept = faultHasDuration(type) ? duration : null;
  switch (type) {
    case 'slow':
      return { type, factor: 10, node, at, duration: kept };
    case 'fail':
      return { type, rate: 0.5, node, at, duration: kept };
    case 'rate':
      return { type, rate: 0, node, at, duration: kept };
    case 'replay':
      return { type, to: 'earliest', node, at, duration: null };
    case 'deploy':
      return { type, version: 2, node, at, duration: kept };
    default:
      return { type, node, at, duration: kept };
  }
}

/** The fault a person most likely wants to add to a node: slow a worker, stop a source. */
export function firstFaultFor(doc: TopologyDocument, nodeId: string | null): Fault | null {
  const node = nodeId
    ? doc.nodes.find((n) => n.id === nodeId)
    : doc.nodes.find((n) => faultTypesFor(n.kind).length > 0 && n.kind !== 'topic');
  if (!node) return null;
  const type = faultTypesFor(node.kind)[0];
  if (!type) return null;
  return newFault(type, node.id, 10_000, faultHasDuration(type) ? 10_000 : null);
}

/** The document with fault `index` replaced. */
export function withFault(doc: TopologyDocument, index: number, fault: Fault): TopologyDocument {
  const faults = doc.faults.slice();
  faults[index] = fault;
  return { ...doc, faults };
}

/** The document without fault `index`. */
export function withoutFault(doc: TopologyDocument, index: number): TopologyDocument {
  return { ...doc, faults: doc.faults.filter((_, i) => i !== index) };
}
