// What `npm run sim` prints: the JSON object of DESIGN §3, or a readable table of the same.
import type { LatencySummary, MetricsSnapshot, NodeMetrics } from '../engine/api';
import { DATABASE_HEADER, databaseRows, producerExtrasJson, SCHEMA_HEADER, schemaRows, serviceExtrasJson } from './databaseReport';
import { brokerJson, brokerRows, producerAcksJson, rebalanceJson, rebalanceRows, replicationRows, topicReplicationJson } from './clusterReport';
import { PROCESSOR_HEADER, processorJson, processorRow } from './processorReport';

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

/** The run's settings printed with the metrics. */
export interface RunInfo {
  file: string;
  seconds: number;
  warmup: number;
  seed: number;
  wallMs: number;
}

// Rounding keeps output stable and readable; ms to the µs, ratios to four places.
const ms = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (x: number) => Math.round(x * 10_000) / 10_000;

function latency(l: LatencySummary): Json {
  return { mean: ms(l.mean), p50: ms(l.p50), p95: ms(l.p95), p99: ms(l.p99), max: ms(l.max) };
}

/** One node's metrics in the documented JSON shape. */
export function nodeJson(m: NodeMetrics): Json {
  switch (m.kind) {
    case 'producer':
      return { kind: m.kind, produced: m.produced, dropped: m.dropped, blocked: m.blocked, ...producerExtrasJson(m), ...producerAcksJson(m) };
    case 'topic':
      return { kind: m.kind, appended: m.appended, lag: { ...m.lag }, ...topicReplicationJson(m), ...(m.compaction ? { compaction: { ...m.compaction } } : {}) };
    case 'broker':
      return brokerJson(m);
    case 'client':
      return { kind: m.kind, requests: m.requests, succeeded: m.succeeded, failed: m.failed, timedOut: m.timedOut, attempts: m.attempts, latencyMs: latency(m.latencyMs) };
    case 'service':
    case 'orchestrator': {
      const service: { [key: string]: Json } = {
        kind: m.kind,
        processed: m.processed,
        attempts: m.attempts,
        failed: m.failed,
        retried: m.retried,
        deadLettered: m.deadLettered,
        dropped: m.dropped,
        rejected: m.rejected,
        timedOut: m.timedOut,
        duplicates: m.duplicates,
        orderViolations: m.orderViolations,
        staleKeys: m.staleKeys,
        utilization: ratio(m.utilization),
        latencyMs: latency(m.latencyMs),
        waitMs: latency(m.waitMs),
      };
      if (m.rebalances !== undefined) Object.assign(service, rebalanceJson(m));
      if (m.kind === 'orchestrator') {
        service.started = m.started;
        service.completed = m.completed;
        service.compensated = m.compensated;
        service.workflowsFailed = m.workflowsFailed;
      }
      return { ...service, ...serviceExtrasJson(m) };
    }
    case 'processor':
      return processorJson(m);
  }
}

/** The whole result as one JSON object (DESIGN §3), as text. */
export function resultJson(info: RunInfo, snapshot: MetricsSnapshot): string {
  const nodes: { [id: string]: Json } = {};
  for (const [id, m] of Object.entries(snapshot.nodes)) nodes[id] = nodeJson(m);
  return JSON.stringify({ seconds: info.seconds, seed: info.seed, wallMs: Math.round(info.wallMs), engineEvents: snapshot.engineEvents, nodes });
}

const group = (n: number) => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 1) => n.toFixed(digits);

