// The workshop room: one teacher, students in browsers of their own, one relay on a loopback port.
// Every student shows the teacher's figures at the same simulated time; a branch runs on its own
// while the others follow; a relay restart loses nothing; forged commands are refused.
import { expect, test } from '@playwright/test';
import { node } from './editorPage';
import { createRoomKeys, signEntry } from '../src/room/signing';
import { askQuestion, expectSameFigures, figures, forge, forgeWith, joinStudent, openPage, playTo, relayPerTest, startTeacher } from './room';

const relay = relayPerTest();

test('a student follows the teacher: play, Email slowed at 10 s, pause; the same figures; branch; forged commands refused; relay restart', async ({ browser }) => {
  test.setTimeout(120_000);
  const { teacher, link, code } = await startTeacher(browser);
  expect(link).toContain(`room=${code}`);
  await expect(teacher.getByTestId('room-qr')).toBeVisible();
  const student = await joinStudent(browser, link);
  await expect(teacher.getByTestId('room-following')).toHaveAttribute('data-count', '1');

  // The teacher moves the example's Email slowdown to exactly 10 s, plays past it, pauses.
  await node(teacher, 'email').click();
  await node(student, 'email').click();
  const at = teacher.getByTestId('fault-0').getByLabel('At (ms)');
  await at.fill('10000');
  await at.press('Enter');
  await expect(student.getByTestId('fault-0').getByLabel('At (ms)')).toHaveValue('10000');
  await playTo(teacher, 14, '5');
  const shown = await expectSameFigures(teacher, student);
  expect(Number(/\|(\d+)\|/.exec(shown['live-lag-email'])?.[1])).toBeGreaterThan(20);

  // A live fault from the node's menu, where the teacher paused: the same on every screen.
  await node(teacher, 'payments').click({ button: 'right' });
  await teacher.getByTestId('fault-slow-value').fill('20');
  await teacher.getByTestId('fault-slow').click();
  await playTo(teacher, 16, '5');
  await expectSameFigures(teacher, student);
  await teacher.screenshot({ path: 'test-results/room-teacher.png' });
  await student.screenshot({ path: 'test-results/room-student.png' });

  // Forged entries, written by a Node client that knows the code: unsigned, signed by another key,
  // and a copy of the teacher's own first command played again. Every screen refuses them and
  // says so; nothing changes for the student; the teacher takes the forged ones out of the log.
  const before = await figures(student);
  await forge(code, JSON.stringify({ kind: 'fault', at: 20000, node: 'payments', action: { type: 'crash' }, duration: null }));
  await expect(teacher.getByTestId('room-refusals')).toContainText('not signed by the teacher');
  await expect(student.getByTestId('room-refused')).toContainText('not signed by the teacher');
  const forger = await createRoomKeys();
  await forge(code, await signEntry(forger.privateKey, code, 999, JSON.stringify({ kind: 'seed', seed: 7 })));
  await expect(teacher.getByTestId('room-refusals')).toContainText('command #999: the signature is not the teacher’s');
  await expect(student.getByTestId('room-refused')).toContainText('the signature is not the teacher’s');
  let logLength = 0;
  await forgeWith(code, (log) => {
    log.push([log.get(0)]);
    logLength = log.length;
  });
  await expect(teacher.getByTestId('room-refusals')).toContainText('command #1 was already taken (a copy played again)');
  await expect(student.getByTestId('room-refused')).toContainText('command #1 was already taken');
  expect(await figures(student)).toEqual(before);
  await expect(student.getByTestId('sim-clock')).toHaveAttribute('data-status', 'paused');
  await forgeWith(code, (log) => expect(log.length).toBe(logLength - 1));
  await teacher.screenshot({ path: 'test-results/room-forged-teacher.png' });
  await student.screenshot({ path: 'test-results/room-forged-student.png' });

  // The relay goes away and comes back empty: the room comes back from the clients, nobody loses anything.
  await relay.stop();
  await expect(teacher.getByTestId('room-status')).not.toHaveAttribute('data-status', 'connected');
  await playTo(teacher, 19, '5');
  await relay.start();
  await expect(teacher.getByTestId('room-status')).toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
  await expectSameFigures(teacher, student);

  // A branch runs on its own; following again brings back the teacher's moment.
  await student.getByTestId('room-branch').click();
  await expect(teacher.getByTestId('room-branched')).toHaveAttribute('data-count', '1');
  await playTo(student, 22, '5');
  await node(student, 'analytics').click();
  await student.keyboard.press('Delete');
  await expect(node(student, 'analytics')).toHaveCount(0);
  await expect(node(teacher, 'analytics')).toHaveCount(1);
  await student.getByTestId('room-follow').click();
  await expect(node(student, 'analytics')).toHaveCount(1);
  await expectSameFigures(teacher, student);
  await expect(teacher.getByTestId('room-following')).toHaveAttribute('data-count', '1');
});

