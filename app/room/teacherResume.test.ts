// A teacher's reload, on the real engine client and worker host: a fresh page resumes the room
// from its commands, stands exactly where the teacher's first page stood, and records on from
// there without a new run, so a student following both ends with the same figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { restore } from '../../src/model/restore';
import type { RoomCommand } from '../../src/room/commands';
import { replay } from '../../src/room/replay';
import { harness } from '../engine/testing/harness';
import { followRoom } from './follower';
import { recordTeacher } from './teacherRecorder';
import { resumeTeacher } from './teacherResume';

function checkout() {
  const restored = restore(JSON.parse(readFileSync('public/examples/checkout.json', 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

/** The figures, utilization to 12 significant digits (an integral the engine splits where figures were read). */
function figures(metrics: unknown): unknown {
  return JSON.parse(JSON.stringify(metrics, (key, value: unknown) => (key === 'utilization' && typeof value === 'number' ? Number(value.toPrecision(12)) : value))) as unknown;
}

describe('resumeTeacher', () => {
  it('a reloaded teacher stands at the room’s moment, goes on without a new run, and the student follows exactly', async () => {
    const commands: string[] = [];
    const emit = (command: RoomCommand) => commands.push(JSON.stringify(command));
    const first = harness(checkout());
    recordTeacher(first.store, first.client, emit, () => undefined);
    first.s().setSpeed(5);
    first.s().play(6_000);
    while (first.s().status === 'playing') first.advance(41);
    first.s().applyFault('email', { type: 'slow', factor: 20 }, null);
    const before = commands.length;

    // The reload: another page, with other work on screen, resumes from the room's log.
    const reloaded = harness(emptyDocument('Other work'));
    const room = replay(commands).state;
    resumeTeacher(reloaded.store, reloaded.client, room, emit);
    reloaded.advance(10);
    await Promise.resolve();
    // The room's document, the live fault not added to its script a second time, and nothing told to the room again.
    expect(reloaded.s().document).toBe(room.document);
    expect(reloaded.s().readOnly).toBe(false);
    expect(reloaded.s().now).toBe(first.s().now);
    expect(figures(reloaded.s().metrics)).toEqual(figures(first.s().metrics));
    expect(commands.length).toBe(before);

    reloaded.s().play(9_000);
    while (reloaded.s().status === 'playing') reloaded.advance(37);
    const kinds = commands.slice(before).map((c) => (JSON.parse(c) as RoomCommand).kind);
    expect(kinds).not.toContain('load');
    expect(kinds).toContain('play');

    const student = harness(emptyDocument());
    followRoom(student.store, student.client).show(replay(commands).state);
    student.advance(10);
    expect(student.s().now).toBe(9_000);
    expect(figures(student.s().metrics)).toEqual(figures(reloaded.s().metrics));
  });
});
