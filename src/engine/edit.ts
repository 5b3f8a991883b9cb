// Live edits: a changed document applied at the current time.
import type { TopologyDocument } from '../model/types';
import type { Runtime } from './build';

/** Applies a changed document to a running simulation; returns the runtime to use from now. */
export function applyEdit(rt: Runtime, _doc: TopologyDocument): Runtime {
  return rt;
}
