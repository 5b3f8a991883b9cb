// What a room keeps across reloads: the teacher's reload resumes the same room (same code, same
// key, the run where it stood) and students keep following; a student's answer survives the
// student's reload and a relay restart; a student's branch survives a reload and stays at hand
// after following again.
import { expect, test } from '@playwright/test';
import { node } from './editorPage';
import { askQuestion, expectSameFigures, joinStudent, playTo, relayPerTest, startTeacher } from './room';

const relay = relayPerTest();

test('the teacher reloads: the same room, the run where it stood, and the students keep following', async ({ browser }) => {
  test.setTimeout(120_000);
  const { teacher, link, code } = await startTeacher(browser);
  const student = await joinStudent(browser, link);
  await playTo(teacher, 4, '5');
  // A live fault before the reload: the resumed teacher must not tell it to the room again.
  await node(teacher, 'email').click({ button: 'right' });
  await teacher.getByTestId('fault-slow-value').fill('10');
  await teacher.getByTestId('fault-slow').click();
  await playTo(teacher, 6, '5');
  await expectSameFigures(teacher, student);
  await expect(student.getByTestId('fault-1')).toBeVisible();
  const clock = await teacher.getByTestId('sim-clock').textContent();

  await teacher.reload();
  await expect(teacher.getByTestId('room-code')).toHaveText(code);
  await expect(teacher.getByTestId('room-status')).toHaveAttribute('data-status', 'connected');
  // The same code, key and relay (the document after the # is the room's as it stands now).
  expect((await teacher.getByTestId('room-link').inputValue()).split('#')[0]).toBe(link.split('#')[0]);
  // The teacher's page is back at the room's moment; the student did not start over.
  await expect(teacher.getByTestId('sim-clock')).toHaveText(clock ?? '');
  await expect(student.getByTestId('sim-clock')).toHaveText(clock ?? '');
  await expect(teacher.getByTestId('room-following')).toHaveAttribute('data-count', '1');
  await expect(student.getByTestId('room-refused')).toHaveCount(0);
  await expect(teacher.getByTestId('fault-1')).toBeVisible();
  await expect(teacher.getByTestId('fault-2')).toHaveCount(0);

  // The teacher goes on: a live fault and more time; the student follows to the same figures.
  await node(teacher, 'payments').click({ button: 'right' });
  await teacher.getByTestId('fault-slow-value').fill('20');
  await teacher.getByTestId('fault-slow').click();
  await playTo(teacher, 9, '5');
  await expectSameFigures(teacher, student);
  await expect(student.getByTestId('room-refused')).toHaveCount(0);
  await expect(student.getByTestId('fault-2')).toBeVisible();
  await expect(student.getByTestId('fault-3')).toHaveCount(0);
  await teacher.screenshot({ path: 'test-results/room-teacher-reloaded.png' });

  // Ending the room forgets it: a reload of the old teacher address does not resume it.
  await teacher.getByTestId('room-end').click();
  await expect(teacher.getByTestId('room-panel')).toHaveCount(0);
  await teacher.goto(`./?teach=${code}`);
  await expect(teacher.locator('.react-flow__node').first()).toBeVisible();
  await expect(teacher.getByText(`This browser does not hold the key of room ${code}`)).toBeVisible();
  await expect(teacher.getByTestId('room-panel')).toHaveCount(0);
});

test('a student’s answer survives the student’s reload and a relay restart', async ({ browser }) => {
  test.setTimeout(90_000);
  const { teacher, link } = await startTeacher(browser);
  const students = [await joinStudent(browser, link), await joinStudent(browser, link)];
  await askQuestion(teacher, 'Which service falls over first?', ['Email', 'Payments']);
  await students[0].getByTestId('room-answer-1').click();
  await students[1].getByTestId('room-answer-0').click();
  await expect(teacher.getByTestId('room-count-0')).toHaveText('1');
  await expect(teacher.getByTestId('room-count-1')).toHaveText('1');

  await students[0].reload();
  await expect(students[0].getByTestId('room-bar')).toHaveAttribute('data-status', 'connected');
  await expect(students[0].getByTestId('room-answer-1')).toHaveAttribute('aria-pressed', 'true');
  await expect(teacher.getByTestId('room-count-1')).toHaveText('1');
  // Latest wins: the reloaded student changes its mind; still one answer per student.
  await students[0].getByTestId('room-answer-0').click();
  await expect(teacher.getByTestId('room-count-0')).toHaveText('2');
  await expect(teacher.getByTestId('room-count-1')).toHaveText('0');

  // The relay restarts empty; the pages send the room back, answers and all.
  await relay.stop();
  await expect(teacher.getByTestId('room-status')).not.toHaveAttribute('data-status', 'connected');
  await relay.start();
  await expect(teacher.getByTestId('room-status')).toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
  await expect(teacher.getByTestId('room-count-0')).toHaveText('2');
  await expect(teacher.getByTestId('room-following')).toHaveAttribute('data-count', '2');
  const late = await joinStudent(browser, link);
  await expect(late.getByTestId('room-question')).toContainText('Which service falls over first?');
  await late.getByTestId('room-answer-1').click();
  await expect(teacher.getByTestId('room-count-1')).toHaveText('1');
  await teacher.screenshot({ path: 'test-results/room-answers-kept.png' });
});

test('a student’s branch is saved: it survives a reload, and stays at hand after following again', async ({ browser }) => {
  test.setTimeout(90_000);
  const { teacher, link } = await startTeacher(browser);
  const student = await joinStudent(browser, link);
  await playTo(teacher, 3, '5');
  await expectSameFigures(teacher, student);
  await student.getByTestId('room-branch').click();
  await node(student, 'analytics').click();
  await student.keyboard.press('Delete');
  await expect(node(student, 'analytics')).toHaveCount(0);
  // A moment for the save after the change.
  await student.waitForTimeout(600);

  await student.reload();
  await expect(student.getByTestId('room-bar')).toHaveAttribute('data-mode', 'branched');
  await expect(node(student, 'email')).toBeVisible();
  await expect(node(student, 'analytics')).toHaveCount(0);
  await expect(teacher.getByTestId('room-branched')).toHaveAttribute('data-count', '1');

  await student.getByTestId('room-follow').click();
  await expect(node(student, 'analytics')).toHaveCount(1);
  await expectSameFigures(teacher, student);
  await student.getByTestId('room-my-branch').click();
  await expect(student.getByTestId('room-bar')).toHaveAttribute('data-mode', 'branched');
  await expect(node(student, 'analytics')).toHaveCount(0);
  await student.screenshot({ path: 'test-results/room-branch-kept.png' });
});
