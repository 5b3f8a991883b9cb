import { expect, test } from '@playwright/test';
import { expectNodeIds, node, openEditor, openEmptyEditor, dropFromPalette, connect } from './editorPage';

test('opens an example from the list, one undo away from the previous document', async ({ page }) => {
  await openEditor(page);
  await expect(page.getByTestId('document-name')).toHaveText('Checkout');
  await page.getByTestId('tool-examples').click();
  await page.getByTestId('example-fan-out').click();
  await expect(page.getByTestId('examples-dialog')).toHaveCount(0);
  await expect(page.getByTestId('document-name')).not.toHaveText('Checkout');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('document-name')).toHaveText('Checkout');
});

test('lays the nodes out left to right along their edges, as one undo step', async ({ page }) => {
  await openEmptyEditor(page);
  // Placed right to left on purpose.
  await dropFromPalette(page, 'service', 0.15, 0.4);
  await dropFromPalette(page, 'topic', 0.47, 0.7);
  await dropFromPalette(page, 'producer', 0.8, 0.2);
  await connect(page, 'producer-1', 'topic-1');
  await connect(page, 'topic-1', 'service-1');
  await expectNodeIds(page, ['service-1', 'topic-1', 'producer-1']);

  const x = async (id: string) => (await node(page, id).boundingBox())?.x ?? NaN;
  await page.locator('.react-flow__pane').click({ position: { x: 400, y: 12 } });
  await page.keyboard.press('l');
  await expect.poll(async () => (await x('producer-1')) < (await x('topic-1')) && (await x('topic-1')) < (await x('service-1'))).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await x('service-1')) < (await x('topic-1'))).toBe(true);
});

test('follows the system theme, switches on request and remembers the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEditor(page);
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  expect(await theme()).toBe('dark');
  await page.getByTestId('tool-theme').click();
  expect(await theme()).toBe('light');
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await theme()).toBe('light');
  await page.getByTestId('tool-theme').click();
  expect(await theme()).toBe('dark');
  await page.getByTestId('tool-theme').click();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(theme).toBe('light');
});
