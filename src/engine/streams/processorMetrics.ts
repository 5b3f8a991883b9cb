// A processor's figures for metric snapshots, and their reset (the CLI's --warmup). Nothing here runs per event.
import type { LatencySummary, ProcessorMetrics } from '../api';
import type { Service } from '../service';
import type { Histogram } from '../histogram';
import { ItemState } from '../workItems';
import type { StreamProcessor } from './streamProcessor';

function stateRows(stream: StreamProcessor): number {
  if (stream.windows !== null) return stream.windows.rows();
  if (stream.sessions !== null) return stream.sessions.changed.size;
  if (stream.tally !== null) return stream.tally.value.size;
  if (stream.table !== null) return stream.table.version.size;
  return 0;
}

function windowed(stream: StreamProcessor): ProcessorMetrics['windowed'] {
  const store = stream.windows ?? stream.sessions;
  const aggregate = stream.operators.find((op) => op.op === 'aggregate');
  if (store === null || !aggregate || aggregate.op !== 'aggregate') return null;
  const resultDelayMs = store.windowsClosed > 0 ? store.closeDelay / store.windowsClosed : 0;
  return { fn: aggregate.fn, closedWindows: store.windowsClosed, engine: store.closedValue, truth: store.closedValue + store.closedLate, resultDelayMs };
}

/** Windows shown on the node. */
const SHOWN_WINDOWS = 6;

function openWindows(stream: StreamProcessor): ProcessorMetrics['windows'] {
  const store = stream.windows;
  if (store === null) return [];
  return store.open.slice(-SHOWN_WINDOWS).map((cells) => {
    let total = 0;
    for (const value of cells.value.values()) total += value;
    return { start: cells.start, end: cells.end, closesAt: cells.end + store.graceMs, total, keys: cells.value.size };
  });
}

/** A processor's metrics now. */
export function processorMetrics(service: Service, now: number, summarize: (h: Histogram) => LatencySummary): ProcessorMetrics {
  const stream = service.stream as StreamProcessor;
  const group = service.group;
  const running = group.items.count(ItemState.running);
  const table = stream.table;
  const seen = stream.maxEventTime > -Infinity;
  return {
    kind: 'processor',
    in: stream.in,
    out: stream.out,
    late: stream.late,
    lateSent: stream.lateSent,
    filtered: stream.filtered,
    tableUpdates: stream.tableUpdates,
    accepted: stream.accepted,
    repartitioned: stream.repartitioned,
    joinResults: stream.streamJoin?.results ?? 0,
    openWindows: stream.openWindows(),
    stateRows: stateRows(stream),
    watermark: seen ? stream.watermark : null,
    watermarkLagMs: seen ? now - stream.watermark : null,
    windowed: windowed(stream),
    join: table === null ? null : { rows: table.version.size, matched: table.joined, unmatched: table.unmatched, lateUpdates: table.lateUpdates },
    windows: openWindows(stream),
    graceMs: stream.config.graceMs,
    liveInstances: service.pool.liveInstances().length,
    workers: service.pool.capacity,
    utilization: service.pool.utilization(now),
    waiting: Math.max(0, group.unconsumed() - running),
    latencyMs: summarize(service.latency),
  };
}

/** Forgets a processor's counters; its state (windows, tables, watermark) stays. */
export function resetProcessorMetrics(stream: StreamProcessor): void {
  stream.in = 0;
  stream.out = 0;
  stream.late = 0;
  stream.lateSent = 0;
  stream.filtered = 0;
  stream.tableUpdates = 0;
  stream.accepted = 0;
  stream.repartitioned = 0;
  for (const store of [stream.windows, stream.sessions]) {
    if (store === null) continue;
    store.closedValue = 0;
    store.closedLate = 0;
    store.windowsClosed = 0;
    store.closeDelay = 0;
  }
  if (stream.streamJoin !== null) stream.streamJoin.results = 0;
}
