// Editing the topology while it runs: the change applies at the engine's current time and the run
// goes on (no restart, no error).
import { expect, test } from '@playwright/test';
import { openEditor, selectNode } from './editorPage';

test('deleting a service during a run takes it out and the run goes on', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('playback-speed').selectOption('5');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('live-lag-support')).toBeVisible();
  await page.waitForTimeout(800);
  const before = await page.getByTestId('sim-clock').textContent();
  await selectNode(page, 'support');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node[data-id="support"]')).toHaveCount(0);
  // The clock goes on from where it was, and events still move.
  await expect(page.getByTestId('sim-clock')).not.toHaveText(before ?? '');
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Pause');
  await expect(page.getByTestId('live-lag-email')).toBeVisible();
  await expect(page.getByText('The simulation stopped')).toHaveCount(0);
  const clock = (await page.getByTestId('sim-clock').textContent()) ?? '';
  expect(Number(clock.split(':')[1])).toBeGreaterThan(Number((before ?? '0:0').split(':')[1]));
});
