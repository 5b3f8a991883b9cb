// An ordering violation as the log shows it: one plain line.
import type { OrderViolation } from '../../../src/engine/api';
import { formatSeconds } from './simTime';

/** One violation in words: "12.4 s · Email · key 37: seq 5 applied after seq 6". */
export function describeViolation(violation: OrderViolation, labelOf: (node: string) => string): string {
  const { at, node, key, seq, previous } = violation;
  return `${formatSeconds(at)} · ${labelOf(node)} · key ${key}: seq ${seq} applied after seq ${previous}`;
}

