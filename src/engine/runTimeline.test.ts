// The rewind timeline: seeking shows exactly what the run showed at that moment, playing on
// meets the same recorded live faults (the same future), a change after a seek forks the run, and
// thinning keeps the snapshots few without changing any figure.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import type { Simulation } from './api';
import { RunTimeline } from './runTimeline';
import { createSimulation } from './simulation';

function example(name: string): TopologyDocument {
  const restored = restoreText(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

// A digest keeps a failure's message short; equal texts give equal digests.
const figures = (sim: Simulation) => createHash('sha256').update(JSON.stringify({ metrics: sim.snapshot(), recent: sim.recent() })).digest('hex');
const doc = example('call-chain');

/** A run without rewinding whose Email is slowed 10× for 5 s at 20 s, run to `until`. */
function emailSlowedAt20s(until: number): Simulation {
  const sim = createSimulation(doc);
  sim.trackRecent();
  sim.runUntil(20_000);
  sim.applyFault('email', { type: 'slow', factor: 10 }, 5000);
  sim.runUntil(until);
  return sim;
}

/** The figures a run without rewinding shows at each of `times`, with a live crash at 30 s. */
function straight(times: number[], crashAt = 30_000): string[] {
  const sim = createSimulation(doc);
  sim.trackRecent();
  let crashed = false;
  return times.map((t) => {
    if (!crashed && t >= crashAt) {
      sim.runUntil(crashAt);
      sim.applyFault('analytics', { type: 'crash' }, 10_000);
      crashed = true;
    }
    sim.runUntil(t);
    return figures(sim);
  });
}

function timeline(options = { interval: 2000 }): RunTimeline {
  return new RunTimeline(doc, doc.seed, options, (sim) => sim.trackRecent());
}

describe('RunTimeline', () => {
  it('seeking back and forth shows what the run showed then; playing on keeps the same future', () => {
    const expected = straight([12_345, 35_000, 80_000]);
    const run = timeline();
    run.runUntil(30_000);
    run.applyFault('analytics', { type: 'crash' }, 10_000);
    run.runUntil(80_000);
    run.seek(35_000);
    expect(figures(run.sim)).toBe(expected[1]);
    run.seek(12_345);
    expect(figures(run.sim)).toBe(expected[0]);
    run.seek(35_000);
    expect(figures(run.sim)).toBe(expected[1]);
    // From before the live crash, play on: the crash comes again at 30 s.
    run.seek(12_345);
    run.runUntil(80_000);
    expect(figures(run.sim)).toBe(expected[2]);
    expect(run.reached).toBe(80_000);
  });

  it('a fault applied after seeking back forks the run: the old future is gone', () => {
    const run = timeline();
    run.runUntil(30_000);
    run.applyFault('analytics', { type: 'crash' }, 10_000);
    run.runUntil(80_000);
    run.seek(20_000);
    run.applyFault('email', { type: 'slow', factor: 10 }, 5000);
    expect(run.reached).toBe(20_000);
    run.runUntil(60_000);
    const fork = emailSlowedAt20s(60_000);
    expect(figures(run.sim)).toBe(figures(fork));
    // Seeking cannot go past the fork's frontier.
    run.seek(75_000);
    expect(run.now).toBe(60_000);
  });

  it('thins its snapshots on a long run, and seeks stay exact', () => {
    const expected = straight([7_777, 170_001]);
    const run = new RunTimeline(doc, doc.seed, { interval: 1000, maxSnapshots: 8 }, (sim) => sim.trackRecent());
    run.runUntil(30_000);
    run.applyFault('analytics', { type: 'crash' }, 10_000);
    run.runUntil(180_000);
    expect(run.stored.snapshots).toBeLessThanOrEqual(8);
    expect(run.snapshotInterval).toBeGreaterThanOrEqual(16_000);
    run.seek(170_001);
    expect(figures(run.sim)).toBe(expected[1]);
    run.seek(7_777);
    expect(figures(run.sim)).toBe(expected[0]);
  });

  it('where the user scrubs, seeks re-simulate at most the fine interval, and show exactly what the run showed', () => {
    const times = [151_000, 149_500, 140_250, 131_000, 132_500, 150_900];
    // (One straight run per moment: the moments are not in order, and a run only goes forward.)
    const expected = times.map((t) => straight([t])[0]);
    const run = new RunTimeline(doc, doc.seed, { interval: 1000, maxSnapshots: 8 }, (sim) => sim.trackRecent());
    run.runUntil(30_000);
    run.applyFault('analytics', { type: 'crash' }, 10_000);
    run.runUntil(180_000);
    // Sparse far back: a first seek there re-simulates up to the sparse interval.
    expect(run.distanceTo(times[0])).toBeGreaterThan(2000);
    run.seek(times[0]);
    expect(figures(run.sim)).toBe(expected[0]);
    // Dragging back over the stretch before it (and a little forward) now re-simulates ≤ 2 s.
    for (const [i, t] of times.entries()) {
      if (i === 0) continue;
      expect(run.distanceTo(t)).toBeLessThanOrEqual(2000);
      run.seek(t);
      expect(figures(run.sim)).toBe(expected[i]);
    }
    expect(run.stored.snapshots).toBeLessThanOrEqual(8 + 32);
  });

  it('a fault after a seek drops the fine snapshots of the future it forgets', () => {
    const run = timeline();
    run.runUntil(60_000);
    run.seek(50_000);
    run.seek(20_000);
    run.applyFault('email', { type: 'slow', factor: 10 }, 5000);
    run.runUntil(55_000);
    const fork = emailSlowedAt20s(45_000);
    run.seek(45_000);
    expect(figures(run.sim)).toBe(figures(fork));
  });

  it('while playing, fine snapshots behind the present make a pause and a step back cheap', () => {
    const [at51, at59] = straight([51_500, 59_000]);
    const run = timeline({ interval: 20_000 });
    for (let t = 250; t <= 30_000; t += 250) run.runUntil(t);
    run.applyFault('analytics', { type: 'crash' }, 10_000);
    for (let t = 30_250; t <= 60_000; t += 250) {
      run.runUntil(t);
      run.markNear();
    }
    expect(run.distanceTo(59_000)).toBeLessThanOrEqual(2000);
    expect(run.distanceTo(51_500)).toBeLessThanOrEqual(2000);
    run.seek(59_000);
    expect(figures(run.sim)).toBe(at59);
    run.seek(51_500);
    expect(figures(run.sim)).toBe(at51);
  });
});
