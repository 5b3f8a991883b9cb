// What a room keeps in this browser, so that a reload does not lose it. The teacher's: the room's
// code, relay and private key, so that reloading the teacher's address (`?teach=CODE`) resumes the
// same room (the command numbers go on from the room's log, which students follow). A student's: an id of its own in this
// room (its answer is stored under it) and its branch, saved on every change like any work.
// Everything read back is untrusted text: a key goes through WebCrypto, a branch through restore.
import { restoreText } from '../../src/model/restore';
import { serialize } from '../../src/model/serialize';
import type { TopologyDocument } from '../../src/model/types';

const TEACHER = 'eventscape-room-teacher';
const student = (code: string) => `eventscape-room-student:${code}`;
const branchKey = (code: string) => `eventscape-room-branch:${code}`;

/** The teacher's room as this browser keeps it. */
export interface KeptRoom {
  code: string;
  relay: string;
  key: JsonWebKey;
}

/** A student's branch as this browser keeps it: the document, and whether the student was on it. */
export interface KeptBranch {
  document: TopologyDocument;
  branched: boolean;
}

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** Write, or say why not (a full storage, a private window): the caller tells the user. */
function write(key: string, value: unknown): string | null {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The teacher's room kept in this browser, when it is room `code`. */
export function keptRoom(code: string): KeptRoom | null {
  const raw = read(TEACHER);
  if (typeof raw !== 'object' || raw === null) return null;
  const kept = raw as Record<string, unknown>;
  if (kept.code !== code || typeof kept.relay !== 'string' || typeof kept.key !== 'object' || kept.key === null) return null;
  return { code, relay: kept.relay, key: kept.key as JsonWebKey };
}

/** Keep the teacher's room (one per browser: a new room replaces the last). */
export function keepRoom(room: KeptRoom): string | null {
  return write(TEACHER, room);
}

/** Forget the teacher's room (it ended). */
export function forgetRoom(): void {
  try {
    localStorage.removeItem(TEACHER);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** This browser's student id in room `code`, the same across reloads. */
export function studentId(code: string): string {
  const kept = read(student(code));
  if (typeof kept === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(kept)) return kept;
  const id = crypto.randomUUID();
  write(student(code), id);
  return id;
}

/** The branch this browser keeps for room `code`, or null (a stored text that is not a valid document is ignored). */
export function keptBranch(code: string): KeptBranch | null {
  const raw = read(branchKey(code));
  if (typeof raw !== 'object' || raw === null) return null;
  const kept = raw as Record<string, unknown>;
  if (typeof kept.text !== 'string') return null;
  const restored = restoreText(kept.text);
  return restored.ok ? { document: restored.document, branched: kept.branched === true } : null;
}

/** Keep a student's branch; returns why it could not be kept, or null. */
export function keepBranch(code: string, branch: KeptBranch): string | null {
  return write(branchKey(code), { text: JSON.stringify(serialize(branch.document)), branched: branch.branched });
}
