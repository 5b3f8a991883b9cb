// The gate for everything a room receives. A command is JSON text written by whoever holds the
// room code, so it is read like a file: size first, then shape, then every document through
// `restore` and every fault against the document it would hit. A refusal names what is wrong.
// Nothing here evaluates anything: a room carries data, never code.
import { formatMegabytes, utf8Length } from '../model/documentText';
import { isRecord } from '../model/fields';
import { LIMITS } from '../model/limits';
import { restore } from '../model/restore';
import { serialize } from '../model/serialize';
import type { TopologyDocument } from '../model/types';
import { LESSONS } from '../lessons';
import { LESSON_PHASES, ROOM_COMMAND_KINDS, TIMED_KINDS, type RoomCheck, type RoomCommand, type RoomCommandKind, type RoomLesson, type RoomQuestion } from './commands';
import { ROOM_LIMITS } from './limits';

/** What a command is checked against: the room as replayed so far. */
export interface CommandContext {
  /** The document on every screen, null before the first `load`. */
  document: TopologyDocument | null;
  /** Simulated ms the room's run stands at; a timed command may not be earlier. */
  at: number;
}

export type ReadCommand = { ok: true; command: RoomCommand } | { ok: false; error: string };

type Raw = Record<string, unknown>;

class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

function ms(value: number): string {
  return `${Math.round(value * 10) / 10} ms`;
}

