// The ordering violations the log shows: newest first, bounded, each in one plain line.
import type { OrderViolation } from '../../../src/engine/api';
import { formatSeconds } from './simTime';

/** How many violations the log keeps; older ones fall off the end. */
export const VIOLATION_LOG_LIMIT = 200;

/** One violation in words: "12.4 s · Email · key 37: seq 5 applied after seq 6". */
export function describeViolation(violation: OrderViolation, labelOf: (node: string) => string): string {
  const { at, node, key, seq, previous } = violation;
  return `${formatSeconds(at)} · ${labelOf(node)} · key ${key}: seq ${seq} applied after seq ${previous}`;
}

/** The log with `incoming` (oldest first, as the engine reports them) added: newest first, bounded. */
export function withViolations(
  log: readonly OrderViolation[],
  incoming: readonly OrderViolation[],
  limit = VIOLATION_LOG_LIMIT,
): OrderViolation[] {
  if (incoming.length === 0) return log.slice(0, limit);
  const newest = incoming.slice(-limit).reverse();
  return newest.concat(log.slice(0, Math.max(0, limit - newest.length)));
}
