// Runs a lesson headless, step by step, exactly as the lesson panel does: apply the step's action
// at the current time, run the step's `runFor`, judge its checks. Tests use it to show that every
// step's figures move the way its narration says, for the lesson's seed and for others.
import type { MetricsSnapshot } from '../engine/api';
import { createSimulation } from '../engine/simulation';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import { judge } from './compare';
import { applyLessonEdit, faultProblems } from './lessonEdit';
import { readMetric } from './metric';
import type { Lesson, LessonAction, LessonCheck } from './types';
import type { Simulation } from '../engine/api';

/** One check of one step, judged. */
export interface CheckOutcome {
  /** 0-based step index. */
  step: number;
  check: LessonCheck;
  before: number;
  after: number | null;
  ok: boolean;
  reason: string;
}

/** Everything a headless run of a lesson found. */
export interface LessonRun {
  seed: number;
  outcomes: CheckOutcome[];
  /** Problems that stopped a part of the lesson from running: a bad document, action or metric. */
  errors: string[];
  /** The document as it stands after the last step's edits. */
  document: TopologyDocument | null;
}

/** The lesson's document after `restore`, or the errors that refuse it. */
export function lessonDocument(lesson: Lesson): { ok: true; document: TopologyDocument } | { ok: false; errors: string[] } {
  const result = restore(lesson.document);
  return result.ok ? { ok: true, document: result.document } : { ok: false, errors: result.errors };
}

/** Applies a step's action to a running simulation; returns the document after it, or errors. */
export function applyLessonAction(sim: Simulation, doc: TopologyDocument, action: LessonAction): { document: TopologyDocument; errors: string[] } {
  switch (action.type) {
    case 'play':
      return { document: doc, errors: [] };
    case 'fault': {
      const errors = faultProblems(doc, action.node, action.action, action.duration);
      if (errors.length === 0) sim.applyFault(action.node, action.action, action.duration);
      return { document: doc, errors };
    }
    case 'edit': {
      const result = applyLessonEdit(doc, action);
      if (!result.ok) return { document: doc, errors: result.errors };
      sim.edit(result.document);
      return { document: result.document, errors: [] };
    }
  }
}

function figure(check: LessonCheck, from: MetricsSnapshot, to: MetricsSnapshot): number | null {
  const end = readMetric(to, check.node, check.metric);
  if (check.measure !== 'perSecond') return end;
  const ms = to.now - from.now;
  if (ms <= 0) return 0;
  const start = readMetric(from, check.node, check.metric) ?? 0;
  return end === null ? null : ((end - start) * 1000) / ms;
}

export interface RunOptions {
  /** Seed of the run; the document's by default. */
  seed?: number;
  /**
   * Simulated ms that pass between the end of one step and the next step's action, as when a
   * presenter talks before pressing the button (0 by default). Checks compare with the figure
   * right before the action.
   */
  pause?: number;
}

/** Runs every step of a lesson and judges every check. */
export function runLesson(lesson: Lesson, options: RunOptions = {}): LessonRun {
  const loaded = lessonDocument(lesson);
  if (!loaded.ok) return { seed: options.seed ?? 0, outcomes: [], errors: loaded.errors, document: null };
  let doc = loaded.document;
  const seed = options.seed ?? doc.seed;
  const sim = createSimulation(doc, { seed });
  const outcomes: CheckOutcome[] = [];
  const errors: string[] = [];
  let previousStart = sim.snapshot();
  lesson.steps.forEach((step, index) => {
    if (index > 0 && options.pause) sim.runUntil(sim.now + options.pause);
    const start = sim.snapshot();
    if (step.action) {
      const applied = applyLessonAction(sim, doc, step.action);
      doc = applied.document;
      errors.push(...applied.errors.map((error) => `step ${index + 1} (${step.title}): ${error}`));
    }
    sim.runUntil(sim.now + step.runFor);
    const end = sim.snapshot();
    for (const check of step.checks) {
      // A node the step's edit adds has no figure before it: it counts as 0.
      const before = (check.measure === 'perSecond' ? figure(check, previousStart, start) : readMetric(start, check.node, check.metric)) ?? 0;
      const after = figure(check, start, end);
      if (after === null) {
        const reason = `no figure ${check.metric} on node "${check.node}"`;
        outcomes.push({ step: index, check, before, after, ok: false, reason });
        continue;
      }
      outcomes.push({ step: index, check, before, after, ...judge(check, before, after) });
    }
    previousStart = start;
  });
  return { seed, outcomes, errors, document: doc };
}
