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
  const next = followCommands(room, null);
  const shown = room.document;
  if (!run || !shown || !next) return recordTeacher(store, engine, emit);
  const s = store.getState();
  s.resetDocument(shown);
  s.requestFit();
  s.setLesson(room.lesson && { ...room.lesson });
  // The replayed faults are the room's already: read-only, the page does not add them to the
  // document's script again, and the recorder, started once the engine stands at the room's
  // moment, does not tell them to the room again.
  s.setReadOnly(true);
  let recorder: Recorder | null = null;
  let stopped = false;
  let replayed = false;
  const untap = engine.tap({
    sent: () => undefined,
    received(message) {
      if (replayed || message.type !== 'frame' || message.now < room.clock.at) return;
      replayed = true;
      queueMicrotask(() => {
        untap();
        if (stopped) return;
        store.getState().setReadOnly(false);
        recorder = recordTeacher(store, engine, emit, undefined, { document: run.document, seed: run.seed, at: room.clock.at, shown });
      });
    },
  });
  // The engine runs the room's document (the same topology as the run's latest): given the very
  // object on screen, the teacher's next change is seen as an edit only when it changes the run.
  engine.runCommands(next.commands, shown);
  return {
    stop() {
      stopped = true;
      untap();
      recorder?.stop();
    },
  };
}
