import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/simulation';
import { restore } from '../../src/model/restore';
import type { TopologyDocument } from '../../src/model/types';
import { Field, PARTICLE_STRIDE } from '../../src/protocol/frame';
import type { FrameMessage, WorkerMessage } from '../../src/protocol/messages';
import { ComparedLive } from './comparedLive';
import { createWorkerHost } from '../../src/worker/workerHost';

function example(name: string): TopologyDocument {
  const restored = restore(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

function frames(posted: WorkerMessage[]): FrameMessage[] {
  return posted.filter((m): m is FrameMessage => m.type === 'frame');
}

describe("B's particles in compare mode", () => {
  it('ride in every frame, taken at the same moment as A and counted as a run of B alone counts them', () => {
    const posted: WorkerMessage[] = [];
    const handle = createWorkerHost((message) => posted.push(message), { now: () => 0, after: () => {} });
    const a = example('call-chain');
    const b = example('evented');
    handle({ type: 'load', document: a, seed: 7 });
    expect(frames(posted).at(-1)?.compare).toBeUndefined();
    handle({ type: 'compare', document: b });
    handle({ type: 'step', ms: 4321 });
    const frame = frames(posted).at(-1) as FrameMessage;
    const part = frame.compare;
    if (!part) throw new Error('no B part in the frame');
    expect(part.now).toBe(frame.now);
    // B alone, on the same seed, to the same time: the same messages in flight.
    // (Asking once at the start turns on the recording of short hops, as B's first frame did.)
    const alone = createSimulation(b, { seed: 7 });
    alone.inFlightCount();
    alone.runUntil(frame.now);
    expect(part.inFlight).toBe(alone.inFlightCount());
    expect(part.inFlight).toBeGreaterThan(0);
    expect(part.edgeCounts.length).toBe(b.edges.length);
    expect(Array.from(part.edgeCounts).reduce((x, y) => x + y, 0)).toBe(part.inFlight);
    for (let i = 0; i < part.count; i++) expect(part.particles[i * PARTICLE_STRIDE + Field.edgeIndex]).toBeLessThan(b.edges.length);
    // Compare mode ends: frames carry A alone again.
    handle({ type: 'compare', document: null });
    handle({ type: 'step', ms: 100 });
    expect(frames(posted).at(-1)?.compare).toBeUndefined();
  });

  it("B's live frame takes B's part with A's clock and speed, and forgets it on clear", () => {
    const live = new ComparedLive(2);
    const doc = example('evented');
    live.show(doc);
    expect(live.frame.edgeIds).toEqual(doc.edges.map((edge) => edge.id));
    const a = { ...live.frame, receivedAt: 123, playing: true, speed: 5 };
    const part = (now: number) => ({ now, inFlight: 3, particles: new Float64Array(3 * PARTICLE_STRIDE), count: 3, edgeCounts: new Uint32Array([3]) });
    const message = (now: number): FrameMessage => ({ type: 'frame', now, playing: true, inFlight: 0, particles: new Float64Array(0), count: 0, edgeCounts: new Uint32Array(0), edits: 0, compare: part(now) });
    for (const now of [10, 20, 30]) live.receive(message(now), a);
    expect(live.frame.now).toBe(30);
    expect(live.frame.count).toBe(3);
    expect(live.frame.playing).toBe(true);
    expect(live.frame.speed).toBe(5);
    expect(live.frame.receivedAt).toBe(123);
    expect(live.frame.recent.map((r) => r.now)).toEqual([20, 30]);
    const version = live.frame.version;
    live.clear();
    expect(live.frame.version).toBeGreaterThan(version);
    expect(live.frame.count).toBe(0);
    expect(live.frame.recent).toEqual([]);
  });

  it("B's particles take the colour A gives the same event type; a type of B alone gets one after A's", () => {
    const live = new ComparedLive(4);
    live.types(['PaymentCompleted', 'Request', 'Audit'], ['Request', 'OrderPlaced', 'PaymentCompleted']);
    const particles = new Float64Array(3 * PARTICLE_STRIDE);
    for (let i = 0; i < 3; i++) particles[i * PARTICLE_STRIDE + Field.typeIndex] = i;
    const message: FrameMessage = { type: 'frame', now: 5, playing: false, inFlight: 0, particles: new Float64Array(0), count: 0, edgeCounts: new Uint32Array(0), edits: 0, compare: { now: 5, inFlight: 3, particles, count: 3, edgeCounts: new Uint32Array([3]) } };
    live.receive(message, live.frame);
    const types = [0, 1, 2].map((i) => live.frame.particles[i * PARTICLE_STRIDE + Field.typeIndex]);
    expect(types).toEqual([2, 0, 3]);
    expect(live.frame.eventTypes).toEqual(['PaymentCompleted', 'Request', 'Audit']);
  });
});
