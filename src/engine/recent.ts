// Recent latency summaries: what the last one to two windows of simulated time looked like, for
// time series that must come back down after a slow spell. Off until `Simulation.trackRecent`;
// then every latency, wait and consistency histogram of services, orchestrators and clients also
// records into a `RecentHistogram`.
import type { LatencySummary, RecentMetrics } from './api';
import type { Runtime } from './build';
import { Histogram, RecentHistogram } from './histogram';
import { summarize } from './snapshot';

/** Window of recent summaries by default, ms of simulated time. */
export const RECENT_WINDOW_MS = 1000;

function track(h: Histogram, rt: Runtime, windowMs: number): void {
  if (h.recent === null || h.recent.windowMs !== windowMs) h.recent = new RecentHistogram(rt.kernel, windowMs);
}

/** Makes every latency histogram of `rt` also record recent samples (again after an edit: new nodes). */
export function trackRecent(rt: Runtime, windowMs: number): void {
  if (!(windowMs > 0) || !Number.isFinite(windowMs)) throw new Error(`recent window must be a positive number of ms, got ${windowMs}`);
  for (const s of rt.services) {
    track(s.latency, rt, windowMs);
    track(s.wait, rt, windowMs);
    track(s.consistency, rt, windowMs);
  }
  for (const c of rt.clients) track(c.latency, rt, windowMs);
}

const NONE = new Histogram();

function recentOf(h: Histogram): LatencySummary {
  return summarize(h.recent === null ? NONE : h.recent.samples());
}

/** Recent summaries of services, orchestrators and clients, in document order ({} until tracked). */
export function recentSummaries(rt: Runtime): Record<string, RecentMetrics> {
  const result: Record<string, RecentMetrics> = {};
  for (const node of rt.doc.nodes) {
    const ref = rt.nodes.get(node.id);
    if (!ref) continue;
    if (ref.kind === 'service' || ref.kind === 'orchestrator') {
      const s = rt.services[ref.index];
      if (s.latency.recent === null) continue;
      result[node.id] = { latencyMs: recentOf(s.latency), waitMs: recentOf(s.wait), consistencyMs: recentOf(s.consistency) };
    } else if (ref.kind === 'client') {
      const c = rt.clients[ref.index];
      if (c.latency.recent !== null) result[node.id] = { latencyMs: recentOf(c.latency) };
    }
  }
  return result;
}
