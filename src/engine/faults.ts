// Faults, scripted or live, applied at the engine's current time. A fault with a duration is
// undone when it ends: slow and fail restore the value they replaced, a crash recovers the
// instance it took down, rate restores the previous rate, add/remove-instance do the opposite.
// `recover` and `replay` are one-offs.
import type { FaultAction } from '../model/types';
import type { Runtime } from './build';
import { deploy } from './deploy';
import { addInstance, crashInstance, recoverInstances, removeInstance } from './serviceInstances';
import { applyBrokerFault, undoBrokerFault } from './cluster/brokerFaults';

/** A fault that was applied, with what its undo needs. */
export interface AppliedFault {
  node: string;
  action: FaultAction;
  /** The value replaced (slow factor, failure rate, rate) or the instance crashed. */
  previous: number;
  undone: boolean;
}

/** Applies a fault to a node now; returns the record its undo needs (null: nothing to do). */
export function applyFault(rt: Runtime, node: string, action: FaultAction): AppliedFault | null {
  const ref = rt.nodes.get(node);
  if (!ref || ref.index < 0) return null;
  const record: AppliedFault = { node, action, previous: 0, undone: false };
  if (ref.kind === 'producer' && action.type === 'deploy') return deploy(rt.producers[ref.index], record, action.version);
  if (ref.kind === 'producer' || ref.kind === 'client') {
    if (action.type !== 'rate') return null;
    const source = ref.kind === 'producer' ? rt.producers[ref.index] : rt.clients[ref.index];
    record.previous = source.rate;
    source.setRate(action.rate);
    return record;
  }
  if (ref.kind === 'broker') {
    const previous = rt.cluster ? applyBrokerFault(rt.cluster, ref.index, action) : null;
    if (previous === null) return null;
    record.previous = previous;
    return record;
  }
  if (ref.kind !== 'service' && ref.kind !== 'orchestrator' && ref.kind !== 'processor') return null;
  const service = rt.services[ref.index];
  switch (action.type) {
    case 'slow':
      record.previous = service.slowFactor;
      service.slowFactor = action.factor;
      break;
    case 'fail':
      record.previous = service.failureRate;
      service.failureRate = action.rate;
      break;
    case 'crash':
      record.previous = crashInstance(service);
      break;
    case 'recover':
      recoverInstances(service, -1);
      break;
    case 'add-instance':
      addInstance(service);
      break;
    case 'remove-instance':
      removeInstance(service);
      break;
    case 'replay':
      service.replay(action.to);
      break;
    default:
      return null;
  }
  return record;
}

/** Undoes a fault whose duration is over. */
export function undoFault(rt: Runtime, record: AppliedFault): void {
  if (record.undone) return;
  record.undone = true;
  const ref = rt.nodes.get(record.node);
  if (!ref || ref.index < 0) return;
  const { action } = record;
  if (ref.kind === 'producer' && action.type === 'deploy') {
    if (record.previous > 0) rt.producers[ref.index].deploy(record.previous);
    return;
  }
  if (ref.kind === 'producer' || ref.kind === 'client') {
    if (action.type === 'rate') (ref.kind === 'producer' ? rt.producers[ref.index] : rt.clients[ref.index]).setRate(record.previous);
    return;
  }
  if (ref.kind === 'broker') {
    if (rt.cluster) undoBrokerFault(rt.cluster, ref.index, action, record.previous);
    return;
  }
  if (ref.kind !== 'service' && ref.kind !== 'orchestrator' && ref.kind !== 'processor') return;
  const service = rt.services[ref.index];
  switch (action.type) {
    case 'slow':
      service.slowFactor = record.previous;
      break;
    case 'fail':
      service.failureRate = record.previous;
      break;
    case 'crash':
      if (record.previous >= 0) recoverInstances(service, record.previous);
      break;
    case 'add-instance':
      removeInstance(service);
      break;
    case 'remove-instance':
      addInstance(service);
      break;
    default:
      break;
  }
}
