// Clicking a particle on the canvas opens its event's journey in the trace.
import { expect, test } from '@playwright/test';
import { openEditor } from './editorPage';

test('a clicked particle shows the journey of its event', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(1500);
  await page.getByTestId('play-toggle').click();
  const overlay = page.getByTestId('particle-overlay');
  await expect(overlay).toHaveAttribute('data-pick', /^\d+,\d+$/);
  const [x, y] = ((await overlay.getAttribute('data-pick')) ?? '').split(',').map(Number);
  const box = await overlay.boundingBox();
  if (!box) throw new Error('the overlay is not on screen');
  await page.mouse.click(box.x + x, box.y + y);
  await expect(page.getByTestId('journey')).toBeVisible();
  await expect(page.getByTestId('journey-step').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/live-journey.png' });
});
