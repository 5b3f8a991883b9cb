// Backpressure made visible: a bounded topic fills, its slow reader's lag turns alarming and the
// producer blocks, then drops. Ordering: violations flash the service that applies events out of
// order. Both run the shipped examples, on a high-DPI screen.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openEditor } from './editorPage';

test.use({ deviceScaleFactor: 2 });

async function openExample(page: Page, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await chooser).setFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: readFileSync(`public/examples/${name}.json`) });
  await expect(page.getByTestId('document-name')).not.toHaveText('Checkout');
}

test('a bounded topic fills, the lag alarms, and the producer blocks then drops', async ({ page }) => {
  await openEditor(page);
  await openExample(page, 'backpressure');
  await page.getByTestId('playback-speed').selectOption('10');
  await page.getByTestId('play-toggle').click();
  const producer = page.getByTestId('live-producer-sensors');
  await expect(producer).toHaveAttribute('data-state', /blocked|dropping/, { timeout: 20_000 });
  await expect(page.getByTestId('live-topic-lag-readings-archive')).toHaveAttribute('data-level', 'alarm');
  await expect(producer).toHaveAttribute('data-state', 'dropping', { timeout: 20_000 });
  await page.getByTestId('play-toggle').click();
  // The canvas is drawn at the screen's resolution, not stretched.
  const scale = await page.getByTestId('particle-overlay').evaluate((c) => (c as HTMLCanvasElement).width / c.clientWidth);
  expect(scale).toBe(2);
  await page.screenshot({ path: 'test-results/live-backpressure.png' });
});

test('events applied out of order flash the service', async ({ page }) => {
  await openEditor(page);
  await openExample(page, 'ordering');
  await page.getByTestId('playback-speed').selectOption('5');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('live-violation-ledger-parallel')).toBeAttached({ timeout: 20_000 });
  await page.screenshot({ path: 'test-results/live-ordering.png' });
  await expect(page.getByTestId('live-violation-ledger-ordered')).toHaveCount(0);
});
