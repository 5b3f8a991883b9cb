// Students' answers to the teacher's question, kept in the room's shared document (one entry per
// student id, the latest wins) so that a count survives a student's reload and a relay restart.
// Students write these, not the teacher: they are unsigned, read as untrusted text, and only ever
// counted: an answer can never change what anyone's engine runs.
import type { RoomQuestion } from './commands';
import { ROOM_LIMITS } from './limits';

/** One student's answer: which question, which answer. */
export interface RoomAnswer {
  question: string;
  index: number;
}

/** The answer a stored text holds, or null when it is not one (anyone can write here). */
export function readAnswer(text: unknown): RoomAnswer | null {
  if (typeof text !== 'string' || text.length > 2 * ROOM_LIMITS.idLength) return null;
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw !== 'object' || raw === null) return null;
    const { question, index } = raw as Record<string, unknown>;
    if (typeof question !== 'string' || question.length === 0 || question.length > ROOM_LIMITS.idLength) return null;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= ROOM_LIMITS.maxAnswers) return null;
    return { question, index };
  } catch {
    return null;
  }
}

/** The text to store for an answer. */
export function answerText(answer: RoomAnswer): string {
  return JSON.stringify(answer);
}

/** How many answered each answer of `question`, from every student's latest stored answer. */
export function countAnswers(question: RoomQuestion | null, stored: Iterable<unknown>): number[] {
  if (!question) return [];
  const counts = question.answers.map(() => 0);
  for (const text of stored) {
    const answer = readAnswer(text);
    if (answer && answer.question === question.id && answer.index < counts.length) counts[answer.index]++;
  }
  return counts;
}