function time(raw: Raw, kind: string, key: string, context: CommandContext): number {
  const value = raw[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse(`${kind}.${key}: must be a time in simulated ms, not ${JSON.stringify(value) ?? 'nothing'}`);
  if (value < 0 || value > LIMITS.timeMs) refuse(`${kind}.${key}: ${value} ms is outside 0 to ${LIMITS.timeMs} ms`);
  if (key === 'at' && value < context.at) refuse(`${kind}.at: ${ms(value)} is before the room's time ${ms(context.at)} (times only go forward)`);
  return value;
}

function speed(raw: Raw, kind: string): number {
  const value = raw.speed;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < ROOM_LIMITS.minSpeed || value > ROOM_LIMITS.maxSpeed) {
    refuse(`${kind}.speed: must be from ${ROOM_LIMITS.minSpeed} to ${ROOM_LIMITS.maxSpeed}, not ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return value;
}

function seed(raw: Raw, kind: string): number {
  const value = raw.seed;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > LIMITS.seed) {
    refuse(`${kind}.seed: must be a whole number from 0 to ${LIMITS.seed}, not ${JSON.stringify(value) ?? 'nothing'}`);
  }
  return value;
}

function text(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) refuse(`${path}: must be text of 1 to ${max} characters`);
  return value;
}

function document(raw: Raw, kind: string): TopologyDocument {
  const restored = restore(raw.document);
  if (!restored.ok) refuse(`${kind}.document: ${restored.errors.slice(0, 3).join('; ')}${restored.errors.length > 3 ? ` (and ${restored.errors.length - 3} more)` : ''}`);
  return restored.document;
}

function current(context: CommandContext, kind: string): TopologyDocument {
  return context.document ?? refuse(`${kind}: the room has no document yet`);
}

function fault(raw: Raw, context: CommandContext): RoomCommand {
  const doc = current(context, 'fault');
  const node = raw.node;
  if (typeof node !== 'string' || !doc.nodes.some((n) => n.id === node)) refuse(`fault.node: there is no node ${JSON.stringify(node) ?? 'nothing'} in “${doc.name}”`);
  const at = time(raw, 'fault', 'at', context);
  const action = isRecord(raw.action) ? raw.action : refuse('fault.action: must be an object such as {"type":"slow","factor":10}');
  const duration = raw.duration ?? null;
  // The fault goes through restore as the document's only scripted fault: the same checks as a file.
  const restored = restore({ ...(serialize(doc) as Raw), faults: [{ ...action, at: 0, node, duration }] });
  if (!restored.ok) refuse(`fault: ${restored.errors.map((e) => e.replace(/^faults\[0\]\.?/, '')).join('; ')}`);
  const { at: _at, node: _node, duration: checked, ...parsed } = restored.document.faults[0];
  return { kind: 'fault', at, node, action: parsed, duration: checked };
}

function check(raw: unknown, index: number): RoomCheck {
  const path = `lesson.checks[${index}]`;
  if (!isRecord(raw)) refuse(`${path}: must be an object`);
  const figure = (key: 'before' | 'after') => {
    const value = raw[key] ?? null;
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) refuse(`${path}.${key}: must be a number or null`);
    return value;
  };
  if (typeof raw.ok !== 'boolean') refuse(`${path}.ok: must be true or false`);
  return { before: figure('before'), after: figure('after'), ok: raw.ok, reason: typeof raw.reason === 'string' ? raw.reason.slice(0, ROOM_LIMITS.reasonLength) : '' };
}

function lesson(raw: unknown): RoomLesson | null {
  if (raw === null) return null;
  if (!isRecord(raw)) refuse('lesson.lesson: must be an object or null');
  const found = LESSONS.find((l) => l.id === raw.id) ?? refuse(`lesson.id: there is no lesson ${JSON.stringify(raw.id) ?? 'nothing'}`);
  const step = raw.step;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= found.steps.length) refuse(`lesson.step: must be from 0 to ${found.steps.length - 1}`);
  const phase = LESSON_PHASES.find((p) => p === raw.phase) ?? refuse(`lesson.phase: must be ${LESSON_PHASES.join(', ')}`);
  const until = raw.until ?? null;
  if (until !== null && (typeof until !== 'number' || !Number.isFinite(until) || until < 0)) refuse('lesson.until: must be a time in ms or null');
  const checks = raw.checks ?? [];
  if (!Array.isArray(checks) || checks.length > ROOM_LIMITS.checks) refuse(`lesson.checks: must be a list of at most ${ROOM_LIMITS.checks}`);
  return { id: found.id, step, phase, until, checks: checks.map(check) };
}

function question(raw: unknown): RoomQuestion | null {
  if (raw === null) return null;
  if (!isRecord(raw)) refuse('question.question: must be an object or null');
  const answers = raw.answers;
  if (!Array.isArray(answers) || answers.length < ROOM_LIMITS.minAnswers || answers.length > ROOM_LIMITS.maxAnswers) {
    refuse(`question.answers: must be ${ROOM_LIMITS.minAnswers} to ${ROOM_LIMITS.maxAnswers} answers`);
  }
  return {
    id: text(raw.id, 'question.id', ROOM_LIMITS.idLength),
    text: text(raw.text, 'question.text', ROOM_LIMITS.questionLength),
    answers: answers.map((answer, i) => text(answer, `question.answers[${i}]`, ROOM_LIMITS.answerLength)),
  };
}

function read(raw: Raw, kind: RoomCommandKind, context: CommandContext): RoomCommand {
  switch (kind) {
    case 'load':
      return { kind, document: document(raw, kind), seed: raw.seed === undefined ? 0 : seed(raw, kind) };
    case 'seed':
      current(context, kind);
      return { kind, seed: seed(raw, kind) };
    case 'play': {
      current(context, kind);
      const at = time(raw, kind, 'at', context);
      const until = raw.until === undefined || raw.until === null ? null : time(raw, kind, 'until', context);
      if (until !== null && until < at) refuse(`play.until: ${until} ms is before play.at ${at} ms`);
      return { kind, at, speed: speed(raw, kind), until };
    }
    case 'pause':
    case 'step': {
      current(context, kind);
      const at = time(raw, kind, 'at', context);
      const rateFrom = raw.rateFrom === undefined || raw.rateFrom === null ? null : time(raw, kind, 'rateFrom', context);
      if (rateFrom !== null && rateFrom > at) refuse(`${kind}.rateFrom: ${ms(rateFrom)} is after ${kind}.at ${ms(at)}`);
      return { kind, at, rateFrom };
    }
    case 'speed':
      return { kind, at: time(raw, kind, 'at', context), speed: speed(raw, kind) };
    case 'fault':
      return fault(raw, context);
    case 'edit':
      current(context, kind);
      return { kind, at: time(raw, kind, 'at', context), document: document(raw, kind) };
    case 'lesson':
      return { kind, lesson: lesson(raw.lesson ?? null) };
    case 'question':
      return { kind, question: question(raw.question ?? null) };
  }
}

/** Read one command of a room from its JSON text, checked against the room so far; never throws. */
export function readCommand(textIn: unknown, context: CommandContext): ReadCommand {
  try {
    if (typeof textIn !== 'string') refuse(`a command must be JSON text, not ${typeof textIn}`);
    const bytes = utf8Length(textIn);
    if (bytes > ROOM_LIMITS.commandBytes) refuse(`the command is ${formatMegabytes(bytes)}, over the ${formatMegabytes(ROOM_LIMITS.commandBytes)} a room command may hold`);
    let raw: unknown;
    try {
      raw = JSON.parse(textIn);
    } catch {
      refuse('the command is not valid JSON');
    }
    if (!isRecord(raw)) refuse('a command must be a JSON object');
    const kind = ROOM_COMMAND_KINDS.find((k) => k === raw.kind) ?? refuse(`unknown command kind ${JSON.stringify(raw.kind) ?? 'nothing'} (known: ${ROOM_COMMAND_KINDS.join(', ')})`);
    return { ok: true, command: read(raw, kind, context) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    return { ok: false, error: `the command could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Whether commands of this kind carry a simulated time. */
export function isTimed(kind: RoomCommandKind): boolean {
  return TIMED_KINDS.includes(kind);
}
