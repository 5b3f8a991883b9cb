// Share links: copy a link and open it elsewhere; bad links; the embedded view.
import { expect, test, type Page } from '@playwright/test';
import { node, openEditor, waitForSave } from './editorPage';

/** Open the app on its example, welcome closed, and change the seed and the fault script. */
async function exampleWithSeedAndFault(page: Page): Promise<void> {
  await openEditor(page);
  await page.getByTestId('welcome-close').click();
  const seed = page.getByTestId('playback-seed');
  await seed.fill('4242');
  await seed.press('Enter');
  await page.getByTestId('add-fault').click();
  await expect(page.getByTestId('fault-0')).toBeVisible();
}

async function copyLink(page: Page): Promise<string> {
  await page.getByTestId('tool-copy-link').click();
  await expect(page.getByTestId('share-panel')).toBeVisible();
  return page.getByTestId('share-url').inputValue();
}

test('a copied link opens the same document, seed and faults in a fresh browser', async ({ page, browser }) => {
  await exampleWithSeedAndFault(page);
  const url = await copyLink(page);
  expect(url).toMatch(/#d=1\.[A-Za-z0-9_-]+$/);
  // The address bar shows the link too, and the panel its length.
  expect(page.url()).toBe(url);
  const length = url.length - url.indexOf('#') - 1;
  await expect(page.getByTestId('share-length')).toHaveText(`${length} characters`);
  await expect(page.getByTestId('share-warning')).toHaveCount(0);
  const name = await page.getByTestId('document-name').textContent();
  const faultText = await page.getByTestId('fault-0').textContent();
  const ids = await page.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.locator('.react-flow__node')).toHaveCount(ids.length);
  expect(await other.locator('.react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')))).toEqual(ids);
  await expect(other.getByTestId('document-name')).toHaveText(name ?? '');
  await expect(other.getByTestId('playback-seed')).toHaveValue('4242');
  await expect(other.getByTestId('fault-0')).toHaveText(faultText ?? '');
  // A link opens as one undo step over what was there (here the example of a first visit).
  await expect(other.getByTestId('tool-undo')).toBeEnabled();
  await expect(other.getByTestId('welcome')).toHaveCount(0);
  await fresh.close();
});

test('a long link warns that chat apps may cut it and offers the file', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('welcome-close').click();
  // A document of 150 producers with random labels does not compress below 2,000 characters.
  await page.evaluate(async () => {
    const nodes = Array.from({ length: 150 }, (_, i) => ({
      id: `p${i}`,
      kind: 'producer',
      label: `Producer ${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`,
      position: { x: (i % 10) * 250, y: Math.floor(i / 10) * 150 },
    }));
    const text = JSON.stringify({ format: 'eventscape/1', name: 'Long', nodes, edges: [] });
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  });
  await expect(page.getByTestId('document-name')).toHaveText('Long');
  await copyLink(page);
  await expect(page.getByTestId('share-warning')).toContainText('chat apps');
  const download = page.waitForEvent('download');
  await page.getByTestId('share-download').click();
  expect((await download).suggestedFilename()).toBe('long.json');
});

test('a bad link says what is wrong and leaves the autosaved work alone', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('tool-new').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await waitForSave(page);

  // Pasted into the address bar of the open page (a hashchange), then opened afresh.
  await page.goto('./#d=1.AAAAnot-a-real-link');
  await expect(page.getByTestId('toast-error')).toContainText('This link could not be opened');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  expect(page.url()).not.toContain('#d=');
  // A cut-off link in a page opened afresh.
  await page.goto('./?again=1#d=1.');
  await expect(page.getByTestId('toast-error')).toContainText('cut off');
  await expect(page.getByTestId('document-name')).toHaveText('Untitled');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('a good link is not autosaved until it is changed', async ({ page }) => {
  await exampleWithSeedAndFault(page);
  const url = await copyLink(page);
  await page.getByTestId('tool-new').click();
  await waitForSave(page);
  // The address lost the link at the first change.
  expect(page.url()).not.toContain('#d=');

  await page.goto(url);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByTestId('toast-success')).toContainText('from the link');
  // Back to the plain address: the autosaved (empty) work is still what is kept.
  await page.goto(url.slice(0, url.indexOf('#')));
  await page.reload();
  await expect(page.getByTestId('document-name')).toHaveText('Untitled');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('the embedded view shows the run and no editing controls', async ({ page }) => {
  await exampleWithSeedAndFault(page);
  const url = await copyLink(page);
  const embed = url.replace('#', '?embed=1#');
  await page.goto(embed);
  await page.reload();
  await expect(page.getByTestId('embed-bar')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  for (const id of ['palette', 'inspector', 'toolbar', 'tool-new', 'tool-undo', 'tool-copy-link', 'welcome', 'add-fault']) {
    await expect(page.getByTestId(id)).toHaveCount(0);
  }
  await expect(page.getByTestId('play-toggle')).toBeVisible();
  await expect(page.getByTestId('playback-seed')).toBeDisabled();
  const open = page.getByTestId('embed-open');
  await expect(open).toHaveAttribute('href', /#d=1\./);
  expect(await open.getAttribute('href')).not.toContain('embed');

  // Nothing moves, nothing is deleted: drag a node (it pans the view instead), press Delete on it.
  const first = page.locator('.react-flow__node').first();
  const count = await page.locator('.react-flow__node').count();
  const place = () => first.evaluate((element) => (element as HTMLElement).style.transform);
  const before = await place();
  const box = await first.boundingBox();
  if (!box) throw new Error('no node on screen');
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 140, box.y + 90, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  expect(await place()).toBe(before);
  await expect(page.locator('.react-flow__node')).toHaveCount(count);
  await expect(node(page, (await first.getAttribute('data-id')) ?? '')).toBeVisible();

  // Play runs the simulation.
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('sim-clock')).not.toHaveText('0:00.0');
});
