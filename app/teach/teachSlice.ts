// The teaching state: which lesson is open and where it stands, presenter mode, and the lesson
// picker or welcome screen. None of it enters undo history; the lesson runner writes it.
import type { StateCreator } from 'zustand';
import type { StoreState } from '../store/store';

/** Where a lesson step stands: waiting for its button, running its simulated time, or done. */
export type StepPhase = 'ready' | 'running' | 'done';

/** One check of the step, as the panel shows it once the step has run. */
export interface CheckView {
  before: number | null;
  after: number | null;
  ok: boolean;
  reason: string;
}

export interface LessonProgress {
  /** The lesson's id (see `LESSONS`). */
  id: string;
  /** 0-based step index. */
  step: number;
  phase: StepPhase;
  /** Simulated ms at which the running step ends. */
  until: number | null;
  /** Verdicts of the step's checks, once it is done (same order as the checks). */
  checks: readonly CheckView[];
}

export type TeachDialog = 'lessons';

export interface TeachSlice {
  lesson: LessonProgress | null;
  /** Large type, high contrast, little chrome: for projecting to a room. */
  presenter: boolean;
  teachDialog: TeachDialog | null;
  /** The welcome of a first visit, in the side panel until the user starts working. */
  welcome: boolean;
  setLesson(lesson: LessonProgress | null): void;
  setPresenter(presenter: boolean): void;
  openTeachDialog(dialog: TeachDialog | null): void;
  setWelcome(welcome: boolean): void;
}

export const createTeachSlice: StateCreator<StoreState, [], [], TeachSlice> = (set) => ({
  lesson: null,
  presenter: false,
  teachDialog: null,
  welcome: false,
  setLesson(lesson) {
    set({ lesson });
  },
  setPresenter(presenter) {
    set({ presenter });
  },
  openTeachDialog(teachDialog) {
    set({ teachDialog });
  },
  setWelcome(welcome) {
    set({ welcome });
  },
});
