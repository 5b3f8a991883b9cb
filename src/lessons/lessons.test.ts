// Every lesson loads, every step is well formed and its action applies, and running each lesson
// headless step by step makes every figure move the way its narration says: for the lesson's seed
// and for other seeds, so the effect is the lesson's, not a lucky draw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import { LESSONS } from './index';
import { lessonDocument, runLesson, type LessonRun } from './runLesson';

const OTHER_SEEDS = [1, 2, 3];

function failures(run: LessonRun): string[] {
  const failed = run.outcomes.filter((o) => !o.ok).map((o) => `step ${o.step + 1}: ${o.check.node} ${o.reason}`);
  return [...run.errors, ...failed];
}

describe('the lesson list', () => {
  it('has the lessons numbered from 1 in order, with unique ids', () => {
    expect(LESSONS.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });
});

describe.each(LESSONS.map((lesson) => [`${lesson.number} ${lesson.title}`, lesson] as const))('lesson %s', (_, lesson) => {
  it('has a document that restores without errors or warnings', () => {
    const result = restore(lesson.document);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    expect(lessonDocument(lesson).ok).toBe(true);
  });

  it('has 3 to 6 well-formed steps whose actions all apply', () => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(lesson.steps.length).toBeLessThanOrEqual(6);
    const run = runLesson(lesson);
    expect(run.errors).toEqual([]);
    const ids = new Set(run.document?.nodes.map((n) => n.id));
    for (const step of lesson.steps) {
      expect(step.narration.length, step.title).toBeGreaterThan(40);
      expect(step.expect.length, step.title).toBeGreaterThan(20);
      expect(step.runFor, step.title).toBeGreaterThan(0);
      expect(step.label !== undefined, `${step.title}: a label exactly when there is an action`).toBe(step.action !== undefined);
      for (const id of step.highlight) expect(ids.has(id), `${step.title}: highlight ${id}`).toBe(true);
      for (const check of step.checks) expect(ids.has(check.node), `${step.title}: check on ${check.node}`).toBe(true);
    }
    expect(lesson.steps.some((step) => step.checks.length > 0)).toBe(true);
    expect(run.outcomes.length).toBe(lesson.steps.reduce((n, step) => n + step.checks.length, 0));
  });

  it.each([undefined, ...OTHER_SEEDS])('makes every check hold in every step, seed %s', (seed) => {
    expect(failures(runLesson(lesson, { seed }))).toEqual([]);
  });

  it.each([450, 1337])('makes every check hold in every step when each button is pressed %s ms late', (pause) => {
    expect(failures(runLesson(lesson, { pause }))).toEqual([]);
  });
});

describe("the teacher's guide", () => {
  it('has a section for every lesson', () => {
    const guide = readFileSync(new URL('../../docs/lessons.md', import.meta.url), 'utf8');
    for (const lesson of LESSONS) expect(guide, lesson.title).toContain(`## ${lesson.number}. ${lesson.title}\n`);
  });
});
