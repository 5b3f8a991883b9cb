// The metrics dock draws live charts, and the ordering example logs the violations it causes.
import { expect, type Page, test } from '@playwright/test';

/** A fingerprint of the chart's pixels, and how many of them are not blank. */
async function chartPixels(page: Page): Promise<{ inked: number; print: string }> {
  return page.getByTestId('metrics-chart').locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return { inked: 0, print: '' };
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0) inked++;
      hash = (Math.imul(hash, 31) + data[i] + data[i + 1] * 3 + data[i + 2] * 7 + data[i + 3]) | 0;
    }
    return { inked, print: `${inked}:${hash}` };
  });
}

async function openApp(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

test('playing an example draws live charts in the metrics dock', async ({ page }) => {
  await openApp(page);
  const dock = page.getByTestId('insight-dock');
  await expect(dock.getByTestId('dock-tab-metrics')).toHaveAttribute('aria-selected', 'true');
  await expect(dock).toContainText('Press play');

  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('metrics-chart').locator('canvas')).toBeVisible();
  await expect.poll(async () => (await chartPixels(page)).inked).toBeGreaterThan(1000);
  const first = await chartPixels(page);
  const legend = page.getByTestId('metrics-legend');
  await expect(legend).toContainText('/s');
  // The busiest nodes of the checkout example: its producer and topic carry every order.
  await expect(legend).toContainText('Checkout');
  // New points go into the same chart (uPlot's setData): its canvas stays while the picture changes.
  const canvas = await page.getByTestId('metrics-chart').locator('canvas').elementHandle();
  await expect.poll(async () => (await chartPixels(page)).print, { timeout: 5000 }).not.toBe(first.print);
  await expect.poll(async () => (await chartPixels(page)).print, { timeout: 5000 }).not.toBe((await chartPixels(page)).print);
  expect(await canvas?.evaluate((element) => element.isConnected)).toBe(true);
  await page.screenshot({ path: 'test-results/insight-metrics-throughput.png' });

  // Another figure, for a selected node: the chart follows the choice.
  await page.getByTestId('node-label-payments').click();
  await page.getByTestId('metric-latency').click();
  await expect(legend).toContainText('Payments');
  await expect(legend).not.toContainText('Checkout');
  await expect(legend).toContainText('p99');
  await expect.poll(async () => (await chartPixels(page)).inked).toBeGreaterThan(1000);

  // The chart follows the dock's size.
  const before = await page.getByTestId('metrics-chart').boundingBox();
  const handle = page.getByRole('separator', { name: 'Resize the dock' });
  await handle.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await page.getByTestId('metrics-chart').boundingBox())?.height ?? 0).toBeGreaterThan((before?.height ?? 0) + 50);
  const canvasHeight = await page.getByTestId('metrics-chart').locator('canvas').evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().height);
  expect(canvasHeight).toBeGreaterThan((before?.height ?? 0) + 40);
  await page.screenshot({ path: 'test-results/insight-metrics-latency.png' });

  // Dark theme: the chart is drawn again in the dark colours.
  await page.getByTestId('tool-theme').click();
  await page.getByTestId('tool-theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await chartPixels(page)).inked).toBeGreaterThan(1000);
  await page.screenshot({ path: 'test-results/insight-metrics-dark.png' });

  // Large type for a projector: the legend's figures and the axes grow.
  const valueSize = () => legend.locator('.es-legend-list__value').first().evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  const small = await valueSize();
  await page.getByTestId('dock-large').click();
  await expect(page.getByTestId('dock-large')).toHaveAttribute('aria-pressed', 'true');
  expect(await valueSize()).toBeGreaterThan(small * 1.2);
  await expect.poll(async () => (await chartPixels(page)).inked).toBeGreaterThan(1000);
  await page.screenshot({ path: 'test-results/insight-metrics-large.png' });
});

test('the ordering example logs violations, newest first', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('tool-examples').click();
  await page.getByTestId('example-ordering').click();
  await expect(page.getByTestId('document-name')).toHaveText('Ordering');
  // The tabs follow the arrow keys, which then do not move the selected node.
  await page.getByTestId('node-label-ledger-parallel').click();
  const where = await page.locator('.react-flow__node[data-id="ledger-parallel"]').boundingBox();
  await page.getByTestId('dock-tab-metrics').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('dock-tab-log')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('dock-tab-log')).toBeFocused();
  expect(await page.locator('.react-flow__node[data-id="ledger-parallel"]').boundingBox()).toEqual(where);
  await expect(page.getByTestId('violation-log')).toContainText('No ordering violations');

  await page.getByTestId('play-toggle').click();
  const rows = page.getByTestId('violation');
  await expect(rows.first()).toBeVisible({ timeout: 20_000 });
  // Only the parallel ledger (round-robin partitions, requeue retries, no ordering) breaks order.
  await expect(rows.first()).toHaveText(/^\d+\.\d s · Ledger \(parallel\) · key \d+: seq \d+ applied after seq \d+$/);
  await expect(page.getByTestId('dock-tab-log')).toContainText(/\d+/);
  await expect(page.getByTestId('violation-log')).not.toContainText('Ledger (ordered)');
  const times = await rows.evaluateAll((items) => items.map((item) => Number.parseFloat(item.textContent ?? '')));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  await page.screenshot({ path: 'test-results/insight-log.png' });
});
