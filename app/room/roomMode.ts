// Whether this page was opened as a student of a room (`?room=CODE&key=…`) or as the teacher of
// one (`?teach=CODE`, resumed after a reload), decided once, and the actions of the room's
// buttons. The actions load the room's code (Yjs and all) on first use.
import { editorStore } from '../store/useEditor';
import { roomCodeOf, roomKeyOf, teacherRoomOf } from './roomAddress';
import type { RoomQuestion } from '../../src/room/commands';

/** The room this page follows as a student, or null. */
export const STUDENT_ROOM: string | null = typeof window !== 'undefined' ? roomCodeOf(window.location.search) : null;
/** The room this page resumes as its teacher, or null. */
const TEACHER_ROOM: string | null = typeof window !== 'undefined' && !STUDENT_ROOM ? teacherRoomOf(window.location.search) : null;

/** Make the page read-only before anything loads, when it is a student's: it never autosaves over the student's work. */
export function enterRoomMode(): void {
  if (STUDENT_ROOM) editorStore.getState().setReadOnly(true);
}

const session = () => import('./roomSession');

function failed(error: unknown) {
  editorStore.getState().notify('error', 'The room could not be loaded', [error instanceof Error ? error.message : String(error)]);
}

/** Join (or, the teacher, resume) the room in the address, once the start document is on screen. */
export function joinRoomFromAddress(): void {
  if (STUDENT_ROOM) session().then((m) => m.joinRoom(STUDENT_ROOM as string, roomKeyOf(window.location.search))).catch(failed);
  else if (TEACHER_ROOM) session().then((m) => m.resumeRoom(TEACHER_ROOM as string)).catch(failed);
}

export const startRoom = () => void session().then((m) => m.startRoom()).catch(failed);
export const endRoom = () => void session().then((m) => m.endRoom()).catch(failed);
export const branch = () => void session().then((m) => m.branch()).catch(failed);
export const followAgain = () => void session().then((m) => m.followAgain()).catch(failed);
export const backToBranch = () => void session().then((m) => m.backToBranch()).catch(failed);
export const leaveRoom = () => void session().then((m) => m.leaveRoom()).catch(failed);
export const askQuestion = (question: RoomQuestion | null) => void session().then((m) => m.ask(question)).catch(failed);
export const answerQuestion = (index: number) => void session().then((m) => m.answer(index)).catch(failed);
