// A slow dependency in a chain of synchronous calls: its pool fills (every worker busy turns red),
// the callers' pools fill behind it, the call edges show the requests held and the timeouts.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { node, openEditor } from './editorPage';

test('slowing the end of a call chain saturates the pools up the chain', async ({ page }) => {
  await openEditor(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await chooser).setFiles({ name: 'call-chain.json', mimeType: 'application/json', buffer: readFileSync('public/examples/call-chain.json') });
  await expect(page.getByTestId('document-name')).toHaveText('Call chain');
  await page.getByTestId('playback-speed').selectOption('5');
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('live-call-c2')).toBeVisible();
  await expect(page.getByTestId('live-busy-email')).not.toHaveAttribute('data-level', 'alarm');

  await node(page, 'email').click({ button: 'right' });
  await page.getByTestId('fault-slow-value').fill('40');
  await page.getByTestId('fault-slow').click();

  await expect(page.getByTestId('live-busy-email')).toHaveAttribute('data-level', 'alarm', { timeout: 20_000 });
  await expect(page.getByTestId('live-busy-payment')).toHaveAttribute('data-level', 'alarm', { timeout: 20_000 });
  await expect(page.getByTestId('live-call-c2')).toContainText('timed out', { timeout: 20_000 });
  await page.screenshot({ path: 'test-results/live-calls.png' });
});
