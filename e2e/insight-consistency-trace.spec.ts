// The consistency panel watches a read model drift and converge; the trace follows one event.
import { expect, type Page, test } from '@playwright/test';
import { playAndClickParticle } from './particles';

const node = (id: string, kind: string, label: string, x: number, config: object) => ({ id, kind, label, position: { x, y: 0 }, config });

/** Producers stop at 4 s (a scripted rate fault); Search, slower than they produce, then catches up. */
const catchingUp = {
  format: 'eventscape/1',
  name: 'Read model catching up',
  seed: 3,
  nodes: [
    node('orders-in', 'producer', 'Orders', 0, { rate: 60, keys: 20, arrival: 'constant' }),
    node('orders', 'topic', 'orders', 250, { partitions: 2 }),
    node('search', 'service', 'Search', 500, { processing: { dist: 'constant', mean: 25 } }),
  ],
  edges: [
    { id: 'e1', kind: 'publish', source: 'orders-in', target: 'orders' },
    { id: 'e2', kind: 'subscribe', source: 'orders', target: 'search' },
  ],
  faults: [{ at: 4000, node: 'orders-in', type: 'rate', rate: 0 }],
};

/** Few keys, so a traced key has events every fraction of a second. */
const fewKeys = {
  format: 'eventscape/1',
  name: 'Few keys',
  seed: 8,
  nodes: [
    node('checkout', 'producer', 'Checkout', 0, { rate: 20, keys: 4, eventTypes: ['OrderPlaced'] }),
    node('orders', 'topic', 'orders', 250, { partitions: 2 }),
    node('email', 'service', 'Email', 500, { processing: { dist: 'exponential', mean: 10 } }),
  ],
  edges: [
    { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
    { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
  ],
  faults: [],
};

async function openDocument(page: Page, doc: { name: string }): Promise<void> {
  await page.goto('./');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await chooser).setFiles({ name: 'insight.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByTestId('document-name')).toHaveText(doc.name);
}

const staleCount = async (page: Page) => Number((await page.getByTestId('stale-keys').getAttribute('data-stale')) || -1);

test('the consistency panel shows stale keys that fall to zero after the producers stop', async ({ page }) => {
  await openDocument(page, catchingUp);
  await page.getByTestId('dock-tab-consistency').click();
  await expect(page.getByTestId('consistency-service')).toHaveValue('search');
  await page.getByTestId('play-toggle').click();

  // While orders come faster than Search applies them, its read model lags behind the truth.
  await expect.poll(() => staleCount(page)).toBeGreaterThan(5);
  const table = page.getByTestId('projection-table');
  await expect(table.locator('tr.is-stale').first()).toBeVisible();
  const stale = table.locator('tr.is-stale').first();
  const applied = Number(await stale.locator('td').nth(1).textContent());
  const truth = Number.parseInt((await stale.locator('td').nth(2).textContent()) ?? '', 10);
  expect(applied).toBeLessThan(truth);
  await expect(page.getByTestId('stale-chart').locator('canvas')).toBeVisible();
  await page.screenshot({ path: 'test-results/insight-consistency-stale.png' });

  // The producers stop at 4 s of simulated time; Search catches up and every key converges.
  await expect.poll(() => staleCount(page), { timeout: 20_000 }).toBe(0);
  await expect(page.getByTestId('stale-keys')).toHaveText('0 stale keys');
  await expect(table.locator('tr.is-stale')).toHaveCount(0);
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await page.screenshot({ path: 'test-results/insight-consistency-converged.png' });
});

test('searching a key shows one event’s journey from published to processed', async ({ page }) => {
  await openDocument(page, fewKeys);
  await page.getByTestId('dock-tab-trace').click();

  await page.getByTestId('trace-key').fill('two');
  await page.getByTestId('trace-search').click();
  await expect(page.getByRole('alert')).toHaveText('A key is a whole number: 0, 1, 2 …');

  await page.getByTestId('trace-key').fill('2');
  await page.getByTestId('trace-search').click();
  await expect(page.getByTestId('trace-panel')).toContainText('Tracing key 2');
  await page.getByTestId('play-toggle').click();

  const journey = page.getByTestId('journey');
  await expect(journey).toContainText('key 2');
  await expect(journey.locator('[data-what="processed"]').first()).toBeVisible({ timeout: 15_000 });
  await expect(journey.locator('[data-what="produced"]')).toHaveText(/Published by Checkout/);
  await expect(journey.locator('[data-what="appended"]')).toContainText(/Appended to orders\s*partition \d, offset \d+/);
  await expect(journey.locator('[data-what="delivered"]')).toContainText('Delivered to Email');
  await expect(journey.locator('[data-what="processed"]').first()).toContainText('Processed by Email');
  // Steps run down the page in simulated time.
  const times = await journey.getByTestId('journey-step').evaluateAll((steps) => steps.map((s) => Number.parseFloat(s.textContent ?? '')));
  expect(times).toEqual([...times].sort((a, b) => a - b));

  // The key's other events are listed; paused, so the list stands still, choosing one shows its journey.
  const list = page.getByTestId('trace-journeys').getByRole('button');
  await expect.poll(() => list.count()).toBeGreaterThan(2);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('play-toggle')).toContainText('Play');
  const other = list.nth(1);
  const seq = ((await other.locator('span').first().textContent()) ?? '').match(/seq (\d+)/)?.[1];
  await other.click();
  await expect(journey).toContainText(`seq ${seq}`);
  await expect(other).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: 'test-results/insight-trace.png' });
});

test('an event clicked on the canvas opens the Trace tab, and leads to every event of its key', async ({ page }) => {
  await openDocument(page, fewKeys);
  await expect(page.getByTestId('dock-tab-metrics')).toHaveAttribute('aria-selected', 'true');
  await playAndClickParticle(page, 1000);

  await expect(page.getByTestId('dock-tab-trace')).toHaveAttribute('aria-selected', 'true');
  const journey = page.getByTestId('journey');
  await expect(journey.getByTestId('journey-step').first()).toBeVisible();
  const key = ((await journey.textContent()) ?? '').match(/key (\d+)/)?.[1];
  await page.getByTestId('trace-chosen-key').click();
  await expect(page.getByTestId('trace-key')).toHaveValue(key ?? '');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('trace-journeys').getByRole('button').first()).toBeVisible();
  await expect(page.getByTestId('trace-journeys')).toContainText('OrderPlaced');
});
