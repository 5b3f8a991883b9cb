import { expect, test } from '@playwright/test';
import {
  connect,
  dropFromPalette,
  edge,
  node,
  expectNodeIds,
  openEmptyEditor,
  selectNode,
  setField,
  startConnection,
} from './editorPage';

test('builds the checkout topology from an empty canvas with the mouse', async ({ page }) => {
  await openEmptyEditor(page);

  await dropFromPalette(page, 'producer', 0.2, 0.5);
  await dropFromPalette(page, 'topic', 0.5, 0.5);
  await dropFromPalette(page, 'service', 0.7, 0.2);
  await dropFromPalette(page, 'service', 0.7, 0.65);
  await expectNodeIds(page, ['producer-1', 'topic-1', 'service-1', 'service-2']);

  await connect(page, 'producer-1', 'topic-1');
  await connect(page, 'topic-1', 'service-1');
  await connect(page, 'topic-1', 'service-2');
  await expect(edge(page, 'e1')).toBeVisible();
  await expect(edge(page, 'e2')).toBeVisible();
  await expect(edge(page, 'e3')).toBeVisible();
  await expect(page.getByTestId('edge-inspector')).toContainText('Subscribe edge');

  await selectNode(page, 'producer-1');
  await setField(page, 'node-label', 'Checkout');
  await setField(page, 'node-rate', '50');
  await expect(page.getByTestId('node-summary-producer-1')).toHaveText('50/s poisson');
  await expect(page.getByTestId('node-label-producer-1')).toHaveText('Checkout');

  await selectNode(page, 'topic-1');
  await setField(page, 'node-partitions', '3');
  await expect(page.getByTestId('node-summary-topic-1')).toHaveText('3 partitions');
  await setField(page, 'node-label', 'orders');

  await selectNode(page, 'service-1');
  await setField(page, 'node-label', 'Email');
  await setField(page, 'node-instances', '2');
  await setField(page, 'node-concurrency', '4');
  await expect(page.getByTestId('node-summary-service-1')).toHaveText('2 × 4 workers');

  // Renamed in place too: double-click the node, type, Enter.
  await node(page, 'service-2').dblclick();
  await page.getByTestId('node-rename-service-2').fill('Analytics');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('node-label-service-2')).toHaveText('Analytics');

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width, height });
    await page.getByTestId('tool-fit').click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `test-results/editor-checkout-${width}x${height}.png` });
  }
});

test('refuses a connection the document would reject, saying why while dragging', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'producer', 0.2, 0.5);
  await dropFromPalette(page, 'service', 0.64, 0.5);

  await startConnection(page, 'producer-1', 'service-1');
  await expect(page.getByTestId('connection-hint')).toContainText('a producer cannot connect to a service');
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.getByTestId('toast-error')).toContainText('producers publish to topics');
});

test('keeps an invalid value in the field with its problem, and applies nothing', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'topic', 0.37, 0.5);
  await selectNode(page, 'topic-1');
  await setField(page, 'node-partitions', '4');
  await setField(page, 'node-partitions', '0');
  await expect(page.locator('#node-partitions')).toHaveValue('0');
  await expect(page.getByTestId('problem-node-partitions')).toContainText('whole number');
  await expect(page.getByTestId('node-summary-topic-1')).toHaveText('4 partitions');
  await setField(page, 'node-partitions', 'many');
  await expect(page.getByTestId('problem-node-partitions')).toHaveText('must be a number');
  await expect(page.getByTestId('node-summary-topic-1')).toHaveText('4 partitions');
});

test('switches a service→topic edge between publish and dead letter in the inspector', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'service', 0.25, 0.5);
  await dropFromPalette(page, 'topic', 0.64, 0.5);
  await connect(page, 'service-1', 'topic-1');
  await expect(page.getByTestId('edge-inspector')).toContainText('Publish edge');
  await page.getByTestId('edge-kind-deadletter').click();
  await expect(page.getByTestId('edge-inspector')).toContainText('Dead letter edge');
  await expect(edge(page, 'e1').locator('.es-edge--deadletter')).toHaveCount(1);
});
