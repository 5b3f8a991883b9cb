// Clicking a particle on the canvas opens its event's journey in the trace.
import { expect, test } from '@playwright/test';
import { openEditor } from './editorPage';
import { playAndClickParticle } from './particles';

test('a clicked particle shows the journey of its event', async ({ page }) => {
  await openEditor(page);
  await playAndClickParticle(page, 1500);
  await expect(page.getByTestId('journey')).toBeVisible();
  await expect(page.getByTestId('journey-step').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/live-journey.png' });
});
