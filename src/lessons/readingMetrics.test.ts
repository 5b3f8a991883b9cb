// Reading a run must not change it. The app's worker reads the metrics, the recent latencies, the
// messages in flight, the ordering violations, projections and tables at every frame, at moments
// that depend on the machine's speed; the lesson steps must still come out as the headless run says.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine/simulation';
import type { MetricsSnapshot, Simulation } from '../engine/api';
import type { TopologyDocument } from '../model/types';
import { LESSONS } from './index';
import { applyLessonAction, lessonDocument, runLesson } from './runLesson';

/** Everything the worker reads at a frame. */
function readAll(sim: Simulation, doc: TopologyDocument): void {
  sim.snapshot();
  sim.recent();
  sim.inFlightCount();
  sim.forEachInFlight(() => {});
  sim.takeOrderViolations();
  for (const node of doc.nodes) {
    if (node.kind === 'service') sim.projection(node.id, [0, 1, 2, 3]);
    if (node.kind === 'processor') sim.processorTable(node.id);
  }
}

/**
 * The metrics at the end of each step of a lesson, run step by step; with `every`, reading
 * everything every `every` ms of simulated time on the way (as the app does, recent latencies on).
 */
function stepEnds(lessonIndex: number, every: number | null): MetricsSnapshot[] {
  const lesson = LESSONS[lessonIndex];
  const loaded = lessonDocument(lesson);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  let doc = loaded.document;
  const sim = createSimulation(doc, { seed: doc.seed });
  if (every !== null) sim.trackRecent();
  const ends: MetricsSnapshot[] = [];
  for (const step of lesson.steps) {
    if (step.action) doc = applyLessonAction(sim, doc, step.action).document;
    const until = sim.now + step.runFor;
    if (every === null) sim.runUntil(until);
    while (sim.now < until) {
      sim.runUntil(Math.min(until, sim.now + (every ?? Infinity)));
      readAll(sim, doc);
    }
    ends.push(sim.snapshot());
  }
  return ends;
}

describe('reading the metrics', () => {
  LESSONS.forEach((lesson, index) => {
    it(`changes nothing in lesson ${lesson.number} (${lesson.title})`, () => {
      const plain = stepEnds(index, null);
      for (const every of [17, 250, 1333]) expect(stepEnds(index, every), `read every ${every} ms`).toEqual(plain);
      expect(runLesson(lesson).errors).toEqual([]);
    });
  });
});
