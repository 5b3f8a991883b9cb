// A teacher's reload resumes the room: the page shows the room's document and lesson, its engine
// replays the room's commands to the room's moment (as a student's does), and the recorder goes
// on from there, so students keep following without a new run. A room the relay no longer holds
// (it restarted with nobody in the room) starts afresh from what is on screen.
import { followCommands } from '../../src/room/followCommands';
import type { RoomCommand } from '../../src/room/commands';
import type { RoomState } from '../../src/room/replay';
import type { EngineClient } from '../engine/engineClient';
import type { EditorStore } from '../store/store';
import { recordTeacher, type Recorder } from './teacherRecorder';

/** Bring this tab to where `room` stands, then record the teacher from there. */
export function resumeTeacher(store: EditorStore, engine: EngineClient, room: RoomState, emit: (command: RoomCommand) => void): Recorder {
  const run = room.run;
  if (!run || !room.document) return recordTeacher(store, engine, emit);
  const s = store.getState();
  s.resetDocument(room.document);
  s.requestFit();
  s.setLesson(room.lesson && { ...room.lesson });
  const next = followCommands(room, null);
  if (next) engine.runCommands(next.commands, next.followed.document);
  return recordTeacher(store, engine, emit, undefined, { document: run.document, seed: run.seed, at: room.clock.at, shown: room.document });
}
