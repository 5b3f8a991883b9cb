// A lesson step's figures as the panel shows them: the words for each check's figure, its value
// with a unit, and the verdict once the step has run — judged exactly as the headless lesson tests
// judge it (src/lessons/runLesson.ts), from the metrics before the step's action and at its end.
import type { MetricsSnapshot } from '../../src/engine/api';
import { judge } from '../../src/lessons/compare';
import { readMetric } from '../../src/lessons/metric';
import type { LessonCheck, LessonStep } from '../../src/lessons/types';
import { formatMs } from '../canvas/summaries';
import type { CheckView } from './teachSlice';

/** A snapshot at time zero, before the engine has run: every figure reads as 0. */
export const NO_METRICS: MetricsSnapshot = { now: 0, engineEvents: 0, nodes: {}, calls: {} };

/** The check's figure at `to`; for `perSecond`, the counter's rate between `from` and `to`. */
export function checkFigure(check: LessonCheck, from: MetricsSnapshot, to: MetricsSnapshot): number | null {
  const end = readMetric(to, check.node, check.metric);
  if (check.measure !== 'perSecond') return end;
  const ms = to.now - from.now;
  if (ms <= 0) return 0;
  const start = readMetric(from, check.node, check.metric) ?? 0;
  return end === null ? null : ((end - start) * 1000) / ms;
}

/**
 * Verdicts of a step's checks: `start` is the metrics right before its action, `end` at its end,
 * `previousStart` right before the previous step's action (for the rate before).
 */
export function judgeStep(step: LessonStep, previousStart: MetricsSnapshot, start: MetricsSnapshot, end: MetricsSnapshot): CheckView[] {
  return step.checks.map((check) => {
    // A node the step's edit adds has no figure before it: it counts as 0.
    const before = (check.measure === 'perSecond' ? checkFigure(check, previousStart, start) : readMetric(start, check.node, check.metric)) ?? 0;
    const after = checkFigure(check, start, end);
    if (after === null) return { before, after, ok: false, reason: `no figure ${check.metric} on node "${check.node}"` };
    return { before, after, ...judge(check, before, after) };
  });
}

const WORDS: Record<string, string> = {
  latencyMs: 'latency',
  waitMs: 'wait',
  consistencyMs: 'consistency window',
  workflowMs: 'workflow time',
  staleKeys: 'stale keys',
  orderViolations: 'order violations',
  deadLettered: 'dead letters',
  timedOut: 'timed out',
  workflowsFailed: 'failed workflows',
  liveInstances: 'live instances',
  unreadable: 'unreadable attempts',
};

/** A service database's figures (`database.lost` …) in words. */
const DATABASE_WORDS: Record<string, string> = {
  committed: 'rows committed',
  published: 'rows published',
  lost: 'events lost',
  unpublished: 'rows not in the log',
  duplicates: 'published twice',
  waiting: 'rows waiting',
};

/** "latencyMs.p99" → "p99 latency"; "lag.email" → "lag of Email"; "staleKeys" → "stale keys". */
export function figureName(check: LessonCheck, labelOf: (id: string) => string): string {
  const [head, tail] = check.metric.split('.', 2);
  const word = WORDS[head] ?? head.replace(/([A-Z])/g, ' $1').toLowerCase();
  let name = word;
  if (tail !== undefined) name = head.endsWith('Ms') ? `${tail} ${word}` : `${word} of ${labelOf(tail)}`;
  if (head === 'database' && tail !== undefined) name = DATABASE_WORDS[tail] ?? tail;
  return check.measure === 'perSecond' ? `${name} per second` : name;
}

/** A figure with its unit: "1.2 s" for latencies, "23.5/s" for rates, "412" for counts. */
export function formatCheckValue(check: LessonCheck, value: number | null): string {
  if (value === null) return '–';
  if (check.measure === 'perSecond') return `${Number(value.toFixed(value < 10 ? 1 : 0)).toLocaleString('en-US')}/s`;
  if (/Ms(\.|$)/.test(check.metric)) return formatMs(value);
  if (check.metric === 'utilization') return `${Math.round(value * 100)}%`;
  return Number(value.toFixed(value < 10 && !Number.isInteger(value) ? 2 : 0)).toLocaleString('en-US');
}
