// Live faults: slowing a service from its context menu makes its lag rise on screen, and the
// fault enters the document's fault script at the engine's time.
import { expect, test, type Page } from '@playwright/test';
import { node, openEditor, selectNode } from './editorPage';

async function lagOf(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(`live-lag-${id}`).getAttribute('data-lag'));
}

test('a slow fault from the context menu makes the lag rise, and is recorded', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('playback-speed').selectOption('5');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('live-lag-email')).toBeVisible();
  await page.waitForTimeout(1000);
  const before = await lagOf(page, 'email');
  expect(before).toBeLessThan(20);

  await node(page, 'email').click({ button: 'right' });
  await expect(page.getByTestId('fault-menu')).toBeVisible();
  await page.getByTestId('fault-slow-value').fill('50');
  await page.getByTestId('fault-slow').click();
  await expect(page.getByTestId('fault-menu')).toBeHidden();

  await expect.poll(() => lagOf(page, 'email'), { timeout: 15_000 }).toBeGreaterThan(100);
  await expect(page.getByTestId('live-lag-email')).toHaveAttribute('class', /es-live--(warn|alarm)/);
  await expect(page.getByTestId('live-busy-email')).toHaveAttribute('data-level', 'alarm');
  await page.screenshot({ path: 'test-results/live-slow-fault.png' });

  await page.getByTestId('play-toggle').click();
  await selectNode(page, 'email');
  const rows = page.getByTestId('fault-list').locator('li');
  // The example's scripted fault and the live one.
  await expect(rows).toHaveCount(2);
});

test('the inspector opens the same menu from the keyboard', async ({ page }) => {
  await openEditor(page);
  await selectNode(page, 'payments');
  await page.getByTestId('inspector-faults').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fault-menu')).toBeVisible();
  await expect(page.getByTestId('fault-slow')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('fault-fail')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('fault-menu')).toBeHidden();
});
