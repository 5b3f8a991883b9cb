// The teacher's recorder and a student's follower, each on the real engine client and worker host
// (in-process, manual clocks): what the teacher does, recorded as room commands, checked and
// replayed by the student, gives the student exactly the teacher's figures and rates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { restore } from '../../src/model/restore';
import type { RoomCommand } from '../../src/room/commands';
import { replay } from '../../src/room/replay';
import { harness } from '../engine/testing/harness';
import { followRoom } from './follower';
import { recordTeacher } from './teacherRecorder';

function checkout() {
  const restored = restore(JSON.parse(readFileSync('public/examples/checkout.json', 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

function room() {
  const teacher = harness(checkout());
  const commands: string[] = [];
  const settles: (() => void)[] = [];
  const recorder = recordTeacher(teacher.store, teacher.client, (command: RoomCommand) => commands.push(JSON.stringify(command)), (run) => settles.push(run));
  const student = harness(emptyDocument());
  const follower = followRoom(student.store, student.client);
  const sync = () => {
    for (const run of settles.splice(0)) run();
    const { state, refusals } = replay(commands);
    expect(refusals).toEqual([]);
    follower.show(state);
  };
  return { teacher, student, commands, sync, recorder };
}

/**
 * What the screen shows of a run: the figures, and the latest rate of every node. Utilization is
 * an integral the engine splits at every snapshot it takes, so its last bits depend on when
 * figures were read: it is compared to 12 significant digits (the screen shows whole percents).
 */
function shown(s: ReturnType<ReturnType<typeof harness>['s']>) {
  const rates = Object.fromEntries(Object.entries(s.metricsHistory.nodes).map(([id, series]) => [id, series.throughput[series.throughput.length - 1]]));
  const text = JSON.stringify({ now: s.now, status: s.status, metrics: s.metrics, rates }, (key, value: unknown) =>
    key === 'utilization' && typeof value === 'number' ? Number(value.toPrecision(12)) : value,
  );
  return JSON.parse(text) as unknown;
}

describe('a workshop room', () => {
  it('gives the student the teacher’s figures and rates: play, a live slow on Email at 10 s, pause at an odd time', () => {
    const { teacher, student, commands, sync } = room();
    const t = teacher.s();
    t.setSpeed(5);
    t.play(10_000);
    while (teacher.s().status === 'playing') teacher.advance(37);
    expect(teacher.s().now).toBe(10_000);
    t.applyFault('email', { type: 'slow', factor: 20 }, null);
    t.play();
    teacher.advance(911);
    t.pause();
    sync();
    expect(shown(student.s())).toEqual(shown(teacher.s()));
    expect(teacher.s().now).toBeGreaterThan(14_000);
    const kinds = commands.map((c) => (JSON.parse(c) as RoomCommand).kind);
    expect(kinds).toEqual(['load', 'play', 'pause', 'fault', 'play', 'pause', 'edit']);
    expect(student.s().document.faults.at(-1)).toMatchObject({ node: 'email', at: 10_000, factor: 20 });
  });

  it('a student who follows while the teacher plays ends up at the teacher’s moment after the pause', () => {
    const { teacher, student, sync } = room();
    teacher.s().setSpeed(10);
    teacher.s().play();
    sync();
    expect(student.s().status).toBe('playing');
    teacher.advance(700);
    student.advance(650);
    teacher.s().pause();
    sync();
    expect(student.s().status).toBe('paused');
    expect(shown(student.s())).toEqual(shown(teacher.s()));
  });

  it('a live edit reaches the student at the teacher’s time: same figures after it', async () => {
    const { teacher, student, sync } = room();
    teacher.s().setSpeed(10);
    teacher.s().play(3000);
    while (teacher.s().status === 'playing') teacher.advance(50);
    const doc = teacher.s().document;
    teacher.s().commit({ ...doc, nodes: doc.nodes.map((n) => (n.id === 'email' && n.kind === 'service' ? { ...n, config: { ...n.config, instances: 3 } } : n)) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    teacher.s().play(6000);
    while (teacher.s().status === 'playing') teacher.advance(50);
    sync();
    expect(student.s().document.nodes.find((n) => n.id === 'email')?.config).toMatchObject({ instances: 3 });
    expect(shown(student.s())).toEqual(shown(teacher.s()));
  });

  it('while following, the student’s own controls are refused with a word and change nothing', () => {
    const { student, sync, teacher } = room();
    teacher.s().step('100ms');
    sync();
    const before = shown(student.s());
    student.s().play();
    student.s().applyFault('email', { type: 'crash' });
    expect(shown(student.s())).toEqual(before);
    expect(student.s().toasts.at(-1)?.title).toBe('The teacher runs this room');
  });
});
