import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { nodeIds, expectNodeIds, openEditor } from './editorPage';

const fixture = (name: string) => join(process.cwd(), 'e2e', 'fixtures', name);

async function openFile(page: import('@playwright/test').Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('tool-open').click();
  await (await chooser).setFiles(fixture(name));
}

test('a bad file is refused with a message naming the problem, and the work stays as it was', async ({ page }) => {
  await openEditor(page);
  const before = await nodeIds(page);
  const name = await page.getByTestId('document-name').textContent();

  await openFile(page, 'bad-rules.json');
  const message = page.getByTestId('toast-error');
  await expect(message).toContainText('“bad-rules.json” is not a valid Eventscape document');
  await expect(message).toContainText('nodes[0].config.rate');
  await expect(message).toContainText('nodes[1].config.partitions');
  await expectNodeIds(page, before);
  await expect(page.getByTestId('document-name')).toHaveText(name ?? '');

  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  await openFile(page, 'bad-syntax.json');
  await expect(page.getByTestId('toast-error')).toContainText('bad-syntax.json');
  await expectNodeIds(page, before);
});

test('opens a good file as one undo step, and downloads the document as a file', async ({ page }) => {
  await openEditor(page);
  const before = await nodeIds(page);
  await openFile(page, 'small.json');
  await expect(page.getByTestId('document-name')).toHaveText('Small');
  await expectNodeIds(page, ['checkout', 'orders', 'email']);
  await page.keyboard.press('Control+z');
  await expectNodeIds(page, before);
  await page.keyboard.press('Control+Shift+z');

  const download = page.waitForEvent('download');
  await page.getByTestId('tool-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('small.json');
  const text = await readFile((await file.path()) ?? '', 'utf8');
  const saved = JSON.parse(text);
  expect(saved.format).toBe('eventscape/1');
  expect(saved.nodes.map((n: { id: string }) => n.id)).toEqual(['checkout', 'orders', 'email']);
});

test('pasting JSON: a document opens, a bad one is refused with the work intact', async ({ page }) => {
  await openEditor(page);
  const before = await nodeIds(page);
  await page.getByTestId('tool-paste').click();
  await page.getByTestId('paste-text').fill('{"format":"eventscape/1","nodes":[{"id":"a","kind":"topic"},{"id":"a","kind":"service"}]}');
  await page.getByTestId('paste-open').click();
  await expect(page.getByTestId('toast-error')).toContainText('already the id of nodes[0]');
  await expect(page.getByTestId('paste-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expectNodeIds(page, before);

  await page.getByTestId('tool-paste').click();
  await page.getByTestId('paste-text').fill(await readFile(fixture('small.json'), 'utf8'));
  await page.getByTestId('paste-open').click();
  await expect(page.getByTestId('paste-dialog')).toHaveCount(0);
  await expectNodeIds(page, ['checkout', 'orders', 'email']);
});
