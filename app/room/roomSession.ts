// The room, once loaded (never in the first load): connects this tab to the relay as the teacher
// or as a student, keeps the room's state by replaying its commands, and wires the recorder (the
// teacher's) or the follower (a student's). Everyone checks every command; the teacher also drops
// refused ones from the log and says so on screen.
import type { RoomCommand, RoomQuestion } from '../../src/room/commands';
import { EMPTY_ROOM, replay, type RoomState } from '../../src/room/replay';
import { engineClient } from '../engine/engineClient';
import { editorStore } from '../store/useEditor';
import { followRoom, type Follower } from './follower';
import { leaveAddress, newRoomCode, relayOf, roomLink } from './roomAddress';
import { NO_ROOM, roomStore } from './roomStore';
import { recordTeacher, type Recorder } from './teacherRecorder';
import { connectRoom, type Presence, type YRoom } from './yRoom';

/** Wall ms a student waits for the relay before saying it cannot be reached. */
const UNREACHABLE_AFTER_MS = 4000;

let room: YRoom | null = null;
let state: RoomState = EMPTY_ROOM;
let recorder: Recorder | null = null;
let follower: Follower | null = null;
let presence: Presence = { role: 'student', mode: 'following', answer: null };

const notify = (...args: Parameters<ReturnType<typeof editorStore.getState>['notify']>) => editorStore.getState().notify(...args);

function countPresence() {
  if (!room) return;
  const others = room.others().filter((p) => p.role === 'student');
  const question = roomStore.getState().question;
  const answers = question ? question.answers.map((_, i) => others.filter((p) => p.answer?.question === question.id && p.answer.index === i).length) : [];
  roomStore.setState({
    teacherHere: room.others().some((p) => p.role === 'teacher'),
    following: others.filter((p) => p.mode === 'following').length,
    branched: others.filter((p) => p.mode === 'branched').length,
    answers,
  });
}

// Read what is new in the log (all of it again after a removal), then show the result.
function readLog(appended: boolean) {
  if (!room) return;
  const texts = room.commands();
  const from = appended && state.read <= texts.length ? state : EMPTY_ROOM;
  const result = replay(texts, from);
  const changed = result.state !== state;
  state = result.state;
  const isTeacher = roomStore.getState().role === 'teacher';
  if (result.refusals.length > 0) {
    if (isTeacher) {
      const messages = result.refusals.map((r) => `command ${r.index + 1}: ${r.error}`);
      roomStore.setState({ refusals: [...roomStore.getState().refusals, ...messages].slice(-20) });
      notify('error', 'The room refused a command; nothing changed for the students', messages);
      // Refused commands leave the log, so nobody downloads them again; the rest is read afresh.
      for (const refusal of [...result.refusals].reverse()) room.remove(refusal.index);
      return;
    }
  }
  if (roomStore.getState().question?.id !== state.question?.id) roomStore.setState({ question: state.question, myAnswer: null });
  countPresence();
  if (follower && changed) follower.show(state);
}

function connect(code: string, role: Presence['role']) {
  const relay = relayOf(window.location.href);
  room = connectRoom(relay, code);
  state = EMPTY_ROOM;
  presence = { role, mode: 'following', answer: null };
  room.setPresence(presence);
  room.onCommands(readLog);
  room.onPresence(countPresence);
  let reached = false;
  room.onStatus((status, synced) => {
    if (status === 'connected') reached = true;
    roomStore.setState({ status: status === 'connecting' && !reached && roomStore.getState().status === 'unreachable' ? 'unreachable' : status });
    if (synced) readLog(true);
  });
  roomStore.setState({ ...NO_ROOM, role, code, relay, status: 'connecting' });
  return { relay, reachedYet: () => reached };
}

function setPresence(next: Partial<Presence>) {
  presence = { ...presence, ...next };
  room?.setPresence(presence);
}

/** Start a room with this tab as the teacher. */
export function startRoom(): void {
  if (room) return;
  const code = newRoomCode();
  const { relay } = connect(code, 'teacher');
  const emit = (command: RoomCommand) => room?.append(JSON.stringify(command));
  recorder = recordTeacher(editorStore, engineClient, emit);
  roomStore.setState({ link: roomLink(window.location.href, code, relay, editorStore.getState().document) });
}

/** End the room (the teacher's): students keep what they have on screen. */
export function endRoom(): void {
  recorder?.stop();
  recorder = null;
  room?.close();
  room = null;
  roomStore.setState(NO_ROOM);
}

/** Join room `code` as a student, following the teacher. */
export function joinRoom(code: string): void {
  if (room) return;
  const { relay, reachedYet } = connect(code, 'student');
  follower = followRoom(editorStore, engineClient);
  setTimeout(() => {
    if (reachedYet() || !room) return;
    roomStore.setState({ status: 'unreachable' });
    notify('error', `The room relay at ${relay} cannot be reached`, [
      'You see the document from the link, read-only. The room joins by itself once the relay answers.',
    ]);
  }, UNREACHABLE_AFTER_MS);
}

/** A student takes a private copy at the current moment: their engine, their controls. */
export function branch(): void {
  if (!follower) return;
  follower.stop();
  follower = null;
  roomStore.setState({ mode: 'branched' });
  setPresence({ mode: 'branched' });
}

/** Back to following the teacher: the branch is let go, the teacher's moment comes back. */
export function followAgain(): void {
  if (follower || !room) return;
  editorStore.getState().reset();
  follower = followRoom(editorStore, engineClient);
  roomStore.setState({ mode: 'following' });
  setPresence({ mode: 'following' });
  follower.show(state);
}

/** Leave the room: back to this browser's own work, with a branch opened on top of it as a link. */
export function leaveRoom(): void {
  const branched = roomStore.getState().mode === 'branched';
  room?.close();
  room = null;
  window.location.assign(leaveAddress(window.location.href, branched ? editorStore.getState().document : null));
}

/** Ask the room a question (null takes it down). */
export function ask(question: RoomQuestion | null): void {
  room?.append(JSON.stringify({ kind: 'question', question } satisfies RoomCommand));
}

/** A student's answer to the open question. */
export function answer(index: number): void {
  const question = roomStore.getState().question;
  if (!question) return;
  roomStore.setState({ myAnswer: index });
  setPresence({ answer: { question: question.id, index } });
}
