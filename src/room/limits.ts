// The limits of a workshop room, checked by every client on every command it receives.
import { LIMITS } from '../model/limits';

export const ROOM_LIMITS = {
  /** Bytes of one command's JSON text: a document at its own limit fits, nothing larger. */
  commandBytes: LIMITS.documentBytes,
  /** Commands one room holds; beyond, the teacher starts a new room. */
  commands: 20_000,
  minSpeed: 0.1,
  maxSpeed: 100,
  /** Characters of a question and of one of its answers. */
  questionLength: 200,
  answerLength: 80,
  minAnswers: 2,
  maxAnswers: 4,
  /** Checks of a lesson step (the built-in lessons have a few). */
  checks: 20,
  reasonLength: 300,
  idLength: 64,
} as const;

/** Characters of a room code: short enough to read off a projector. */
export const ROOM_CODE_LENGTH = 6;
