import { expect, test, type Page } from '@playwright/test';
import { edge, node, expectNodeIds } from './editorPage';

/** Press Tab until the element matching `selector` has focus: proof it is reachable by keyboard. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} never got focus from Tab`);
}

test('adds, connects, moves and deletes with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();

  await tabTo(page, '[data-testid="tool-new"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  await tabTo(page, '[data-testid="palette-producer"]');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-testid="palette-topic"]');
  await page.keyboard.press('Enter');
  await expectNodeIds(page, ['producer-1', 'topic-1']);

  // With the topic selected (a new node is), C lists what it can connect to.
  await page.keyboard.press('c');
  const dialog = page.getByTestId('connect-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Producer 1 → topic-1 publish' })).toBeVisible();
  await page.keyboard.type('Producer');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(edge(page, 'e1')).toBeVisible();
  await expect(page.getByTestId('edge-inspector')).toContainText('Publish edge');

  // The new edge is selected: Delete removes it, Ctrl+Z brings it back.
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(edge(page, 'e1')).toBeVisible();

  // Tab to a node, Enter selects it, arrows move it (Shift: ten times further).
  await page.keyboard.press('Escape');
  await tabTo(page, '.react-flow__node[data-id="topic-1"]');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-inspector')).toContainText('topic-1');
  const before = await node(page, 'topic-1').boundingBox();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await node(page, 'topic-1').boundingBox())?.y ?? 0).toBeGreaterThan((before?.y ?? 0) + 5);

  await page.keyboard.press('Backspace');
  await expectNodeIds(page, ['producer-1']);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  // ? lists the shortcuts; Escape closes the list.
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-dialog')).toContainText('Duplicate the selected nodes');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0);
});

test('copies, pastes, duplicates and selects all with the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const count = await page.locator('.react-flow__node').count();

  await page.locator('.react-flow__pane').click({ position: { x: 400, y: 12 } });
  await page.keyboard.press('Control+a');
  await expect(page.getByTestId('selection-inspector')).toBeVisible();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(count * 2);
  await page.keyboard.press('Control+d');
  await expect(page.locator('.react-flow__node')).toHaveCount(count * 3);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
});
