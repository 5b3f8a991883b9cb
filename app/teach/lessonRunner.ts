// Running a lesson in the app, as `runLesson` runs it headless: opening it loads its document (one
// undo step) and resets the simulation to its seed; a step applies its action at the engine's
// current time, plays `runFor` of simulated time and pauses exactly there (the worker stops by
// itself); then its checks are judged from the metrics before the action and at the end, and the
// panel shows the figures and verdicts.
import type { MetricsSnapshot } from '../../src/engine/api';
import { LESSONS, type Lesson } from '../../src/lessons';
import { applyLessonEdit, faultProblems } from '../../src/lessons/lessonEdit';
import { lessonDocument } from '../../src/lessons/runLesson';
import type { EditorStore } from '../store/store';
import { editorStore } from '../store/useEditor';
import { provideLessons } from './openLessons';
import { judgeStep, NO_METRICS } from './stepFigures';

/** The lesson with this id, if there is one. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

export interface LessonRunner {
  /** Open a lesson: its document (one undo step), the simulation reset to its seed, step 1. */
  openLesson(id: string): void;
  /** Close the lesson panel; the document and the run stay as they are. */
  closeLesson(): void;
  /** Show step `index` (0-based) without running it. */
  goToStep(index: number): void;
  /** Run the open step: its action, then `runFor` ms of simulated time; the verdicts come at the end. */
  runStep(): void;
  /** Go on: run the open step when it has not run yet, else show the next one. */
  advance(): void;
  /** The metrics right before the open step's action (for its rates while it runs). */
  stepStartMetrics(): MetricsSnapshot;
}

/** A runner for the lessons of `store`; the app has one, tests make their own. */
export function createLessonRunner(store: EditorStore): LessonRunner {
  const state = () => store.getState();
  // The metrics right before the action of the step that runs or ran last, and of the one before.
  // Plain variables, not store state: only the verdicts, computed from them, are shown.
  let start: MetricsSnapshot = NO_METRICS;
  let previousStart: MetricsSnapshot = NO_METRICS;
  let stopWatching: (() => void) | null = null;
  let stopFollowing: (() => void) | null = null;

  const openLesson = () => {
    const progress = state().lesson;
    return progress ? lessonById(progress.id) : undefined;
  };

  // Another document opened (a file, an example, New, undo past the lesson) ends the lesson: its
  // steps would talk about nodes that are not there. The lesson's document keeps its name.
  const followDocument = (name: string) => {
    stopFollowing?.();
    stopFollowing = store.subscribe((s, previous) => {
      if (s.document === previous.document || s.document.name === name) return;
      stopFollowing?.();
      stopFollowing = null;
      unwatch();
      if (s.lesson) s.setLesson(null);
    });
  };

  const unwatch = () => {
    stopWatching?.();
    stopWatching = null;
  };

  /** Apply the step's action; returns the problems that kept it from applying. */
  const applyAction = (lesson: Lesson, index: number): string[] => {
    const action = lesson.steps[index].action;
    const s = state();
    if (!action || action.type === 'play') return [];
    if (action.type === 'fault') {
      const problems = faultProblems(s.document, action.node, action.action, action.duration);
      if (problems.length === 0) s.applyFault(action.node, action.action, action.duration);
      return problems;
    }
    const edited = applyLessonEdit(s.document, action);
    if (!edited.ok) return edited.errors;
    // The engine client sends the changed topology to a running engine as a live edit.
    s.commit(edited.document);
    return [];
  };

  const finish = () => {
    unwatch();
    const progress = state().lesson;
    const lesson = openLesson();
    if (!progress || !lesson || progress.phase !== 'running') return;
    const checks = judgeStep(lesson.steps[progress.step], previousStart, start, state().metrics ?? NO_METRICS);
    state().setLesson({ ...progress, phase: 'done', until: null, checks });
  };

  // The step ends when the engine pauses: by itself at `until`, or because the user paused it
  // (then it is judged where it stopped). A reset under it makes it ready to run again.
  const watchRun = (until: number) => {
    unwatch();
    stopWatching = store.subscribe((s) => {
      const progress = s.lesson;
      if (!progress || progress.phase !== 'running' || progress.until !== until) {
        unwatch();
        return;
      }
      if (s.status === 'playing') return;
      if (s.status === 'idle') {
        unwatch();
        s.setLesson({ ...progress, phase: 'ready', until: null, checks: [] });
        return;
      }
      finish();
    });
  };

  const runner: LessonRunner = {
    openLesson(id) {
      const lesson = lessonById(id);
      const { notify, reset, loadDocument, setLesson, openTeachDialog, setWelcome } = state();
      if (!lesson) {
        notify('error', `There is no lesson “${id}”`);
        return;
      }
      const loaded = lessonDocument(lesson);
      if (!loaded.ok) {
        notify('error', `The lesson “${lesson.title}” could not be opened`, loaded.errors);
        return;
      }
      unwatch();
      // Reset first, so the old run is not sent the lesson's topology as a live edit; then again,
      // so the run takes the lesson's seed.
      reset();
      loadDocument(loaded.document);
      reset();
      start = NO_METRICS;
      previousStart = NO_METRICS;
      setLesson({ id, step: 0, phase: 'ready', until: null, checks: [] });
      openTeachDialog(null);
      setWelcome(false);
      followDocument(loaded.document.name);
    },
    closeLesson() {
      unwatch();
      stopFollowing?.();
      stopFollowing = null;
      state().setLesson(null);
    },
    goToStep(index) {
      const progress = state().lesson;
      const lesson = openLesson();
      if (!progress || !lesson || progress.phase === 'running') return;
      const step = Math.max(0, Math.min(lesson.steps.length - 1, index));
      if (step !== progress.step) state().setLesson({ ...progress, step, phase: 'ready', until: null, checks: [] });
    },
    runStep() {
      const progress = state().lesson;
      const lesson = openLesson();
      if (!progress || !lesson || progress.phase === 'running') return;
      const step = lesson.steps[progress.step];
      const before = state().metrics ?? NO_METRICS;
      const problems = applyAction(lesson, progress.step);
      if (problems.length > 0) {
        state().notify('error', `The step “${step.title}” could not be applied`, problems);
        return;
      }
      previousStart = start;
      start = before;
      const until = before.now + step.runFor;
      state().setLesson({ ...progress, phase: 'running', until, checks: [] });
      // The engine client sends an edited topology at the end of the task; playing from a microtask
      // queued after it makes the engine take the edit first, at the step's start time.
      queueMicrotask(() => {
        if (state().lesson?.until !== until) return;
        state().play(until);
        watchRun(until);
      });
    },
    advance() {
      const progress = state().lesson;
      if (!progress) return;
      if (progress.phase === 'ready') runner.runStep();
      else if (progress.phase === 'done') runner.goToStep(progress.step + 1);
    },
    stepStartMetrics: () => start,
  };
  return runner;
}

/** The app's lesson runner. */
provideLessons(lessonById);
export const lessonRunner = createLessonRunner(editorStore);
export const { openLesson, closeLesson, goToStep, runStep, advance, stepStartMetrics } = lessonRunner;
