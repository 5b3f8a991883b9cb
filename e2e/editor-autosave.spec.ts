import { expect, test } from '@playwright/test';
import { dropFromPalette, expectNodeIds, openEditor, openEmptyEditor, selectNode, setField, waitForSave } from './editorPage';

test('finds the work autosaved after a reload', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'producer', 0.25, 0.4);
  await dropFromPalette(page, 'topic', 0.6, 0.4);
  await selectNode(page, 'topic-1');
  await setField(page, 'node-partitions', '6');
  await setField(page, 'node-label', 'payments');
  // Autosave writes a moment after the last change.
  await waitForSave(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expectNodeIds(page, ['producer-1', 'topic-1']);
  await expect(page.getByTestId('node-summary-topic-1')).toHaveText('6 partitions');
  await expect(page.getByTestId('node-label-topic-1')).toHaveText('payments');
});

test('a second tab that saves never silently overwrites the first', async ({ page, context }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'service', 0.25, 0.4);
  await waitForSave(page);

  const other = await context.newPage();
  await openEditor(other);
  await expectNodeIds(other, ['service-1']);
  await dropFromPalette(other, 'topic', 0.6, 0.4);
  await waitForSave(other);

  // The first tab learns of it and stops saving until its user chooses.
  await expect(page.getByTestId('banner-other-tab')).toBeVisible();
  await dropFromPalette(page, 'producer', 0.25, 0.75);
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await other.reload();
  await expectNodeIds(other, ['service-1', 'topic-1']);

  // "Load that version" brings the other tab's work in; undo still has this tab's own.
  await page.getByTestId('banner-load-theirs').click();
  await expect(page.getByTestId('banner-other-tab')).toHaveCount(0);
  await expectNodeIds(page, ['service-1', 'topic-1']);
  await page.keyboard.press('Control+z');
  await expectNodeIds(page, ['service-1', 'producer-1']);

  // Undoing is a change of this tab's, saved: now the other tab is the one asked.
  await expect(other.getByTestId('banner-other-tab')).toBeVisible();
  await other.getByTestId('banner-keep-mine').click();
  await expect(page.getByTestId('banner-other-tab')).toBeVisible();
  await page.getByTestId('banner-keep-mine').click();
  await expect(other.getByTestId('banner-other-tab')).toBeVisible();
  const third = await context.newPage();
  await openEditor(third);
  await expectNodeIds(third, ['service-1', 'producer-1']);
});

test('when the browser refuses to save, says so and keeps the work in the tab', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openEmptyEditor(page);
  // Starting a new document is a change: its save fails, and the banner says so.
  await expect(page.getByTestId('banner-storage-failed')).toContainText('The quota has been exceeded');
  await dropFromPalette(page, 'service', 0.25, 0.4);
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await expectNodeIds(page, ['service-1']);
  const download = page.waitForEvent('download');
  await page.getByTestId('banner-storage-failed').getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('untitled.json');
});

test('without browser storage the app still opens and edits, and says work is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is disabled.', 'SecurityError');
    };
  });
  await openEditor(page);
  await expect(page.getByTestId('toast-error')).toContainText('Autosave is not available');
  await page.getByTestId('tool-new').click();
  await expect(page.getByTestId('banner-storage-failed')).toBeVisible();
  await dropFromPalette(page, 'topic', 0.37, 0.4);
  await expectNodeIds(page, ['topic-1']);
});
