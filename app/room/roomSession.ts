// The room, once loaded (never in the first load): connects this tab to the relay as the teacher
// or as a student, keeps the room's state by opening and replaying its signed commands, and wires
// the recorder (the teacher's) or the follower (a student's). Everyone checks every entry; the
// teacher also drops from the log what it did not sign, and says so on screen.
import type { RoomCommand, RoomQuestion } from '../../src/room/commands';
import { answerText, countAnswers, readAnswer } from '../../src/room/answers';
import { EMPTY_ROOM, type RoomState } from '../../src/room/replay';
import { replaySigned, rescanSigned, type RoomTrust, type SignedRefusal } from '../../src/room/signedLog';
import { createRoomKeys, exportRoomKeys, importRoomKeys, openBeacon, readPublicKey, signBeacon, signEntry, type RoomKeys } from '../../src/room/signing';
import { beaconText, readBeacon } from '../../src/room/timeBeacon';
import { engineClient } from '../engine/engineClient';
import { editorStore } from '../store/useEditor';
import { followRoom, type Follower } from './follower';
import { saveBranch, showBranch } from './roomBranch';
import { forgetRoom, keepRoom, keptBranch, keptRoom, studentId } from './roomKeep';
import { leaveAddress, newRoomCode, relayOf, roomLink, teacherAddress } from './roomAddress';
import { NO_ROOM, roomStore } from './roomStore';
import { publishTime } from './roomClock';
import { resumeTeacher } from './teacherResume';
import { recordTeacher, type Recorder } from './teacherRecorder';
import { connectRoom, type Presence, type YRoom } from './yRoom';

/** Wall ms a student waits for the relay before saying it cannot be reached. */
const UNREACHABLE_AFTER_MS = 4000;

let room: YRoom | null = null;
let trust: RoomTrust | null = null;
let state: RoomState = EMPTY_ROOM;
let recorder: Recorder | null = null;
let follower: Follower | null = null;
let presence: Presence = { role: 'student', mode: 'following' };
let me = '';
/** The teacher's signing: the keys, the last number signed (a resumed room's comes from its log), the signatures in order. */
let signing: { keys: RoomKeys; seq: number; chain: Promise<void> } | null = null;
/** Entries already refused on this screen, so a log read again does not say it twice. */
const refused = new Set<string>();
let reading: Promise<void> = Promise.resolve();
let readAll = false;
let stopBeacons: (() => void) | null = null;
/** The teacher's last beacon heard, so that an old one played again is not taken. */
let heard: { text: string; seq: number; at: number } | null = null;

const notify = (...args: Parameters<ReturnType<typeof editorStore.getState>['notify']>) => editorStore.getState().notify(...args);

// A student's: the teacher's beacon, once opened with the teacher's key and after the same last command, aligns the follower.
async function hearTime(text: string) {
  if (!trust || !follower || text === heard?.text) return;
  const opened = await openBeacon(trust.key, trust.room, text);
  const at = opened.ok ? readBeacon(opened.text) : null;
  if (!opened.ok || at === null || opened.seq !== state.seq || (heard && heard.seq === opened.seq && at <= heard.at)) return;
  heard = { text, seq: opened.seq, at };
  follower?.align(at);
}

function countPresence() {
  if (!room) return;
  const time = room.others().find((p) => p.role === 'teacher')?.time;
  if (typeof time === 'string' && roomStore.getState().role === 'student') void hearTime(time);
  const others = room.others().filter((p) => p.role === 'student');
  roomStore.setState({
    teacherHere: room.others().some((p) => p.role === 'teacher'),
    following: others.filter((p) => p.mode === 'following').length,
    branched: others.filter((p) => p.mode === 'branched').length,
  });
}

function countAnswersNow() {
  if (!room) return;
  const question = roomStore.getState().question;
  const mine = readAnswer(room.answerOf(me));
  roomStore.setState({ answers: countAnswers(question, room.answers()), myAnswer: question && mine?.question === question.id ? mine.index : null });
}

