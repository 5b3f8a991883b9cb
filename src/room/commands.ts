// What a workshop room carries: the teacher's commands, in order, each with the simulated time it
// took effect. Students derive everything they show by replaying them through the deterministic
// engine (commands, never frames). The shapes here are what survives `readCommand`.
import type { FaultAction, TopologyDocument } from '../model/types';

export const ROOM_COMMAND_KINDS = ['load', 'seed', 'play', 'pause', 'step', 'speed', 'fault', 'edit', 'lesson', 'question'] as const;
export type RoomCommandKind = (typeof ROOM_COMMAND_KINDS)[number];

export const LESSON_PHASES = ['ready', 'running', 'done'] as const;

/** One check of a lesson step as the teacher's panel shows it. */
export interface RoomCheck {
  before: number | null;
  after: number | null;
  ok: boolean;
  reason: string;
}

/** The lesson the teacher has open and where it stands (the panel every student sees). */
export interface RoomLesson {
  id: string;
  step: number;
  phase: (typeof LESSON_PHASES)[number];
  until: number | null;
  checks: RoomCheck[];
}

/** A question the teacher asks the room, with 2 to 4 answers; students answer through awareness. */
export interface RoomQuestion {
  id: string;
  text: string;
  answers: string[];
}

export type RoomCommand =
  /** A new run of `document` with `seed`, paused at time 0; the document every student sees. */
  | { kind: 'load'; document: TopologyDocument; seed: number }
  /** A new run of the current document with another seed, paused at time 0. */
  | { kind: 'seed'; seed: number }
  /** Playing from `at` at `speed`; with `until`, it pauses by itself exactly then. */
  | { kind: 'play'; at: number; speed: number; until: number | null }
  /**
   * Paused exactly at `at`. `rateFrom` is the simulated time of the figures the teacher's rates
   * (events per second) are taken from, so that every screen shows the same rates too.
   */
  | { kind: 'pause'; at: number; rateFrom: number | null }
  /** The teacher stepped; the run stands paused at `at`. */
  | { kind: 'step'; at: number; rateFrom: number | null }
  | { kind: 'speed'; at: number; speed: number }
  | { kind: 'fault'; at: number; node: string; action: FaultAction; duration: number | null }
  /** The document changed at `at` (a live edit when its topology differs). */
  | { kind: 'edit'; at: number; document: TopologyDocument }
  | { kind: 'lesson'; lesson: RoomLesson | null }
  | { kind: 'question'; question: RoomQuestion | null };

/** Kinds whose command carries a simulated time, which never goes back within a run. */
export const TIMED_KINDS: readonly RoomCommandKind[] = ['play', 'pause', 'step', 'speed', 'fault', 'edit'];
