// The figures compare mode sets side by side: what users waited (client p99 since the start, as
// the client node shows it: a recent p99 jumps between a timeout and an instant rejection), what failed, what is waiting in topics, and how many keys read models have not caught up on.
import type { MetricsSnapshot } from '../../src/engine/api';

export interface KeyFigures {
  /** The highest p99 of any client since the start, ms (null without clients or answers). */
  clientP99: number | null;
  /** Failed requests of clients, and events dropped, dead-lettered or rejected by services. */
  failures: number;
  /** Unconsumed events over all topics and groups. */
  lag: number;
  staleKeys: number;
}

export const KEY_FIGURES = [
  { id: 'clientP99', name: 'Client p99', unit: 'ms' },
  { id: 'failures', name: 'Failures', unit: '' },
  { id: 'lag', name: 'Lag', unit: 'events' },
  { id: 'staleKeys', name: 'Stale keys', unit: '' },
] as const;

/** The key figures of a run at its latest snapshot. */
export function keyFigures(snapshot: MetricsSnapshot): KeyFigures {
  const figures: KeyFigures = { clientP99: null, failures: 0, lag: 0, staleKeys: 0 };
  for (const m of Object.values(snapshot.nodes)) {
    switch (m.kind) {
      case 'client': {
        figures.failures += m.failed;
        if (m.latencyMs.count > 0) figures.clientP99 = Math.max(figures.clientP99 ?? 0, m.latencyMs.p99);
        break;
      }
      case 'topic':
        for (const lag of Object.values(m.lag)) figures.lag += lag;
        break;
      case 'service':
      case 'orchestrator':
        figures.failures += m.dropped + m.deadLettered + m.rejected;
        figures.staleKeys += m.staleKeys;
        break;
    }
  }
  return figures;
}

/** A ÷ B as the strip shows it: "31.2×", "—" when it means nothing (a zero or a missing side). */
export function formatRatio(a: number | null, b: number | null): string {
  if (a === null || b === null || b === 0) return a !== null && a > 0 && b === 0 ? '∞' : '—';
  const ratio = a / b;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}

/** A figure for the strip: whole numbers, ms with no decimals. */
export function formatFigure(value: number | null): string {
  return value === null ? '—' : Math.round(value).toLocaleString('en-US');
}