function report(refusals: readonly SignedRefusal[], texts: readonly unknown[]) {
  const fresh = refusals.filter((r) => {
    const text = texts[r.index];
    const key = `${r.error}|${typeof text === 'string' ? text.slice(0, 400) : String(text)}`;
    if (refused.has(key)) return false;
    refused.add(key);
    return true;
  });
  if (fresh.length === 0) return;
  const messages = fresh.map((r) => r.error);
  roomStore.setState({ refusals: [...roomStore.getState().refusals, ...messages].slice(-20) });
  const teacher = roomStore.getState().role === 'teacher';
  notify('error', teacher ? 'The room refused a command; nothing changed for the students' : 'A command not from the teacher was refused; nothing changed', messages);
  // What the teacher did not sign leaves the log, so nobody downloads it again; only while it is
  // still where it was read (the log may have moved since).
  if (!teacher || !room) return;
  const current = room.commands();
  for (const refusal of [...fresh].reverse()) if (!refusal.signed && current[refusal.index] === texts[refusal.index]) room.remove(refusal.index);
}

// Open what is new in the log (all of it again when places moved), then show the result.
async function readNow() {
  if (!room || !trust) return;
  const reader = room;
  const texts = reader.commands();
  const again = readAll || state.read > texts.length;
  readAll = false;
  const result = again ? await rescanSigned(texts, trust, state) : await replaySigned(texts, trust, state);
  if (room !== reader) return;
  const changed = result.state.seq !== state.seq;
  state = result.state;
  report(result.refusals, texts);
  if (roomStore.getState().question?.id !== state.question?.id) {
    roomStore.setState({ question: state.question });
    countAnswersNow();
  }
  if (follower && changed) follower.show(state);
}

function readLog(appended: boolean) {
  if (!appended) readAll = true;
  reading = reading.then(readNow).catch((error: unknown) => void notify('error', 'The room could not be read', [error instanceof Error ? error.message : String(error)]));
}

/** Resolves once the log as the relay holds it has been read (the first sync). */
function connect(code: string, role: Presence['role'], relay: string): Promise<void> {
  room = connectRoom(relay, code);
  state = EMPTY_ROOM;
  refused.clear();
  me = role === 'student' ? studentId(code) : 'teacher';
  presence = { role, mode: 'following' };
  room.setPresence(presence);
  room.onCommands(readLog);
  room.onPresence(countPresence);
  room.onAnswers(countAnswersNow);
  let reached = false;
  let firstSync: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (firstSync = resolve));
  room.onStatus((status, isSynced) => {
    if (status === 'connected') {
      reached = true;
      // Said again with a newer clock, so pages that saw this one leave (a relay restart) count it again at once.
      room?.setPresence(presence);
    }
    roomStore.setState({ status: status === 'connecting' && !reached && roomStore.getState().status === 'unreachable' ? 'unreachable' : status });
    if (isSynced) {
      readLog(true);
      void reading.then(firstSync);
    }
  });
  roomStore.setState({ ...NO_ROOM, role, code, relay, status: 'connecting' });
  if (role === 'student') {
    setTimeout(() => {
      if (reached || !room) return;
      roomStore.setState({ status: 'unreachable' });
      notify('error', `The room relay at ${relay} cannot be reached`, ['You see the document from the link, read-only. The room joins by itself once the relay answers.']);
    }, UNREACHABLE_AFTER_MS);
  }
  return synced;
}

function setPresence(next: Partial<Presence>) {
  presence = { ...presence, ...next };
  room?.setPresence(presence);
}

/** Sign `command` with the next number and append it; the signatures keep the order of the calls. */
function emit(command: RoomCommand) {
  const teacher = signing;
  const code = roomStore.getState().code;
  if (!teacher || !code) return;
  const seq = ++teacher.seq;
  teacher.chain = teacher.chain
    .then(() => signEntry(teacher.keys.privateKey, code, seq, JSON.stringify(command)))
    .then((entry) => {
      if (signing === teacher) room?.append(entry);
    })
    .catch((error: unknown) => void notify('error', 'A room command could not be signed', [error instanceof Error ? error.message : String(error)]));
}

async function teach(code: string, relay: string, keys: RoomKeys, resume: boolean) {
  signing = { keys, seq: 0, chain: Promise.resolve() };
  trust = { room: code, key: keys.publicKey };
  const synced = connect(code, 'teacher', relay);
  roomStore.setState({ link: roomLink(window.location.href, code, relay, editorStore.getState().document, keys.publicText) });
  window.history.replaceState(window.history.state, '', teacherAddress(window.location.href, code, relay));
  stopBeacons = publishTime(engineClient, () => editorStore.getState().speed, (at) => {
    const teacher = signing;
    if (!teacher) return;
    void signBeacon(teacher.keys.privateKey, code, teacher.seq, beaconText(at)).then((time) => signing === teacher && setPresence({ time }));
  });
  if (!resume) {
    recorder = recordTeacher(editorStore, engineClient, emit);
    return;
  }
  await synced;
  if (!room || signing === null) return;
  // Numbers go on from the room's last command: students expect the next one. A room the relay
  // lost with nobody in it starts again from 1, as a new log.
  signing.seq = state.seq;
  recorder = resumeTeacher(editorStore, engineClient, state, emit);
  roomStore.setState({ link: roomLink(window.location.href, code, relay, editorStore.getState().document, keys.publicText) });
}

