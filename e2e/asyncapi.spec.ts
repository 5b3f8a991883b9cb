// AsyncAPI in and out: an AsyncAPI YAML file dropped on the canvas becomes a topology (what could
// not be mapped listed in one dialog), it plays, and the topology exports as AsyncAPI 3.0 YAML.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { edge, expectNodeIds, nodeIds, openEditor } from './editorPage';

const fixture = (name: string) => join(process.cwd(), 'e2e', 'fixtures', name);

const SHOP_NODES = ['orders', 'payments', 'stock', 'shipments', 'ordersDeadLetter', 'checkout', 'payments-service', 'inventory', 'shipping', 'notifications', 'analytics'];

/** Drops a file on the canvas as a person dragging it from their desktop would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const data = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/yaml' }));
      return transfer;
    },
    [name, text] as const,
  );
  const pane = page.locator('.react-flow__pane');
  await pane.dispatchEvent('dragover', { dataTransfer: data });
  await pane.dispatchEvent('drop', { dataTransfer: data });
}

test('an AsyncAPI file dropped on the canvas becomes the topology, lists what it left out, and plays', async ({ page }) => {
  await openEditor(page);
  const before = await nodeIds(page);
  await dropFile(page, 'shop-events.asyncapi.yaml', await readFile(fixture('shop-events.asyncapi.yaml'), 'utf8'));

  const report = page.getByTestId('asyncapi-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('asyncapi-summary')).toHaveText(/AsyncAPI 3\.0\.0 “Shop events” became 11 nodes and 12 edges\./);
  const notes = page.getByTestId('asyncapi-notes').locator('li');
  await expect(notes).toHaveCount(3);
  await expect(notes.first()).toHaveText('servers (production): a topology has one cluster; servers are not used');
  await expect(notes.nth(1)).toHaveText('bindings.kafka.replicas of channels.orders (3), channels.payments (3), channels.stock (3), channels.shipments (3), channels.ordersDeadLetter (3): topics have no replicas here; not used');
  await expect(notes.last()).toContainText('is taken as Payments’s dead-letter topic');
  await page.screenshot({ path: 'test-results/asyncapi-report.png' });
  await page.getByTestId('asyncapi-report-close').click();

  await expectNodeIds(page, SHOP_NODES);
  await expect(page.getByTestId('document-name')).toHaveText('Shop events');
  await expect(edge(page, 'placeOrder')).toHaveCount(1);
  await expect(edge(page, 'deadLetterOrder')).toHaveCount(1);
  // Laid out left to right: the producer left of its topic, the topic left of its readers.
  const x = async (id: string) => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())?.x ?? NaN;
  expect(await x('checkout')).toBeLessThan(await x('orders'));
  expect(await x('orders')).toBeLessThan(await x('payments-service'));
  expect(await x('payments-service')).toBeLessThan(await x('payments'));

  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toHaveAccessibleName('Pause');
  await expect.poll(() => page.getByTestId('particle-overlay').evaluate((canvas) => Number((canvas as HTMLCanvasElement).dataset.drawn ?? 0)), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('node-live-notifications')).not.toBeEmpty({ timeout: 10_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/asyncapi-playing.png' });
  await page.getByTestId('play-toggle').click();

  // One undo brings the previous document back.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expectNodeIds(page, before);
});

test('a broken AsyncAPI file is refused with the place named, the work untouched', async ({ page }) => {
  await openEditor(page);
  const before = await nodeIds(page);
  const broken = await readFile(join(process.cwd(), 'src', 'interop', 'asyncapi', 'fixtures', 'broken-3.0.yaml'), 'utf8');
  await dropFile(page, 'broken.yaml', broken);
  const message = page.getByTestId('toast-error');
  await expect(message).toContainText('The AsyncAPI document is not valid; nothing was changed', { timeout: 30_000 });
  await expect(message).toContainText('channels.orders.bindings.kafka.partitions (line 10)');
  await expectNodeIds(page, before);
});

test('an AsyncAPI JSON document pasted in the paste dialog opens too', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('tool-paste').click();
  const spec = await readFile(join(process.cwd(), 'src', 'interop', 'asyncapi', 'fixtures', 'inventory-2.6.json'), 'utf8');
  await page.getByTestId('paste-text').fill(spec);
  await page.getByTestId('paste-open').click();
  await expect(page.getByTestId('asyncapi-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('asyncapi-summary')).toContainText('AsyncAPI 2.6.0 “Inventory” became 3 nodes and 2 edges.');
  await page.getByTestId('asyncapi-report-close').click();
  await expectNodeIds(page, ['stock.reserved', 'warehouse', 'billing']);
});

test('the topology exports as AsyncAPI 3.0 YAML', async ({ page }) => {
  await openEditor(page);
  const ids = await nodeIds(page);
  await page.getByTestId('tool-export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-asyncapi').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('checkout.asyncapi.yaml');
  const text = await readFile((await file.path()) ?? '', 'utf8');
  expect(text.startsWith('asyncapi: "3.0.0"\n')).toBe(true);
  expect(text).toContain('\nchannels:\n  orders:\n    address: orders\n');
  expect(text).toMatch(/bindings:\n\s+kafka:\n\s+partitions: 3\n/);
  expect(text).toContain('action: send');
  expect(text).toContain('action: receive');
  // Every node is named in the export, so importing it gives the same topology back.
  for (const id of ids) expect(text).toContain(`id: ${id}\n`);

  // Dropped back on an empty canvas, the export is the same topology again, where it was.
  const positions = async () => page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-id')} ${(el as HTMLElement).style.transform}`));
  const before = await positions();
  await page.getByTestId('tool-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await dropFile(page, 'checkout.asyncapi.yaml', text);
  await expect(page.getByTestId('toast-success')).toContainText('Imported “checkout.asyncapi.yaml”', { timeout: 30_000 });
  await expectNodeIds(page, ids);
  await expect(page.getByTestId('document-name')).toHaveText('Checkout');
  expect(await positions()).toEqual(before);
});
