// Presenter mode and the embedded view at 1920×1080: how they look (screenshots kept in
// test-results for a person to look at) and how the presenter's keys work.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1920, height: 1080 } });

test('presenter mode: large type, little chrome, arrows for steps, Esc leaves', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('playback-speed').selectOption('100');
  await page.getByTestId('lesson-facts-not-commands').click();
  const panel = page.getByTestId('lesson-panel');
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-presenter', '');
  await expect(page.getByTestId('palette')).toBeHidden();
  await expect(page.getByTestId('tool-new')).toBeHidden();
  const size = await panel.getByTestId('lesson-narration').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);

  // → runs the step, → again goes to the next one, ← goes back.
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByTestId('lesson-counter')).toHaveText('Step 2 of 4');
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('presenter-1920x1080.png') });
  await page.keyboard.press('ArrowLeft');
  await expect(panel.getByTestId('lesson-counter')).toHaveText('Step 1 of 4');

  // Space plays and pauses here too.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('sim-clock')).toHaveAttribute('data-status', 'playing');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('sim-clock')).toHaveAttribute('data-status', 'paused');

  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-presenter', '');
  await expect(page.getByTestId('palette')).toBeVisible();
});

test('the embedded view fills its frame with the canvas and the playback bar', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('welcome-close').click();
  await page.getByTestId('tool-copy-link').click();
  const url = await page.getByTestId('share-url').inputValue();
  await page.goto(url.replace('#', '?embed=1#'));
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await page.getByTestId('playback-speed').selectOption('10');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('sim-clock')).not.toHaveText('0:00.0');
  const canvas = await page.getByTestId('canvas').boundingBox();
  expect(canvas?.width).toBe(1920);
  expect(canvas?.height).toBeGreaterThan(950);
  await page.screenshot({ path: test.info().outputPath('embed-1920x1080.png') });
});
