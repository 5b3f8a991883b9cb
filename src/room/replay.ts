// A room's state is a fold over its commands: the document on screen, the run (its starting
// document, seed, and the faults and edits at their simulated times), the clock (where the run
// stands, whether it plays, how fast), the open lesson and the question. Every client computes
// the same state from the same commands; refused commands leave it exactly as it was.
import type { FaultAction, TopologyDocument } from '../model/types';
import type { RoomCommand, RoomLesson, RoomQuestion } from './commands';
import { ROOM_LIMITS } from './limits';
import { readCommand } from './readCommand';

/** Something that happened to a run at a simulated time. */
export type RunEffect =
  | { kind: 'fault'; at: number; node: string; action: FaultAction; duration: number | null }
  | { kind: 'edit'; at: number; document: TopologyDocument };

/** One run: what it started from, and what happened to it since. */
export interface RoomRun {
  /** Counts runs in this room: a new number means a new run from time 0. */
  number: number;
  document: TopologyDocument;
  seed: number;
  effects: readonly RunEffect[];
}

export interface RoomClock {
  /** Simulated ms of the latest command: exact when paused. */
  at: number;
  playing: boolean;
  speed: number;
  until: number | null;
  /** While paused: the time the teacher's rates are taken from (see the `pause` command). */
  rateFrom: number | null;
}

export interface RoomState {
  document: TopologyDocument | null;
  run: RoomRun | null;
  clock: RoomClock;
  lesson: RoomLesson | null;
  question: RoomQuestion | null;
  /** Commands read so far, accepted or refused. */
  read: number;
  /** The sequence number of the last signed command taken (0 before any; see signedLog). */
  seq: number;
}

/** A command the room refused: its place in the log and why. */
export interface RoomRefusal {
  index: number;
  error: string;
}

export const EMPTY_ROOM: RoomState = {
  document: null,
  run: null,
  clock: { at: 0, playing: false, speed: 1, until: null, rateFrom: null },
  lesson: null,
  question: null,
  read: 0,
  seq: 0,
};

function newRun(state: RoomState, document: TopologyDocument, seed: number): RoomState {
  const number = (state.run?.number ?? 0) + 1;
  return { ...state, document, run: { number, document, seed, effects: [] }, clock: { ...state.clock, at: 0, playing: false, until: null, rateFrom: null } };
}

function withEffect(state: RoomState, effect: RunEffect): RoomState {
  const run = state.run;
  // At the paused moment itself (a fault script updated after the pause) the rates' base stands.
  const still = !state.clock.playing && effect.at === state.clock.at;
  const clock = { ...state.clock, at: effect.at, rateFrom: still ? state.clock.rateFrom : null };
  if (!run) return { ...state, clock };
  return { ...state, run: { ...run, effects: [...run.effects, effect] }, clock };
}

/** The state after one accepted command. */
export function applyCommand(state: RoomState, command: RoomCommand): RoomState {
  switch (command.kind) {
    case 'load':
      return newRun(state, command.document, command.seed);
    case 'seed':
      return state.document ? newRun(state, state.document, command.seed) : state;
    case 'play':
      return { ...state, clock: { at: command.at, playing: true, speed: command.speed, until: command.until, rateFrom: null } };
    case 'pause':
    case 'step':
      return { ...state, clock: { ...state.clock, at: command.at, playing: false, until: null, rateFrom: command.rateFrom } };
    case 'speed':
      return { ...state, clock: { ...state.clock, at: command.at, speed: command.speed } };
    case 'fault':
      return withEffect(state, { kind: 'fault', at: command.at, node: command.node, action: command.action, duration: command.duration });
    case 'edit':
      return { ...withEffect(state, { kind: 'edit', at: command.at, document: command.document }), document: command.document };
    case 'lesson':
      return { ...state, lesson: command.lesson };
    case 'question':
      return { ...state, question: command.question };
  }
}

/** Read the command at `state.read` and apply it, or refuse it and leave the state as it was. */
export function receiveCommand(state: RoomState, text: unknown): { state: RoomState; refusal: RoomRefusal | null; command: RoomCommand | null } {
  const index = state.read;
  const skipped = { ...state, read: index + 1 };
  if (index >= ROOM_LIMITS.commands) return { state: skipped, command: null, refusal: { index, error: `the room holds at most ${ROOM_LIMITS.commands} commands; start a new room` } };
  const read = readCommand(text, { document: state.document, at: state.clock.at });
  if (!read.ok) return { state: skipped, command: null, refusal: { index, error: read.error } };
  return { state: { ...applyCommand(state, read.command), read: index + 1 }, command: read.command, refusal: null };
}

/** The state a room's commands lead to, from the start, with what it refused. */
export function replay(commands: readonly unknown[], from: RoomState = EMPTY_ROOM): { state: RoomState; refusals: RoomRefusal[] } {
  let state = from;
  const refusals: RoomRefusal[] = [];
  for (let i = state.read; i < commands.length; i++) {
    const received = receiveCommand(state, commands[i]);
    state = received.state;
    if (received.refusal) refusals.push(received.refusal);
  }
  return { state, refusals };
}
