// What a node's live figures read from the store: its own metrics and the latest rates from the
// chart history. Each node selects only its own entries, so a node re-renders with its figures
// (about five times a second while running) and never for another node's.
import type { NodeMetrics } from '../../../src/engine/api';
import { useCanvasRun } from '../canvasSide';

/** The node's latest metrics, or null when the simulation is not running it. */
export function useNodeMetrics(id: string): NodeMetrics | null {
  return useCanvasRun((state) => (state.status === 'idle' ? null : state.metrics?.nodes[id] ?? null));
}

/** The latest value of one of the node's series (a rate per simulated second), or 0. */
export function useLatestRate(id: string, series: 'throughput' | 'failures'): number {
  return useCanvasRun((state) => {
    const values = state.metricsHistory.nodes[id]?.[series];
    return values && values.length > 0 ? values[values.length - 1] ?? 0 : 0;
  });
}