/** Start a room with this tab as the teacher. */
export async function startRoom(): Promise<void> {
  if (room) return;
  const code = newRoomCode();
  const relay = relayOf(window.location.href);
  const keys = await createRoomKeys();
  const problem = keepRoom({ code, relay, key: await exportRoomKeys(keys) });
  if (problem) notify('info', 'This browser cannot keep the room’s key', ['Reloading this tab will end the room.', problem]);
  await teach(code, relay, keys, false);
}

/** Resume room `code` as its teacher (a reload of the teacher's address), when this browser holds its key. */
export async function resumeRoom(code: string): Promise<void> {
  if (room) return;
  const kept = keptRoom(code);
  const keys = kept && (await importRoomKeys(kept.key));
  if (!kept || !keys) {
    window.history.replaceState(window.history.state, '', leaveAddress(window.location.href, null));
    notify('error', `This browser does not hold the key of room ${code}`, ['Only the browser that started a room can run it. Start a new room, or open the students’ link to follow.']);
    return;
  }
  await teach(code, relayOf(window.location.href), keys, true);
}

/** End the room (the teacher's): students keep what they have on screen. */
export function endRoom(): void {
  stopBeacons?.();
  stopBeacons = null;
  recorder?.stop();
  recorder = null;
  signing = null;
  room?.close();
  room = null;
  forgetRoom();
  window.history.replaceState(window.history.state, '', leaveAddress(window.location.href, null));
  roomStore.setState(NO_ROOM);
}

/** Join room `code` as a student, following the teacher whose public key `key` the link carries. */
export async function joinRoom(code: string, key: string | null): Promise<void> {
  if (room) return;
  const publicKey = key === null ? null : await readPublicKey(key);
  if (!publicKey) {
    notify('error', 'This room link lacks the teacher’s key', ['Without it nothing from the room can be trusted: ask the teacher for the link again. You see the document from the link, read-only.']);
    return;
  }
  trust = { room: code, key: publicKey };
  void connect(code, 'student', relayOf(window.location.href));
  const branch = keptBranch(code);
  if (branch?.branched) {
    showBranch(editorStore, branch.document);
    roomStore.setState({ mode: 'branched', hasBranch: true });
    setPresence({ mode: 'branched' });
    saveBranch(editorStore, code);
    return;
  }
  roomStore.setState({ hasBranch: branch !== null });
  follower = followRoom(editorStore, engineClient);
}

/** A student takes a private copy at the current moment: their engine, their controls, saved in this browser. */
export function branch(): void {
  const code = roomStore.getState().code;
  if (!follower || !code) return;
  follower.stop();
  follower = null;
  roomStore.setState({ mode: 'branched', hasBranch: true });
  setPresence({ mode: 'branched' });
  saveBranch(editorStore, code);
}

/** Back to following the teacher: the branch stays saved (“My branch” brings it back), the teacher's moment comes back. */
export function followAgain(): void {
  const code = roomStore.getState().code;
  if (follower || !room || !code) return;
  saveBranch(editorStore, code, false);
  editorStore.getState().reset();
  follower = followRoom(editorStore, engineClient);
  roomStore.setState({ mode: 'following' });
  setPresence({ mode: 'following' });
  follower.show(state);
}

/** Back to the branch this browser keeps for the room, as it was last saved. */
export function backToBranch(): void {
  const code = roomStore.getState().code;
  const kept = code && keptBranch(code);
  if (!follower || !kept || !code) return;
  follower.stop();
  follower = null;
  editorStore.getState().reset();
  showBranch(editorStore, kept.document);
  roomStore.setState({ mode: 'branched' });
  setPresence({ mode: 'branched' });
  saveBranch(editorStore, code);
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
  emit({ kind: 'question', question });
}

/** A student's answer to the open question, kept in the room under this student's id. */
export function answer(index: number): void {
  const question = roomStore.getState().question;
  if (!question || !room) return;
  roomStore.setState({ myAnswer: index });
  room.setAnswer(me, answerText({ question: question.id, index }));
}
