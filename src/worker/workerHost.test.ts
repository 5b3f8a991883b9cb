import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import type { FrameMessage, MetricsMessage, WorkerMessage } from '../protocol/messages';
import { createWorkerHost, FRAME_PARTICLES } from './workerHost';

function example(name: string): TopologyDocument {
  const restored = restore(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

/** A host whose wall clock moves `costPerRead` ms each time it is read (work takes time). */
function host(costPerRead: number) {
  let wall = 0;
  const timers: { at: number; run: () => void }[] = [];
  const posted: WorkerMessage[] = [];
  const handle = createWorkerHost((message) => posted.push(message), {
    now: () => (wall += costPerRead),
    after: (ms, run) => void timers.push({ at: wall + ms, run }),
  });
  const advance = (ms: number) => {
    const end = wall + ms;
    while (timers.length > 0 && wall < end) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift() as { at: number; run: () => void };
      wall = Math.max(wall, next.at);
      next.run();
    }
  };
  const last = <T extends WorkerMessage['type']>(type: T) =>
    posted.filter((m): m is Extract<WorkerMessage, { type: T }> => m.type === type).at(-1);
  return { handle, advance, posted, last };
}

describe('worker host', () => {
  it('says when it cannot keep up with the speed, and runs slower rather than stalling', () => {
    const { handle, advance, last } = host(1);
    handle({ type: 'load', document: example('fan-out'), seed: 1 });
    handle({ type: 'speed', speed: 100 });
    handle({ type: 'play' });
    advance(3000);
    const metrics = last('metrics') as MetricsMessage;
    expect(metrics.keepingUp).toBe(false);
    expect(metrics.snapshot.now).toBeGreaterThan(0);
    expect(metrics.snapshot.now).toBeLessThan(300_000 * 0.95);
  });

  it('keeps up when the work is quick, and posts sampled frames with true counts', () => {
    const { handle, advance, last, posted } = host(0);
    handle({ type: 'load', document: example('fan-out'), seed: 1 });
    handle({ type: 'speed', speed: 2 });
    handle({ type: 'play' });
    advance(2000);
    const metrics = last('metrics') as MetricsMessage;
    expect(metrics.keepingUp).toBe(true);
    // About 4 simulated seconds: the recent latencies cover the last one or two of them.
    const services = Object.entries(metrics.snapshot.nodes).filter(([, m]) => m.kind === 'service');
    expect(services.length).toBeGreaterThan(0);
    for (const [id, m] of services) {
      const recent = metrics.recent[id].latencyMs.count;
      expect(recent).toBeGreaterThan(0);
      expect(m.kind === 'service' && recent < m.latencyMs.count).toBe(true);
    }
    const frame = last('frame') as FrameMessage;
    expect(frame.count).toBeLessThanOrEqual(FRAME_PARTICLES);
    const total = Array.from(frame.edgeCounts).reduce((a, b) => a + b, 0);
    expect(total).toBe(frame.inFlight);
    // Frames at most 60 a second: 2 s of wall time, about 120.
    expect(posted.filter((m) => m.type === 'frame').length).toBeLessThanOrEqual(125);
  });

  it('reports an error instead of throwing when a command fails', () => {
    const { handle, last } = host(0);
    handle({ type: 'load', document: example('checkout'), seed: 1 });
    handle({ type: 'edit', document: null as unknown as TopologyDocument });
    expect(last('error')?.message).toBeTruthy();
  });
});
