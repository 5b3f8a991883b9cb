// The teacher's side of a room: watches the teacher's engine (every command to the worker and
// every answer) and the store, and says what happened as room commands with exact simulated times.
// A pause or a step is recorded with the time the worker reports when it has stopped; a live fault
// with the time the worker applied it; a live edit with the time of the frame it answered with.
import type { RoomCommand, RoomLesson } from '../../src/room/commands';
import type { TopologyDocument } from '../../src/model/types';
import type { EngineClient } from '../engine/engineClient';
import type { EditorStore } from '../store/store';
import type { LessonProgress } from '../teach/teachSlice';

/** As the engine client takes rates: over at least this many simulated ms, from at most this many figures. */
const RATE_WINDOW_MS = 1000;
const MAX_RATE_SNAPSHOTS = 60;

/** Wall ms the recorder waits after a document change before recording it (a drag is one edit). */
export const DOCUMENT_SETTLE_MS = 250;

export interface Recorder {
  stop(): void;
}

/** Where a resumed room's run stands (a teacher's reload): the recorder carries on from there. */
export interface RecordFrom {
  document: TopologyDocument;
  seed: number;
  /** The room's time. */
  at: number;
  /** The document the room shows. */
  shown: TopologyDocument;
}

function roomLesson(lesson: LessonProgress | null): RoomLesson | null {
  return lesson && { id: lesson.id, step: lesson.step, phase: lesson.phase, until: lesson.until, checks: lesson.checks.map((c) => ({ ...c })) };
}

/** Record the teacher's run as room commands; `emit` sends each one, `later` delays (tests pass their own). */
export function recordTeacher(
  store: EditorStore,
  engine: EngineClient,
  emit: (command: RoomCommand) => void,
  later: (run: () => void, ms: number) => void = (run, ms) => void setTimeout(run, ms),
  from: RecordFrom | null = null,
): Recorder {
  const state = () => store.getState();
  /** Simulated ms the engine stands at, as far as its messages tell. */
  let known = 0;
  /** Time of the last command sent: times only go forward. */
  let lastAt = 0;
  let awaitingStop: 'pause' | 'step' | null = null;
  let stopAt: { kind: 'pause' | 'step'; at: number } | null = null;
  /** Edits sent since the last load, and the ones already recorded. */
  let editsSent = 0;
  let editsRecorded = 0;
  const pendingEdits: TopologyDocument[] = [];
  let loaded: { document: TopologyDocument; seed: number } | null = null;
  /** The document the room has last been told about. */
  let told: TopologyDocument | null = null;
  let settleQueued = false;
  /** Times of the metrics the teacher's engine client has seen, as it keeps them for its rates. */
  let seen: number[] = [];
  // As the engine client picks the base of its rates: the newest figures a second or more old.
  const rateFrom = (time: number, before: number[] = seen): number | null => {
    let base: number | null = before[0] ?? null;
    for (const old of before) if (old <= time - RATE_WINDOW_MS) base = old;
    return base;
  };

  const at = (time: number) => {
    lastAt = Math.max(lastAt, time);
    return lastAt;
  };
  const load = (document: TopologyDocument, seed: number) => {
    if (loaded && loaded.document === document && loaded.seed === seed && lastAt === 0 && editsSent === 0) return;
    loaded = { document, seed };
    told = document;
    known = 0;
    lastAt = 0;
    seen = [];
    editsSent = 0;
    editsRecorded = 0;
    pendingEdits.length = 0;
    emit({ kind: 'load', document, seed });
  };

  const untap = engine.tap({
    sent(command) {
      switch (command.type) {
        case 'load':
          load(command.document, command.seed);
          return;
        case 'play':
          awaitingStop = null;
          emit({ kind: 'play', at: at(known), speed: state().speed, until: command.until ?? null });
          return;
        case 'pause':
        case 'step':
          awaitingStop = command.type;
          return;
        case 'speed':
          if (loaded) emit({ kind: 'speed', at: at(known), speed: command.speed });
          return;
        case 'edit':
          editsSent++;
          pendingEdits.push(command.document);
          told = command.document;
          return;
        default:
          return;
      }
    },
    received(message) {
      switch (message.type) {
        case 'frame':
          known = message.now;
          while (editsRecorded < message.edits && pendingEdits.length > 0) {
            editsRecorded++;
            emit({ kind: 'edit', at: at(message.now), document: pendingEdits.shift() as TopologyDocument });
          }
          if (awaitingStop && !message.playing) {
            // The stop's own metrics come right after this frame.
            stopAt = { kind: awaitingStop, at: message.now };
            awaitingStop = null;
          }
          return;
        case 'metrics':
          if (seen.length > 0 && seen[seen.length - 1] > message.snapshot.now) seen = [];
          if (stopAt && message.snapshot.now === stopAt.at) {
            emit({ kind: stopAt.kind, at: at(stopAt.at), rateFrom: rateFrom(stopAt.at) });
            stopAt = null;
          }
          seen.push(message.snapshot.now);
          if (seen.length > MAX_RATE_SNAPSHOTS) seen.shift();
          return;
        case 'fault-applied':
          known = message.at;
          emit({ kind: 'fault', at: at(message.at), node: message.node, action: message.action, duration: message.duration });
          return;
        case 'stopped':
          // Its frame and metrics came first: the last figures seen are the stop's own.
          known = message.at;
          emit({ kind: 'pause', at: at(message.at), rateFrom: rateFrom(message.at, seen.slice(0, -1)) });
          return;
        default:
          return;
      }
    },
  });

  // A change the engine does not hear of (positions, names, the fault script, or any change while
  // nothing runs) is told to the room once it settles; one the engine heard of was told above.
  const settle = () => {
    settleQueued = false;
    const s = state();
    if (s.document === told) return;
    if (s.status === 'idle' || !loaded) load(s.document, s.document.seed);
    else {
      told = s.document;
      emit({ kind: 'edit', at: at(known), document: s.document });
    }
  };
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.lesson !== previous.lesson) emit({ kind: 'lesson', lesson: roomLesson(s.lesson) });
    // Back at time 0 (a reset, a new seed, another document opened): a new run for everyone.
    if (s.status === 'idle' && previous.status !== 'idle') {
      loaded = null;
      load(s.document, s.document.seed);
    }
    if (s.document !== previous.document && !settleQueued) {
      settleQueued = true;
      later(settle, DOCUMENT_SETTLE_MS);
    }
  });

  const s = state();
  if (from) {
    // A resumed room: its run goes on where the room stands, nothing is sent again.
    loaded = { document: from.document, seed: from.seed };
    told = from.shown;
    known = from.at;
    lastAt = from.at;
  } else {
    // The room starts with what is on screen, at time 0: a run under way starts afresh for everyone.
    if (s.status !== 'idle') s.reset();
    else load(s.document, s.document.seed);
    if (s.lesson) emit({ kind: 'lesson', lesson: roomLesson(s.lesson) });
  }
  return {
    stop() {
      untap();
      unsubscribe();
    },
  };
}
