// What the room's panels show: who this tab is in the room, the code and link, the connection,
// how many follow or branched, refused commands, the question and its answers. A small store of
// its own, light enough for the first load; the Yjs side (roomSession) is loaded on demand and
// writes here.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { RoomQuestion } from '../../src/room/commands';

export type RoomStatus = 'connecting' | 'connected' | 'disconnected' | 'unreachable';

export interface RoomView {
  role: 'teacher' | 'student' | null;
  code: string | null;
  link: string | null;
  relay: string | null;
  status: RoomStatus;
  /** A student's: following the teacher, or running a private copy. */
  mode: 'following' | 'branched';
  following: number;
  branched: number;
  /** Commands the room refused, newest last (the teacher's panel lists them). */
  refusals: string[];
  question: RoomQuestion | null;
  /** Answers counted per answer index of the open question. */
  answers: number[];
  myAnswer: number | null;
  /** Whether the teacher is in the room now (a student's bar says when not). */
  teacherHere: boolean;
  /** A student's: whether this browser keeps a branch of this room (to go back to). */
  hasBranch: boolean;
}

export const NO_ROOM: RoomView = {
  role: null,
  code: null,
  link: null,
  relay: null,
  status: 'connecting',
  mode: 'following',
  following: 0,
  branched: 0,
  refusals: [],
  question: null,
  answers: [],
  myAnswer: null,
  teacherHere: false,
  hasBranch: false,
};

export const roomStore = createStore<RoomView>()(() => NO_ROOM);

/** Select a slice of the room's view. */
export function useRoom<T>(select: (view: RoomView) => T): T {
  return useStore(roomStore, select);
}
