// Whole-engine snapshots for rewind and compare: a deep copy of a running simulation's object
// graph (copyGraph), so state any part of the engine adds is captured without code of its own.
// A snapshot is immutable: restoring copies it again, so one snapshot can be restored many times
// and every restored simulation continues byte-identically to the one it was taken from.
import type { Simulation } from './api';
import { copyGraph, type BufferReuse } from './objectGraph';

/** An opaque, in-memory picture of a simulation at one moment. */
export interface EngineSnapshot {
  /** Simulated time it was taken at, ms. */
  readonly now: number;
  /** Bytes of buffers this snapshot copied (those shared with earlier snapshots are not counted). */
  readonly bytes: number;
  /** Bytes of sealed buffers (full log chunks) it shares with the run, copied by nobody. */
  readonly shared: number;
  /** Objects in the copied graph (a measure of the rest of its size). */
  readonly objects: number;
  readonly state: unknown;
}

/**
 * Snapshots a simulation made by `createSimulation`. Pass one `reuse` map to a series of snapshots
 * of the same run (and to `fromSnapshot` when rewinding it) and they share unchanged buffers.
 */
export function snapshotSimulation(sim: Simulation, reuse: BufferReuse | null = null): EngineSnapshot {
  const { copy, stats } = copyGraph(sim, reuse);
  return { now: sim.now, bytes: stats.copiedBytes, shared: stats.sharedBytes, objects: stats.objects, state: copy };
}

/** A new simulation that continues from a snapshot exactly as the snapshotted one did. */
export function fromSnapshot(snapshot: EngineSnapshot, reuse: BufferReuse | null = null): Simulation {
  return copyGraph(snapshot.state as Simulation, reuse, true).copy;
}

/** Estimated bytes a snapshot holds: its own buffers plus a rough figure per object. */
export function snapshotWeight(snapshot: EngineSnapshot): number {
  return snapshot.bytes + snapshot.objects * BYTES_PER_OBJECT;
}

// V8 spends some 40–100 bytes on a small object with a few fields; rewind budgets with this.
const BYTES_PER_OBJECT = 64;
