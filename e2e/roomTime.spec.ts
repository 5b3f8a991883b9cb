// While the teacher plays, every follower shows the same simulated time at the same wall moment,
// to within a few milliseconds: students start a network hop late and run on their own clocks,
// and the teacher's signed time beacons bring them back. Measured from the figures each page
// receives (their simulated time, stamped with the shared wall clock of the one browser).
import { expect, test, type Page } from '@playwright/test';
import { joinStudent, relayPerTest, startTeacher } from './room';

relayPerTest();

/** Start recording (wall ms, simulated ms) each time the page's clock moves. */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    const clock = document.querySelector('[data-testid="sim-clock"]') as HTMLElement;
    const samples: [number, number][] = [];
    (window as unknown as { samples: [number, number][] }).samples = samples;
    new MutationObserver(() => samples.push([performance.timeOrigin + performance.now(), Number(clock.dataset.now)])).observe(clock, { attributes: true, attributeFilter: ['data-now'] });
  });
}

/** The median of (simulated − speed × wall) over the samples after `from`: where the page's run stands against the wall clock. */
async function offset(page: Page, speed: number, from: number): Promise<number> {
  const samples = await page.evaluate(() => (window as unknown as { samples: [number, number][] }).samples);
  const offsets = samples.filter(([wall]) => wall >= from).map(([wall, at]) => at - speed * wall).sort((a, b) => a - b);
  expect(offsets.length).toBeGreaterThan(5);
  return offsets[Math.floor(offsets.length / 2)];
}

test('while the teacher plays, a student shows the same simulated time at the same moment', async ({ browser }) => {
  test.setTimeout(60_000);
  const { teacher, link } = await startTeacher(browser);
  const student = await joinStudent(browser, link);
  await teacher.getByTestId('playback-speed').selectOption('1');
  await record(teacher);
  await record(student);
  await teacher.getByTestId('play-toggle').click();
  await expect(student.getByTestId('sim-clock')).toHaveAttribute('data-status', 'playing');
  // Past the first beacons, measure over a few seconds of play.
  await teacher.waitForTimeout(2500);
  const from = await teacher.evaluate(() => performance.timeOrigin + performance.now());
  await teacher.waitForTimeout(4000);
  const gap = (await offset(teacher, 1, from)) - (await offset(student, 1, from));
  console.log(`teacher ahead of the student by ${gap.toFixed(1)} ms of wall time (median, speed 1×)`);
  // Only a gross bound (a follower seconds apart): pages on a loaded machine read their figures
  // late, so the figure is printed for the record (docs/workshop.md), and the alignment itself is
  // tested exactly in app/room/followerAlign.test.ts.
  expect(Math.abs(gap)).toBeLessThan(1500);
  await teacher.getByTestId('play-toggle').click();
});
