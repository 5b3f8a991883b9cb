// Rates are taken over at least a simulated second where the run has one: over a single metrics
// interval (0.2 s at 1×) a count of a few events would make the figures jump.
import type { MetricsSnapshot } from '../../src/engine/api';

/** Simulated ms a rate is measured over, at least (when the run is that long). */
export const RATE_WINDOW_MS = 1000;
/** Snapshots kept for rates: enough for a simulated second at 0.1× speed. */
const MAX_RATE_SNAPSHOTS = 60;

export interface RateWindow {
  /** Keep `snapshot`; returns the one to measure its rates from (a second before it, or the oldest kept). */
  base(snapshot: MetricsSnapshot): MetricsSnapshot | null;
  /** Forget the snapshots kept (a seek or a new run: they belong to another time line). */
  clear(): void;
}

export function createRateWindow(): RateWindow {
  let snapshots: MetricsSnapshot[] = [];
  return {
    base(snapshot) {
      if (snapshots.length > 0 && snapshots[snapshots.length - 1].now > snapshot.now) snapshots = [];
      let base: MetricsSnapshot | null = snapshots[0] ?? null;
      for (const old of snapshots) if (old.now <= snapshot.now - RATE_WINDOW_MS) base = old;
      snapshots.push(snapshot);
      if (snapshots.length > MAX_RATE_SNAPSHOTS) snapshots.shift();
      return base;
    },
    clear() {
      snapshots = [];
    },
  };
}
