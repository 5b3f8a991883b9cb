// Steps the e2e tests share for picking an event on the live canvas.
import { expect, type Page } from '@playwright/test';

/** Plays for `playMs` of wall time, pauses, and clicks the particle the overlay offers for picking. */
export async function playAndClickParticle(page: Page, playMs: number): Promise<void> {
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(playMs);
  await page.getByTestId('play-toggle').click();
  const overlay = page.getByTestId('particle-overlay');
  await expect(overlay).toHaveAttribute('data-pick', /^\d+,\d+$/);
  const [x, y] = ((await overlay.getAttribute('data-pick')) ?? '').split(',').map(Number);
  const box = await overlay.boundingBox();
  if (!box) throw new Error('the overlay is not on screen');
  await page.mouse.click(box.x + x, box.y + y);
}
