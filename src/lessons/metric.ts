// Reading a lesson check's figure out of a metrics snapshot by its dotted path.
import type { MetricsSnapshot } from '../engine/api';

/**
 * The number at `path` (e.g. `latencyMs.p99`, `lag.email`) in a node's metrics, or null when the
 * node or the path does not exist or does not lead to a number.
 */
export function readMetric(snapshot: MetricsSnapshot, node: string, path: string): number | null {
  let value: unknown = Object.hasOwn(snapshot.nodes, node) ? snapshot.nodes[node] : undefined;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return null;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
