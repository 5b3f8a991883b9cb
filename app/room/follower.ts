// A student's side of a room: every time the room's state changes, show its document and lesson
// and bring the engine to the teacher's moment (see src/room/followCommands). While following,
// the playback controls of this tab are the teacher's: the store's engine is a stand-in that
// refuses them with a word; tracing and watching projections stay this student's own.
import type { Command } from '../../src/protocol/messages';
import { followCommands, type Followed } from '../../src/room/followCommands';
import { alignTo } from '../../src/room/timeBeacon';
import type { RoomState } from '../../src/room/replay';
import type { EngineClient } from '../engine/engineClient';
import type { SimulationControls } from '../store/simulationSlice';
import type { EditorStore } from '../store/store';
import { watchClock } from './roomClock';

export interface Follower {
  /** Show the room's state (call on every change). */
  show(room: RoomState): void;
  /** The teacher's run stands at simulated `at` now (a beacon): come to it while both play. */
  align(at: number): void;
  /** Stop following: the engine and controls are this student's again (a branch). */
  stop(): void;
}

/** The controls while following: the teacher runs the room. */
function followingControls(store: EditorStore, engine: EngineClient): SimulationControls {
  const refuse = () => store.getState().notify('info', 'The teacher runs this room', ['Branch to run and change a copy of your own.']);
  return {
    play: refuse,
    pause: refuse,
    step: refuse,
    setSpeed: refuse,
    reset: refuse,
    applyFault: refuse,
    seek: refuse,
    compareWith: refuse,
    runTo: refuse,
    traceKey: (key) => engine.traceKey(key),
    showJourney: (id) => engine.showJourney(id),
    watchProjection: (node, keys) => engine.watchProjection(node, keys),
    watchProcessor: (node) => engine.watchProcessor(node),
  };
}

/** Follow the room in `store`, driving `engine`. */
export function followRoom(store: EditorStore, engine: EngineClient): Follower {
  let followed: Followed | null = null;
  let shownDocument: RoomState['document'] = null;
  let shownLesson: RoomState['lesson'] | undefined;
  let shown: RoomState | null = null;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const s = () => store.getState();
  const clock = watchClock(engine, () => shown?.clock.speed ?? s().speed);
  s().setReadOnly(true);
  s().attachEngine(followingControls(store, engine));

  return {
    show(room) {
      clearTimeout(waiting);
      waiting = undefined;
      shown = room;
      if (room.document && room.document !== shownDocument) {
        // Read-only: the document replaces the view without entering history or autosave. The
        // first one is fitted to the view; later ones keep the student's view and selection.
        if (shownDocument === null) s().loadDocument(room.document);
        else s().resetDocument(room.document);
        shownDocument = room.document;
      }
      if (room.lesson !== shownLesson) {
        shownLesson = room.lesson;
        s().setLesson(room.lesson && { ...room.lesson });
      }
      const next = followCommands(room, followed);
      if (!next || !room.run) return;
      // The document the engine ends up running is the room's latest topology.
      engine.runCommands(next.commands, next.followed.document);
      followed = next.followed;
    },
    align(at) {
      const room = shown;
      const mine = clock.now();
      if (!room?.clock.playing || !followed?.playing || mine === null || waiting !== undefined) return;
      const { until, speed } = room.clock;
      const play: Command = until === null ? { type: 'play' } : { type: 'play', until };
      const alignment = alignTo(at, mine, speed);
      const running = followed.document;
      // Behind: run exactly to the teacher's moment (the same figures) and play on from there.
      if (alignment.kind === 'jump' && (until === null || alignment.at < until)) engine.runCommands([{ type: 'run-to', at: alignment.at }, play], running);
      if (alignment.kind === 'wait') {
        // Ahead: hold still until the teacher's run has caught up.
        engine.runCommands([{ type: 'pause' }], running);
        waiting = setTimeout(() => {
          waiting = undefined;
          if (shown === room) engine.runCommands([play], running);
        }, alignment.ms);
      }
    },
    stop() {
      clearTimeout(waiting);
      clock.stop();
      s().attachEngine(engine);
      s().setReadOnly(false);
    },
  };
}
