// A client calling an orchestrator: the editor lets the call edge be drawn, and when it plays the
// orchestrator runs a workflow per request while the client waits for its answer.
import { expect, test } from '@playwright/test';
import { connect, dropFromPalette, openEmptyEditor } from './editorPage';

test('a client may call an orchestrator, which answers when its workflow ends', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'client', 0.15, 0.5);
  await dropFromPalette(page, 'orchestrator', 0.45, 0.5);
  await dropFromPalette(page, 'service', 0.75, 0.5);
  await connect(page, 'client-1', 'orchestrator-1');
  await connect(page, 'orchestrator-1', 'service-1');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.getByTestId('toast-error')).toHaveCount(0);

  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('live-call-e1')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('live-workflows-orchestrator-1')).toContainText(/[1-9]\d* done/, { timeout: 10_000 });
  await expect(page.getByTestId('live-p99-client-1')).toContainText(/p99 \d/, { timeout: 10_000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: 'test-results/orchestrator-calls.png' });
});
