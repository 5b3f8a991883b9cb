// Driving the editor the way a person does, for the editor's end-to-end tests.
import { expect, type Locator, type Page } from '@playwright/test';

/** Open the app and wait until its start document is on the canvas. */
export async function openEditor(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

/** Open the app and start an empty document. */
export async function openEmptyEditor(page: Page): Promise<void> {
  await openEditor(page);
  await page.getByTestId('tool-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/** The React Flow node with this document id. */
export function node(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** The React Flow edge with this document id. */
export function edge(page: Page, id: string): Locator {
  return page.locator(`.react-flow__edge[data-id="${id}"]`);
}

/** Where the canvas pane is on the page. */
export async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('the canvas is not on screen');
  return box;
}

/**
 * Drag a kind from the palette and drop it on the canvas, at fractions of its width and height
 * (so the tests do not depend on how much room the panels around the canvas take).
 */
export async function dropFromPalette(page: Page, kind: string, fx: number, fy: number): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('the canvas is not on screen');
  await page.getByTestId(`palette-${kind}`).dragTo(pane, { targetPosition: { x: box.width * fx, y: box.height * fy } });
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Press on `sourceId`'s outgoing handle and move over `targetId`'s incoming handle; the button is
 * still down when this returns (call `page.mouse.up()` to drop).
 */
export async function startConnection(page: Page, sourceId: string, targetId: string): Promise<void> {
  const from = await centre(node(page, sourceId).locator('.react-flow__handle.source'));
  const to = await centre(node(page, targetId).locator('.react-flow__handle.target'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
}

/** Connect two nodes by dragging from one handle to the other. */
export async function connect(page: Page, sourceId: string, targetId: string): Promise<void> {
  await startConnection(page, sourceId, targetId);
  await page.mouse.up();
}

/** Select a node by clicking its label. */
export async function selectNode(page: Page, id: string): Promise<void> {
  await page.getByTestId(`node-label-${id}`).click();
  await expect(page.getByTestId('node-inspector')).toBeVisible();
}

/** Type a value into an inspector field (selecting what is there first). */
export async function setField(page: Page, id: string, value: string): Promise<void> {
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(value);
}

/** The document's id of every node on the canvas. */
export async function nodeIds(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
}

/** Wait until autosave has written the latest change. */
export async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
}

/** Wait until the canvas shows exactly these nodes, in this order. */
export async function expectNodeIds(page: Page, ids: string[]): Promise<void> {
  await expect.poll(() => nodeIds(page)).toEqual(ids);
}
