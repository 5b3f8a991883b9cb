// Running a lesson in the app, as `runLesson` runs it headless: opening it loads its document (one
// undo step) and resets the simulation to its seed; a step applies its action at the engine's
// current time, plays `runFor` of simulated time and pauses; then its checks are judged from the
// metrics before the action and at the end, and the panel shows the figures and verdicts.
import type { MetricsSnapshot } from '../../src/engine/api';
import { LESSONS, type Lesson } from '../../src/lessons';
import { applyLessonEdit, faultProblems } from '../../src/lessons/lessonEdit';
import { lessonDocument } from '../../src/lessons/runLesson';
import { editorStore } from '../store/useEditor';
import { judgeStep, NO_METRICS } from './stepFigures';

const state = () => editorStore.getState();

// The metrics right before the action of the step that runs or ran last, and of the one before.
// Plain variables, not store state: only the verdicts, computed from them, are shown.
let start: MetricsSnapshot = NO_METRICS;
let previousStart: MetricsSnapshot = NO_METRICS;

/** The lesson with this id, if there is one. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

/** The lesson that is open, if any. */
export function openLessonOf(): Lesson | undefined {
  const progress = state().lesson;
  return progress ? lessonById(progress.id) : undefined;
}

/** Open a lesson: its document (one undo step), the simulation reset to its seed, step 1. */
export function openLesson(id: string): void {
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
  // Reset first, so the old run is not sent the lesson's topology as a live edit; then again, so
  // the run takes the lesson's seed.
  reset();
  loadDocument(loaded.document);
  reset();
  start = NO_METRICS;
  previousStart = NO_METRICS;
  setLesson({ id, step: 0, phase: 'ready', until: null, checks: [] });
  openTeachDialog(null);
  setWelcome(false);
}

/** Close the lesson panel; the document and the run stay as they are. */
export function closeLesson(): void {
  state().setLesson(null);
}

/** Show step `index` (0-based) without running it. */
export function goToStep(index: number): void {
  const progress = state().lesson;
  const lesson = openLessonOf();
  if (!progress || !lesson || progress.phase === 'running') return;
  const step = Math.max(0, Math.min(lesson.steps.length - 1, index));
  if (step !== progress.step) state().setLesson({ ...progress, step, phase: 'ready', until: null, checks: [] });
}

/** Apply the step's action; returns the problems that kept it from applying. */
function applyAction(lesson: Lesson, index: number): string[] {
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
}

/** Run the open step: its action, then `runFor` ms of simulated time; the verdicts come at the end. */
export function runStep(): void {
  const progress = state().lesson;
  const lesson = openLessonOf();
  if (!progress || !lesson || progress.phase === 'running') return;
  const step = lesson.steps[progress.step];
  previousStart = start;
  start = state().metrics ?? NO_METRICS;
  const problems = applyAction(lesson, progress.step);
  if (problems.length > 0) {
    state().notify('error', `The step “${step.title}” could not be applied`, problems);
    return;
  }
  const until = start.now + step.runFor;
  state().setLesson({ ...progress, phase: 'running', until, checks: [] });
  playUntil(until);
}

/** Go on: run the open step when it has not run yet, else show the next one. */
export function advance(): void {
  const progress = state().lesson;
  if (!progress) return;
  if (progress.phase === 'ready') runStep();
  else if (progress.phase === 'done') goToStep(progress.step + 1);
}

function playUntil(until: number): void {
  state().play();
  watchRun(until);
}

let stopWatching: (() => void) | null = null;

// The step ends when the engine's clock reaches `until`; a pause by the user before that ends it
// early, and it is judged where it stopped.
function watchRun(until: number): void {
  stopWatching?.();
  stopWatching = editorStore.subscribe((s, previous) => {
    const progress = s.lesson;
    if (!progress || progress.phase !== 'running' || progress.until !== until) {
      stopWatching?.();
      stopWatching = null;
      return;
    }
    if (s.metrics === previous.metrics && s.status === previous.status) return;
    const reached = (s.metrics?.now ?? 0) >= until;
    if (reached && s.status === 'playing') s.pause();
    if (!reached && s.status === 'playing') return;
    if (s.status === 'idle') {
      // The run was reset under the step: it can be run again.
      stopWatching?.();
      stopWatching = null;
      s.setLesson({ ...progress, phase: 'ready', until: null, checks: [] });
      return;
    }
    finish();
  });
}

function finish(): void {
  stopWatching?.();
  stopWatching = null;
  const progress = state().lesson;
  const lesson = openLessonOf();
  if (!progress || !lesson || progress.phase !== 'running') return;
  const checks = judgeStep(lesson.steps[progress.step], previousStart, start, state().metrics ?? NO_METRICS);
  state().setLesson({ ...progress, phase: 'done', until: null, checks });
}

/** The metrics right before the open step's action (for its rates while it runs). */
export function stepStartMetrics(): MetricsSnapshot {
  return start;
}
