// The run as far as it went, for seeking back: every chart point of A and of B (the archive), how far
// the engine got, whether the screen shows a moment sought back to, and the seek a drag on the
// timeline queues behind the one the worker has not answered yet.
import type { MetricsSnapshot } from '../../src/engine/api';
import type { MetricsMessage } from '../../src/protocol/messages';
import { appendSnapshot, type MetricsHistory } from './metricsHistory';
import { createRateWindow, type RateWindow } from './rateWindow';
import { archiveLatest, emptyArchive, historyAt, wholeHistory, type RunArchive } from './runArchive';

/** A (the document on the canvas) or B (compare mode's other one). */
export type Side = 'a' | 'b';

export interface RewindTimeline {
  /** Sought back and not played on since: charts show the archive up to then, adding nothing. */
  rewound(): boolean;
  /** The end of the timeline, in simulated ms, as the latest frame told. */
  reached(): number;
  reach(at: number): void;
  /** A new run: nothing to rewind to, no archived chart points. */
  forget(): void;
  /** B changed (or compare mode ended): B's chart points start over. */
  forgetCompare(): void;
  /** Playing, stepping or changing the run after a seek continues it from there. */
  goOn(): void;
  /** The chart of `side` with `snapshot`: `previous` plus that point, or the archive's at a moment sought back to. */
  chart(side: Side, previous: MetricsHistory, snapshot: MetricsSnapshot, recent: MetricsMessage['recent']): MetricsHistory;
  /** Every chart point of `side` up to simulated ms `until`. */
  whole(side: Side, until: number): MetricsHistory;
  /** Seek to `at`: the time to ask the worker for, or null when it waits for the seek in flight. */
  seek(at: number): number | null;
  /** The worker answered (its metrics came): the seek that waited meanwhile, if any. */
  answered(): number | null;
  /** Drop the seek in flight and the one waiting (a reset). */
  cancelSeeks(): void;
}

interface Series {
  archive: RunArchive;
  rates: RateWindow;
}

export function createRewindTimeline(): RewindTimeline {
  const sides: Record<Side, Series> = {
    a: { archive: emptyArchive(), rates: createRateWindow() },
    b: { archive: emptyArchive(), rates: createRateWindow() },
  };
  let rewound = false;
  let reached = 0;
  // Dragging the timeline sends many seeks: only one is in the worker at a time, the latest waits.
  let seekInFlight = false;
  let nextSeek: number | null = null;

  const restart = (side: Side) => {
    sides[side].archive = emptyArchive();
    sides[side].rates.clear();
  };

  return {
    rewound: () => rewound,
    reached: () => reached,
    reach(at) {
      reached = at;
    },
    forget() {
      restart('a');
      restart('b');
      rewound = false;
      reached = 0;
    },
    forgetCompare: () => restart('b'),
    goOn() {
      rewound = false;
      nextSeek = null;
    },
    chart(side, previous, snapshot, recent) {
      const { archive, rates } = sides[side];
      const base = rates.base(snapshot);
      if (rewound) return historyAt(archive, snapshot.now / 1000);
      const history = appendSnapshot(previous, base, snapshot, recent);
      archiveLatest(archive, history);
      return history;
    },
    whole: (side, until) => wholeHistory(sides[side].archive, until),
    seek(at) {
      if (seekInFlight) {
        nextSeek = at;
        return null;
      }
      seekInFlight = true;
      rewound = true;
      sides.a.rates.clear();
      sides.b.rates.clear();
      return Math.max(0, Math.min(at, reached));
    },
    answered() {
      if (!seekInFlight) return null;
      seekInFlight = false;
      const at = nextSeek;
      nextSeek = null;
      return at;
    },
    cancelSeeks() {
      seekInFlight = false;
      nextSeek = null;
    },
  };
}
