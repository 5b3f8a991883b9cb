// Whether this page was opened as a student of a room (`?room=CODE`), decided once, and the
// actions of the room's buttons. The actions load the room's code (Yjs and all) on first use.
import { editorStore } from '../store/useEditor';
import { roomCodeOf } from './roomAddress';
import type { RoomQuestion } from '../../src/room/commands';

/** The room this page follows as a student, or null. */
export const STUDENT_ROOM: string | null = typeof window !== 'undefined' ? roomCodeOf(window.location.search) : null;

/** Make the page read-only before anything loads, when it is a student's: it never autosaves over the student's work. */
export function enterRoomMode(): void {
  if (STUDENT_ROOM) editorStore.getState().setReadOnly(true);
}

const session = () => import('./roomSession');

function failed(error: unknown) {
  editorStore.getState().notify('error', 'The room could not be loaded', [error instanceof Error ? error.message : String(error)]);
}

/** Join the room in the address, once the start document is on screen. */
export function joinRoomFromAddress(): void {
  if (STUDENT_ROOM) session().then((m) => m.joinRoom(STUDENT_ROOM as string), failed);
}

export const startRoom = () => void session().then((m) => m.startRoom(), failed);
export const endRoom = () => void session().then((m) => m.endRoom(), failed);
export const branch = () => void session().then((m) => m.branch(), failed);
export const followAgain = () => void session().then((m) => m.followAgain(), failed);
export const leaveRoom = () => void session().then((m) => m.leaveRoom(), failed);
export const askQuestion = (question: RoomQuestion | null) => void session().then((m) => m.ask(question), failed);
export const answerQuestion = (index: number) => void session().then((m) => m.answer(index), failed);
