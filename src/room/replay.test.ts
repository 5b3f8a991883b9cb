import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import { createSimulation } from '../engine/simulation';
import { followCommands } from './followCommands';
import { replay } from './replay';
import type { RoomCommand } from './commands';

function doc(): TopologyDocument {
  const restored = restore({
    format: 'eventscape/1',
    name: 'Checkout',
    seed: 3,
    nodes: [
      { id: 'checkout', kind: 'producer', config: { rate: 200 } },
      { id: 'orders', kind: 'topic', config: { partitions: 2 } },
      { id: 'email', kind: 'service', config: { processing: { dist: 'exponential', mean: 4 } } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
    ],
  });
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

const texts = (commands: unknown[]) => commands.map((c) => JSON.stringify(c));
const slow: RoomCommand = { kind: 'fault', at: 10_000, node: 'email', action: { type: 'slow', factor: 20 }, duration: null };

describe('replay', () => {
  it('folds the commands into the document, the run with its effects, and the clock', () => {
    const { state, refusals } = replay(texts([{ kind: 'load', document: doc(), seed: 3 }, { kind: 'play', at: 0, speed: 10, until: null }, slow, { kind: 'pause', at: 14_000.25, rateFrom: 13_000 }]));
    expect(refusals).toEqual([]);
    expect(state.run?.effects).toEqual([{ ...slow }]);
    expect(state.clock).toEqual({ at: 14_000.25, playing: false, speed: 10, until: null, rateFrom: 13_000 });
    expect(state.read).toBe(4);
  });

  it('refuses a forged command and leaves the state exactly as it was', () => {
    const good = texts([{ kind: 'load', document: doc(), seed: 3 }, { kind: 'pause', at: 5000 }]);
    const clean = replay(good).state;
    const forged = replay([...good, JSON.stringify({ kind: 'pause', at: 10 }), JSON.stringify({ kind: 'fault', at: 6000, node: 'ghost', action: { type: 'crash' } })]);
    expect(forged.refusals.map((r) => r.index)).toEqual([2, 3]);
    expect({ ...forged.state, read: 2 }).toEqual(clean);
  });

  it('starts a new run at time 0 on load and on seed', () => {
    const { state } = replay(texts([{ kind: 'load', document: doc(), seed: 3 }, slow, { kind: 'seed', seed: 9 }]));
    expect(state.run).toMatchObject({ number: 2, seed: 9, effects: [] });
    expect(state.clock.at).toBe(0);
  });

  it('carries on from where it stopped when more commands come', () => {
    const all = texts([{ kind: 'load', document: doc(), seed: 3 }, slow, { kind: 'pause', at: 12_000 }]);
    const first = replay(all.slice(0, 2)).state;
    expect(replay(all, first).state).toEqual(replay(all).state);
  });
});

describe('followCommands', () => {
  it('replays the run from 0: load, run exactly to the fault, apply it, run exactly to the room time', () => {
    const { state } = replay(texts([{ kind: 'load', document: doc(), seed: 3 }, slow, { kind: 'play', at: 12_000, speed: 5, until: null }]));
    const follow = followCommands(state, null);
    expect(follow?.commands.map((c) => c.type)).toEqual(['load', 'run-to', 'fault', 'run-to', 'speed', 'play']);
  });

  it('paused, stops at the teacher’s rate base first, so its rates are taken over the same span', () => {
    const { state } = replay(texts([{ kind: 'load', document: doc(), seed: 3 }, slow, { kind: 'pause', at: 14_000, rateFrom: 12_900.5 }]));
    expect(followCommands(state, null)?.commands.filter((c) => c.type === 'run-to')).toEqual([
      { type: 'run-to', at: 10_000 },
      { type: 'run-to', at: 12_900.5 },
      { type: 'run-to', at: 14_000 },
    ]);
  });

  it('from a paused engine at the room time, sends only what is new', () => {
    const base = texts([{ kind: 'load', document: doc(), seed: 3 }, { kind: 'pause', at: 8000 }]);
    const first = followCommands(replay(base).state, null);
    const next = followCommands(replay([...base, JSON.stringify(slow)]).state, first?.followed ?? null);
    expect(next?.commands).toEqual([
      { type: 'run-to', at: 10_000 },
      { type: 'fault', node: 'email', action: { type: 'slow', factor: 20 }, duration: null },
      { type: 'run-to', at: 10_000 },
      { type: 'speed', speed: 1 },
    ]);
  });

  it('gives the figures of the teacher’s run: the fault applied live at 10 s, paused at 14 s', () => {
    // The teacher's engine, driven in uneven slices as a wall clock would, the fault applied live.
    const teacher = createSimulation(doc(), { seed: 3 });
    for (let t = 0; t < 10_000; t += 137.5) teacher.runUntil(t);
    teacher.runUntil(10_000);
    teacher.applyFault('email', { type: 'slow', factor: 20 }, null);
    for (let t = 10_000; t < 14_000; t += 61.25) teacher.runUntil(t);
    teacher.runUntil(14_000);

    // A student replays the room's commands.
    const { state } = replay(texts([{ kind: 'load', document: doc(), seed: 3 }, { kind: 'play', at: 0, speed: 1, until: null }, slow, { kind: 'pause', at: 14_000 }]));
    const student = createSimulation(doc(), { seed: 3 });
    for (const command of followCommands(state, null)?.commands ?? []) {
      if (command.type === 'run-to') student.runUntil(command.at);
      if (command.type === 'fault') student.applyFault(command.node, command.action, command.duration);
    }
    expect(JSON.stringify(student.snapshot())).toBe(JSON.stringify(teacher.snapshot()));
    expect(teacher.snapshot().now).toBe(14_000);
  });
});