/** Lays out rows as columns: names (the first column, and `textColumn`) left-aligned, numbers right-aligned. */
function table(header: string[], rows: string[][], textColumn = 0): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const left = (c: number) => c === 0 || c === textColumn;
  const line = (cells: string[]) => cells.map((cell, c) => (left(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

/** One table with a blank line before it, or nothing when there are no rows. */
function section(header: string[], rows: string[][], textColumn = 0): string[] {
  return rows.length === 0 ? [] : ['', ...table(header, rows, textColumn)];
}

// Mean, p50, p95, p99 and max: the columns every latency shows in the tables.
const latencyCells = (l: LatencySummary) => [fixed(l.mean), fixed(l.p50), fixed(l.p95), fixed(l.p99), fixed(l.max)];

/** The result as a readable summary, one table per kind of node. */
export function resultTable(info: RunInfo, snapshot: MetricsSnapshot): string {
  const entries = Object.entries(snapshot.nodes);
  const of = <K extends NodeMetrics['kind']>(kind: K) => entries.filter(([, m]) => m.kind === kind) as [string, Extract<NodeMetrics, { kind: K }>][];
  const window = info.warmup > 0 ? `${info.seconds - info.warmup} s measured after a ${info.warmup} s warm-up` : `${info.seconds} s`;
  const lag = (m: Extract<NodeMetrics, { kind: 'topic' }>) => Object.entries(m.lag).map(([g, n]) => `${g} ${group(n)}`).join(', ') || '-';
  return [
    `${info.file}: ${window} of simulated time, seed ${info.seed}, ${group(snapshot.engineEvents)} engine events in ${group(info.wallMs)} ms`,
    ...section(['producer', 'produced', 'dropped', 'blocked'], of('producer').map(([id, m]) => [id, group(m.produced), group(m.dropped), group(m.blocked)])),
    ...section(['topic', 'appended', 'lag (unconsumed) per group'], of('topic').map(([id, m]) => [id, group(m.appended), lag(m)]), 2),
    ...section(['broker', 'state', 'leads', 'follows', 'under-replicated', 'appended'], brokerRows(of('broker')), 1),
    ...section(['replicated topic', 'RF', 'leaders', 'in sync', 'elections', 'paused ms', 'lost', 'acked (all producers)', 'produce p50', 'p99 ms'], replicationRows(of('topic'), of('producer')), 3),
    ...section(
      ['service', 'processed', 'requests', 'attempts', 'failed', 'retried', 'dead-lettered', 'dropped', 'rejected', 'timed out', 'wasted', 'duplicates', 'out of order', 'stale keys', 'busy', 'latency mean', 'p50', 'p95', 'p99', 'max ms', 'wait mean', 'p99 ms'],
      [...of('service'), ...of('orchestrator')].map(([id, m]) => [
        m.kind === 'orchestrator' ? `${id} (orchestrator)` : id,
        ...[m.processed, m.requests, m.attempts, m.failed, m.retried, m.deadLettered, m.dropped, m.rejected, m.timedOut, m.wasted, m.duplicates, m.orderViolations, m.staleKeys].map(group),
        `${fixed(m.utilization * 100)}%`,
        ...latencyCells(m.latencyMs),
        fixed(m.waitMs.mean),
        fixed(m.waitMs.p99),
      ]),
    ),
    ...section(['group', 'rebalances', 'paused ms', 'partition-paused ms'], rebalanceRows(of('service'))),
    ...section(
      ['orchestrator', 'workflows started', 'completed', 'compensated', 'failed', 'workflow mean', 'p50', 'p99', 'max ms'],
      of('orchestrator').map(([id, m]) => [
        id,
        ...[m.started, m.completed, m.compensated, m.workflowsFailed].map(group),
        ...[m.workflowMs.mean, m.workflowMs.p50, m.workflowMs.p99, m.workflowMs.max].map((n) => fixed(n)),
      ]),
    ),
    ...section(
      ['client', 'requests', 'succeeded', 'failed', 'open', 'attempts', 'timed out', 'latency mean', 'p50', 'p95', 'p99', 'max ms'],
      of('client').map(([id, m]) => [id, ...[m.requests, m.succeeded, m.failed, m.open, m.attempts, m.timedOut].map(group), ...latencyCells(m.latencyMs)]),
    ),
    ...section(DATABASE_HEADER, databaseRows(snapshot), 1),
    ...section(SCHEMA_HEADER, schemaRows(snapshot), 3),
    ...section(PROCESSOR_HEADER, of('processor').map(([id, m]) => processorRow(id, m))),
  ].join('\n');
}
