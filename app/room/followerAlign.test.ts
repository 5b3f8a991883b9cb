// A following student and the teacher's time beacons, on the real engine client and worker host
// (manual clocks): behind the teacher, the student runs exactly forward to the beacon's time and
// plays on; clearly ahead, it holds still for the difference and then plays on.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

function playingRoom() {
  const commands: string[] = [];
  const teacher = harness(checkout());
  recordTeacher(teacher.store, teacher.client, (command: RoomCommand) => commands.push(JSON.stringify(command)), () => undefined);
  const student = harness(emptyDocument());
  const follower = followRoom(student.store, student.client);
  teacher.s().setSpeed(10);
  teacher.s().play();
  follower.show(replay(commands).state);
  return { teacher, student, follower };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a follower and the teacher’s time beacons', () => {
  it('behind the teacher, runs exactly forward to the beacon’s time and plays on', () => {
    const { teacher, student, follower } = playingRoom();
    teacher.advance(700);
    student.advance(300);
    const at = teacher.client.latestFrame().now;
    expect(at - student.client.latestFrame().now).toBeGreaterThan(3000);
    follower.align(at);
    student.advance(1);
    expect(student.s().status).toBe('playing');
    const now = student.client.latestFrame().now;
    expect(now).toBeGreaterThanOrEqual(at);
    expect(now - at).toBeLessThan(100);
  });

  it('clearly ahead, holds still for the difference, then plays on', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { teacher, student, follower } = playingRoom();
    teacher.advance(300);
    student.advance(700);
    const mine = student.client.latestFrame().now;
    follower.align(teacher.client.latestFrame().now);
    student.advance(100);
    expect(student.s().status).toBe('paused');
    expect(student.client.latestFrame().now).toBe(mine);
    vi.advanceTimersByTime(500);
    expect(student.s().status).toBe('playing');
    // A beacon close enough changes nothing.
    follower.align(student.client.latestFrame().now);
    expect(student.s().status).toBe('playing');
  });
});