test('ten browsers: the teacher steps through a lesson, nine students show the same step and figures; one branches and edits while the others follow', async ({ browser }) => {
  test.setTimeout(240_000);
  const { teacher, link } = await startTeacher(browser);
  const students = [];
  for (let i = 0; i < 9; i++) students.push(await joinStudent(browser, link));
  await expect(teacher.getByTestId('room-following')).toHaveAttribute('data-count', '9');

  await teacher.getByTestId('playback-speed').selectOption('10');
  await teacher.getByTestId('tool-lessons').click();
  await teacher.getByTestId('lessons-dialog').getByTestId('lesson-event-storms').click();
  const panel = teacher.getByTestId('lesson-panel');
  for (const student of students) await expect(student.getByTestId('lesson-step-title')).toHaveText(await panel.getByTestId('lesson-step-title').innerText());

  // Step 1 plays 10 s and pauses exactly there; step 2 applies the flash sale (a fault) and runs 3 s more.
  for (let step = 0; step < 2; step++) {
    await panel.getByTestId('lesson-action').click();
    await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
    for (const student of students) {
      await expect(student.getByTestId('lesson-panel')).toHaveAttribute('data-step', String(step));
      await expectSameFigures(teacher, student);
    }
    await panel.getByTestId('lesson-next').click();
  }
  await expect(teacher.getByTestId('sim-clock')).toHaveText(/0:13/);
  await students[0].screenshot({ path: 'test-results/room-ten-student.png' });

  // One student branches and edits; the rest keep following the next step.
  const [brancher, ...followers] = students;
  await brancher.getByTestId('room-branch').click();
  await expect(teacher.getByTestId('room-branched')).toHaveAttribute('data-count', '1');
  await node(brancher, 'loyalty').click();
  await brancher.keyboard.press('Delete');
  await expect(node(brancher, 'loyalty')).toHaveCount(0);
  await panel.getByTestId('lesson-action').click();
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  for (const student of followers) {
    await expect(node(student, 'loyalty')).toHaveCount(1);
    await expectSameFigures(teacher, student);
  }
  await expect(node(brancher, 'loyalty')).toHaveCount(0);
  await teacher.screenshot({ path: 'test-results/room-ten-teacher.png' });
});

test('a room link with no relay to reach says so and shows the document from the link, read-only', async ({ browser }) => {
  const { teacher, link } = await startTeacher(browser);
  await relay.stop();
  const student = await openPage(browser);
  await student.goto(link);
  await expect(student.getByTestId('room-bar')).toHaveAttribute('data-status', 'unreachable', { timeout: 15_000 });
  await expect(student.getByTestId('room-bar-status')).toContainText('cannot be reached');
  await expect(node(student, 'email')).toBeVisible();
  await expect(student.getByTestId('tool-new')).toHaveCount(0);
  await student.screenshot({ path: 'test-results/room-unreachable.png' });
  await relay.start();
  await expect(student.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected', { timeout: 20_000 });
  await expect(teacher.getByTestId('room-following')).toHaveAttribute('data-count', '1');
});

test('the teacher asks a question; the students’ answers are counted live', async ({ browser }) => {
  const { teacher, link } = await startTeacher(browser);
  const students = [await joinStudent(browser, link), await joinStudent(browser, link)];
  await askQuestion(teacher, 'Which service falls over first?', ['Email', 'Payments']);
  await expect(students[0].getByTestId('room-question')).toContainText('Which service falls over first?');
  await students[0].getByTestId('room-answer-0').click();
  await students[1].getByTestId('room-answer-1').click();
  await expect(teacher.getByTestId('room-count-0')).toHaveText('1');
  await expect(teacher.getByTestId('room-count-1')).toHaveText('1');
  await students[1].getByTestId('room-answer-0').click();
  await expect(teacher.getByTestId('room-count-0')).toHaveText('2');
  await expect(teacher.getByTestId('room-count-1')).toHaveText('0');
  await teacher.screenshot({ path: 'test-results/room-question-teacher.png' });
  await students[0].screenshot({ path: 'test-results/room-question-student.png' });
  await teacher.getByTestId('room-close-question').click();
  await expect(students[0].getByTestId('room-question')).toHaveCount(0);
  // Folded, the panel keeps the code and the counts only.
  await teacher.getByTestId('room-fold').click();
  await expect(teacher.getByTestId('room-qr')).toHaveCount(0);
  await expect(teacher.getByTestId('room-following')).toHaveText('2 following');
  await teacher.screenshot({ path: 'test-results/room-folded.png' });
});
