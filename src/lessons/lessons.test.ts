// Every lesson loads, every step is well formed, and running each lesson headless step by step
// makes every figure move the way its narration says: for the lesson's seed and for other seeds,
// so the effect is the lesson's, not a lucky draw.
import { describe, expect, it } from 'vitest';
import { LESSONS } from './index';
import { lessonDocument, runLesson } from './runLesson';

const OTHER_SEEDS = [1, 2, 3];

function describeFailures(run: ReturnType<typeof runLesson>): string[] {
  const failed = run.outcomes.filter((o) => !o.ok).map((o) => `step ${o.step + 1}: ${o.check.node} ${o.reason}`);
  return [...run.errors, ...failed];
}

describe('the lesson list', () => {
  it('numbers the lessons in increasing order with unique ids', () => {
    const numbers = LESSONS.map((l) => l.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(LESSONS.length);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });
});

describe.each(LESSONS.map((lesson) => [`${lesson.number} ${lesson.title}`, lesson] as const))('lesson %s', (_, lesson) => {
  it('has a document that restores without errors or warnings', () => {
    const loaded = lessonDocument(lesson);
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it('has 3 to 6 well-formed steps', () => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(lesson.steps.length).toBeLessThanOrEqual(6);
    const run = runLesson(lesson);
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
  });

  it.each([undefined, ...OTHER_SEEDS])('makes every check hold, seed %s', (seed) => {
    const run = runLesson(lesson, { seed });
    expect(describeFailures(run)).toEqual([]);
    expect(run.outcomes.length).toBe(lesson.steps.reduce((n, step) => n + step.checks.length, 0));
  });
});
