// The lesson panel's runner against the real engine client and worker host, on a manual clock:
// each step applies its action, plays to exactly `runFor` later and pauses by itself, and its
// verdicts are the ones the headless lesson run gives, for every lesson.
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { LESSONS } from '../../src/lessons';
import { runLesson } from '../../src/lessons/runLesson';
import { harness as inProcessEngine } from '../engine/testing/harness';
import { createLessonRunner } from './lessonRunner';

function harness() {
  const engine = inProcessEngine(emptyDocument());
  return { store: engine.store, runner: createLessonRunner(engine.store), advance: engine.advance, s: engine.s };
}

describe('the lesson runner', () => {
  for (const id of LESSONS.map((lesson) => lesson.id)) {
    it(`runs every step of ${id} to its exact end with the headless verdicts`, async () => {
      const { runner, advance, s } = harness();
      const lesson = LESSONS.find((candidate) => candidate.id === id)!;
      runner.openLesson(id);
      expect(s().document.name).toBe((lesson.document as { name: string }).name);
      expect(s().history.past).toHaveLength(1);
      s().setSpeed(100);
      const verdicts: boolean[] = [];
      let elapsed = 0;
      for (const [index, step] of lesson.steps.entries()) {
        expect(s().lesson?.step).toBe(index);
        runner.runStep();
        expect(s().lesson?.phase).toBe('running');
        // Let the queued work run: the engine client's edit, then the runner's play.
        await new Promise((resolve) => setTimeout(resolve, 0));
        while (s().lesson?.phase === 'running') advance(100);
        elapsed += step.runFor;
        expect(s().status).toBe('paused');
        expect(s().metrics?.now).toBe(elapsed);
        verdicts.push(...(s().lesson?.checks ?? []).map((check) => check.ok));
        runner.advance();
      }
      expect(verdicts).toEqual(runLesson(lesson).outcomes.map((outcome) => outcome.ok));
      expect(verdicts.every(Boolean)).toBe(true);
    });
  }

  it('makes a step ready again when the run is reset under it', async () => {
    const { runner, advance, s } = harness();
    runner.openLesson(LESSONS[2].id);
    runner.runStep();
    await new Promise((resolve) => setTimeout(resolve, 0));
    advance(50);
    s().reset();
    expect(s().lesson?.phase).toBe('ready');
  });
});

describe('a lesson and other documents', () => {
  it('ends when another document opens, and not for edits of its own', () => {
    const { runner, s } = harness();
    runner.openLesson(LESSONS[2].id);
    const doc = s().document;
    s().commit({ ...doc, nodes: doc.nodes.map((node, i) => (i === 0 ? { ...node, position: { x: 5, y: 5 } } : node)) });
    expect(s().lesson?.id).toBe(LESSONS[2].id);
    s().loadDocument(emptyDocument());
    expect(s().lesson).toBeNull();
  });
});
