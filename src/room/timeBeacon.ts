// Keeping followers at the teacher's simulated time while both play. Each page plays on its own
// wall clock from the moment it hears `play`, so a student starts a network hop late and a slow
// machine falls further behind. About once a second the teacher's page says where its run stands
// (a beacon, signed, after the last command it signed). A student more than a few milliseconds of
// wall time behind it runs forward exactly to it (deterministic: the same figures); one ahead of
// it (a teacher whose engine started late) holds still for the difference. A beacon can arrive
// late, never early, so being behind is certain and being ahead only likely: a student waits only
// for a larger difference, and the next beacon undoes a wait that was too long.

import { LIMITS } from '../model/limits';

/** Wall ms between two beacons while the teacher plays. */
export const BEACON_INTERVAL_MS = 1000;
/** Wall ms a follower may be behind before it runs forward (smaller corrections would only jitter). */
export const ALIGN_TOLERANCE_MS = 8;
/** Wall ms a follower may seem ahead before it waits (a beacon read late makes it seem ahead). */
export const AHEAD_TOLERANCE_MS = 25;

/** The text of a beacon: the teacher's simulated time. */
export function beaconText(at: number): string {
  return JSON.stringify({ at });
}

/** The simulated time a beacon's text gives, or null when it is not one. */
export function readBeacon(text: string): number | null {
  try {
    const raw: unknown = JSON.parse(text);
    const at = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).at : undefined;
    return typeof at === 'number' && Number.isFinite(at) && at >= 0 && at <= LIMITS.timeMs ? at : null;
  } catch {
    return null;
  }
}

/** What a playing follower does about a beacon: nothing, run forward to `at`, or wait `ms` of wall time. */
export type Alignment = { kind: 'none' } | { kind: 'jump'; at: number } | { kind: 'wait'; ms: number };

/** How a follower at simulated `mine` aligns to the teacher's `theirs`, both playing at `speed`×. */
export function alignTo(theirs: number, mine: number, speed: number): Alignment {
  const behind = (theirs - mine) / speed;
  if (behind > ALIGN_TOLERANCE_MS) return { kind: 'jump', at: theirs };
  if (-behind > AHEAD_TOLERANCE_MS) return { kind: 'wait', ms: -behind };
  return { kind: 'none' };
}
