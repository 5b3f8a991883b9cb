import { expect, test } from '@playwright/test';
import { dropFromPalette, node, expectNodeIds, openEmptyEditor, selectNode, setField } from './editorPage';

test('undoes and redoes edits, a whole drag as one step, and never a selection', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'service', 0.25, 0.4);
  await dropFromPalette(page, 'topic', 0.6, 0.4);

  // A drag through many positions is one step.
  const before = await node(page, 'service-1').boundingBox();
  if (!before) throw new Error('no node');
  await page.mouse.move(before.x + 40, before.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(before.x + 40 + i * 12, before.y + 10 + i * 15);
  await page.mouse.up();
  const moved = await node(page, 'service-1').boundingBox();
  expect(moved?.y).toBeGreaterThan(before.y + 100);

  // Selecting is not a step: clicking around and undoing once undoes the drag.
  await selectNode(page, 'topic-1');
  await page.locator('.react-flow__pane').click({ position: { x: 400, y: 12 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await node(page, 'service-1').boundingBox())?.y).toBeCloseTo(before.y, 0);

  // Typing in one field during one focus is one step.
  await selectNode(page, 'service-1');
  await setField(page, 'node-concurrency', '1');
  await page.locator('#node-concurrency').pressSequentially('23');
  await expect(page.getByTestId('node-summary-service-1')).toHaveText('1 × 123 workers');
  await page.locator('.react-flow__pane').click({ position: { x: 400, y: 12 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('node-summary-service-1')).toHaveText('1 × 1 worker');

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('node-summary-service-1')).toHaveText('1 × 123 workers');
  await page.keyboard.press('Control+z');

  // Undo back past the drops, then redo with Ctrl+Y.
  await page.keyboard.press('Control+z');
  await expectNodeIds(page, ['service-1']);
  await page.keyboard.press('Control+y');
  await expectNodeIds(page, ['service-1', 'topic-1']);

  // The toolbar buttons do the same.
  await page.getByTestId('tool-undo').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.getByTestId('tool-redo').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
});
