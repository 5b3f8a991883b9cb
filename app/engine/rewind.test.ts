// Rewind through the engine client and the worker host: seeking shows the run as it was then
// (figures and charts), and play goes on from there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/simulation';
import { restore } from '../../src/model/restore';
import type { TopologyDocument } from '../../src/model/types';
import { harness } from './testing/harness';

function example(name: string): TopologyDocument {
  const restored = restore(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('rewind', () => {
  it('seeking back shows the figures of that second and cuts the charts there; play goes on', () => {
    const doc = example('checkout');
    const { s, advance } = harness(doc);
    s().setSpeed(10);
    s().play();
    advance(3000);
    const end = s().reached;
    expect(end).toBeGreaterThan(25_000);
    s().seek(12_000);
    expect(s().status).toBe('paused');
    expect(s().now).toBe(12_000);
    const straight = createSimulation(doc);
    straight.trackRecent();
    straight.runUntil(12_000);
    expect(s().metrics).toEqual(straight.snapshot());
    const times = s().metricsHistory.time;
    expect(times[times.length - 1]).toBeLessThanOrEqual(12);
    // A point every 2 simulated seconds at 10×.
    expect(times.length).toBeGreaterThanOrEqual(5);
    // The end of the timeline stays where the run got to; seeking forward shows the later charts.
    expect(s().reached).toBe(end);
    s().seek(20_000);
    expect(s().now).toBe(20_000);
    const later = s().metricsHistory.time;
    expect(later[later.length - 1]).toBeGreaterThan(19);
    s().play();
    advance(500);
    expect(s().now).toBeGreaterThan(20_000);
    expect(s().status).toBe('playing');
  });
});
