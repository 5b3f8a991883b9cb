import { describe, expect, it } from 'vitest';
import type { MetricsSnapshot } from '../../src/engine/api';
import { LESSONS } from '../../src/lessons';
import { createSimulation } from '../../src/engine/simulation';
import { applyLessonAction, lessonDocument, runLesson } from '../../src/lessons/runLesson';
import type { LessonCheck } from '../../src/lessons/types';
import { figureName, formatCheckValue, judgeStep } from './stepFigures';

const label = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

describe('the figures of a lesson step', () => {
  it('judges the first lesson exactly as the headless run does', () => {
    const lesson = LESSONS[0];
    const loaded = lessonDocument(lesson);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    let doc = loaded.document;
    const sim = createSimulation(doc, { seed: doc.seed });
    let previousStart: MetricsSnapshot = sim.snapshot();
    const verdicts: boolean[] = [];
    for (const step of lesson.steps) {
      const start = sim.snapshot();
      if (step.action) doc = applyLessonAction(sim, doc, step.action).document;
      sim.runUntil(sim.now + step.runFor);
      verdicts.push(...judgeStep(step, previousStart, start, sim.snapshot()).map((check) => check.ok));
      previousStart = start;
    }
    expect(verdicts).toEqual(runLesson(lesson).outcomes.map((outcome) => outcome.ok));
    expect(verdicts.length).toBeGreaterThan(0);
  });

  it('names figures in words', () => {
    const check = (metric: string, measure?: 'perSecond'): LessonCheck => ({ node: 'x', metric, compare: 'rises', measure });
    expect(figureName(check('latencyMs.p99'), label)).toBe('p99 latency');
    expect(figureName(check('lag.email'), label)).toBe('lag of Email');
    expect(figureName(check('staleKeys'), label)).toBe('stale keys');
    expect(figureName(check('processed', 'perSecond'), label)).toBe('processed per second');
  });

  it('gives figures their units', () => {
    const check = (metric: string, measure?: 'perSecond'): LessonCheck => ({ node: 'x', metric, compare: 'rises', measure });
    expect(formatCheckValue(check('latencyMs.p99'), 1500)).toBe('1.5 s');
    expect(formatCheckValue(check('processed', 'perSecond'), 23.46)).toBe('23/s');
    expect(formatCheckValue(check('lag.email'), 412)).toBe('412');
    expect(formatCheckValue(check('lag.email'), null)).toBe('–');
  });
});
