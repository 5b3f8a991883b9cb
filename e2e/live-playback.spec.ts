// Live simulation: press play on the start example and watch events move; pause and they stand
// still; Space plays and pauses; the clock shows simulated time.
import { expect, test, type Page } from '@playwright/test';
import { openEditor } from './editorPage';

/** The particle overlay's pixels, as a data URL (equal strings: identical pictures). */
function overlayPixels(page: Page): Promise<string> {
  return page.getByTestId('particle-overlay').evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
}

function drawnCount(page: Page): Promise<number> {
  return page.getByTestId('particle-overlay').evaluate((canvas) => Number((canvas as HTMLCanvasElement).dataset.drawn ?? 0));
}

test('playing moves events along the edges; pausing freezes them', async ({ page }) => {
  await openEditor(page);
  await expect(page.getByTestId('sim-clock')).toHaveText('0:00.0');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Pause');
  await expect.poll(() => drawnCount(page)).toBeGreaterThan(0);
  const first = await overlayPixels(page);
  await page.waitForTimeout(150);
  const second = await overlayPixels(page);
  expect(second).not.toBe(first);
  await page.screenshot({ path: 'test-results/live-playing.png' });

  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Play');
  // Let the last frame and metrics arrive, then the picture must not change.
  await page.waitForTimeout(300);
  const paused = await overlayPixels(page);
  await page.waitForTimeout(400);
  expect(await overlayPixels(page)).toBe(paused);
  const clock = await page.getByTestId('sim-clock').textContent();
  expect(clock).not.toBe('0:00.0');
});

test('Space plays and pauses, but not while typing in a field', async ({ page }) => {
  await openEditor(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Pause');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Play');
  // With the play button focused, Space toggles once (the button does not take it as a click too).
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Pause');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Play');
  await page.waitForTimeout(200);
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Play');
  await page.getByTestId('playback-seed').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Play');
});

test('steps by 100 ms and resets to zero', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('step-100ms').click();
  await expect(page.getByTestId('sim-clock')).toHaveText('0:00.1');
  await page.getByTestId('step-100ms').click();
  await expect(page.getByTestId('sim-clock')).toHaveText('0:00.2');
  await page.getByTestId('playback-reset').click();
  await expect(page.getByTestId('sim-clock')).toHaveText('0:00.0');
});
