import { expect, test } from '@playwright/test';
import { connect, dropFromPalette, expectNodeIds, openEmptyEditor, selectNode, setField } from './editorPage';

test('builds producer → topic → processor → topic, plays it, and reads the table view and the late count', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openEmptyEditor(page);

  await dropFromPalette(page, 'producer', 0.12, 0.45);
  await dropFromPalette(page, 'topic', 0.36, 0.45);
  await dropFromPalette(page, 'processor', 0.6, 0.45);
  await dropFromPalette(page, 'topic', 0.86, 0.45);
  await expectNodeIds(page, ['producer-1', 'topic-1', 'processor-1', 'topic-2']);

  // Events reach the topic after 0 to 1.5 s: out of order by event time.
  await connect(page, 'producer-1', 'topic-1');
  await expect(page.getByTestId('edge-inspector')).toContainText('Publish edge');
  await page.locator('#edge-latency-dist').selectOption('uniform');
  await setField(page, 'edge-latency-max', '1500');
  await page.keyboard.press('Tab');
  await connect(page, 'topic-1', 'processor-1');
  await connect(page, 'processor-1', 'topic-2');

  await selectNode(page, 'producer-1');
  await setField(page, 'node-rate', '40');
  await setField(page, 'node-keys', '3');
  await page.keyboard.press('Tab');

  // A count per key over 1 s tumbling windows, with no grace.
  await selectNode(page, 'processor-1');
  await page.getByTestId('node-operators-add-aggregate').click();
  await expect(page.getByTestId('pipeline-processor-1')).toContainText('count / 1 s tumbling');

  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('live-windows-processor-1')).toBeVisible({ timeout: 15_000 });
  // Late events pile up: grace 0 cannot wait for events up to 1.5 s behind.
  await expect.poll(async () => Number(await page.getByTestId('live-late-processor-1').getAttribute('data-late')), { timeout: 20_000 }).toBeGreaterThan(5);

  await selectNode(page, 'processor-1');
  const view = page.getByTestId('stream-table-view');
  await expect(view).toBeVisible();
  await expect(view.getByTestId('stream-row').first()).toBeVisible({ timeout: 10_000 });
  await expect.poll(async () => view.locator('[data-testid="stream-row"][data-closed="true"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const late = Number((await view.getByTestId('stream-late').textContent())?.replace(/[^0-9]/g, ''));
  expect(late).toBeGreaterThan(5);
  // The engine's count of closed windows falls short of the true count by at least the late events.
  const engine = Number((await view.getByTestId('stream-engine').textContent())?.replace(/,/g, ''));
  const truth = Number((await view.getByTestId('stream-truth').textContent())?.split(' ')[0].replace(/,/g, ''));
  expect(truth).toBeGreaterThan(engine);
  const firstRow = await view.getByTestId('stream-row').first().locator('td').allTextContents();
  expect(firstRow[0]).toMatch(/^k[0-2]$/);
  expect(firstRow[1]).toMatch(/s – .* s/);
  await page.screenshot({ path: 'test-results/stream-processor-grace-0.png' });

  // With 2 s of grace, nothing more is late.
  await page.getByTestId('play-toggle').click();
  await setField(page, 'node-graceMs', '2000');
  await page.keyboard.press('Tab');
  await page.getByTestId('play-toggle').click();
  const lateBefore = Number(await page.getByTestId('live-late-processor-1').getAttribute('data-late'));
  await page.waitForTimeout(4000);
  expect(Number(await page.getByTestId('live-late-processor-1').getAttribute('data-late'))).toBe(lateBefore);
  await page.screenshot({ path: 'test-results/stream-processor-grace-2s.png' });
});

test('refuses a join without a table source, in the inspector, with restore\'s words', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'topic', 0.3, 0.5);
  await dropFromPalette(page, 'processor', 0.6, 0.5);
  await connect(page, 'topic-1', 'processor-1');
  await selectNode(page, 'processor-1');
  await page.getByTestId('node-operators-add-join').click();
  await expect(page.getByTestId('field-node-operators')).toContainText('is the only topic processor-1 reads; a join needs a stream of events besides its table');
});

test('lesson 11 shows late events on the canvas and the wrong count beside the truth', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId('lesson-late-events').click();
  const panel = page.getByTestId('lesson-panel');
  await panel.getByTestId('lesson-action').click();
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await page.getByTestId('dock-tab-streams').click();
  const view = page.getByTestId('stream-table-view');
  await expect(view.getByTestId('stream-engine')).toBeVisible();
  const engine = Number((await view.getByTestId('stream-engine').textContent())?.replace(/,/g, ''));
  const truth = Number((await view.getByTestId('stream-truth').textContent())?.split(' ')[0].replace(/,/g, ''));
  expect(truth).toBeGreaterThan(engine);
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/stream-lesson-11.png' });
  await page.getByTestId('streams-pick').selectOption('patient');
  await expect(view.getByTestId('stream-late')).toHaveText('0');
});
