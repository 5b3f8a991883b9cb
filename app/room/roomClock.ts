// Where this page's engine stands in simulated time right now. Frames come from the worker about
// sixty times a second, but a busy page reads them late, and a frame read late makes the run seem
// behind: so the clock takes, over the frames of the last second, the one that puts the run
// furthest ahead against the wall clock (the one read with the least delay). The teacher's page
// publishes it as a signed time beacon about once a second while it plays; a student's compares.
import { BEACON_INTERVAL_MS } from '../../src/room/timeBeacon';
import type { EngineClient } from '../engine/engineClient';

/** Wall ms of frames the clock looks back over. */
const WINDOW_MS = 1000;

export interface RoomClock {
  /** Simulated ms now, or null while the engine does not play. */
  now(): number | null;
  stop(): void;
}

/** Watch `engine`'s frames; `speed` tells how fast it plays. */
export function watchClock(engine: EngineClient, speed: () => number, onPlay: () => void = () => undefined): RoomClock {
  let playing = false;
  let playingAt = 1;
  /** (wall ms, simulated ms − speed × wall ms) of recent frames. */
  let recent: [number, number][] = [];
  const untap = engine.tap({
    sent: () => undefined,
    received(message) {
      if (message.type !== 'frame') return;
      const wall = performance.now();
      const started = message.playing && !playing;
      playing = message.playing;
      // A new play, another speed: the run's place against the wall clock starts afresh.
      if (started || speed() !== playingAt) recent = [];
      playingAt = speed();
      if (!playing) return;
      recent.push([wall, message.now - playingAt * wall]);
      while (recent.length > 1 && recent[0][0] < wall - WINDOW_MS) recent.shift();
      if (started) onPlay();
    },
  });
  return {
    now() {
      if (!playing || recent.length === 0) return null;
      let best = -Infinity;
      for (const [, offset] of recent) best = Math.max(best, offset);
      return best + playingAt * performance.now();
    },
    stop: untap,
  };
}

/** The teacher's beacons: `publish(at)` on the first frame of a play, then every interval while it plays. */
export function publishTime(engine: EngineClient, speed: () => number, publish: (at: number) => void): () => void {
  const clock = watchClock(engine, speed, () => {
    const at = clock.now();
    if (at !== null) publish(at);
  });
  const timer = setInterval(() => {
    const at = clock.now();
    if (at !== null) publish(at);
  }, BEACON_INTERVAL_MS);
  return () => {
    clearInterval(timer);
    clock.stop();
  };
}
