// Exports download files that parse: SVG (XML with the node labels), PNG (the PNG signature and
// size), Mermaid (a flowchart).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openEditor } from './editorPage';

async function exported(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('tool-export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('exports the canvas as SVG and PNG, and the topology as Mermaid', async ({ page }) => {
  await openEditor(page);
  const labels = await page.locator('.es-node__label').allTextContents();
  expect(labels.length).toBeGreaterThan(3);

  const svg = await exported(page, 'export-svg');
  expect(svg.name).toBe('checkout.svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      nodes: doc.querySelectorAll('[data-node]').length,
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.nodes).toBe(labels.length);
  for (const label of labels) expect(parsed.texts).toContain(label);

  const png = await exported(page, 'export-png');
  expect(png.name).toBe('checkout.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Width and height from the IHDR chunk: twice the SVG's size.
  const width = png.bytes.readUInt32BE(16);
  const svgWidth = Number(/width="(\d+)"/.exec(svg.bytes.toString('utf8'))?.[1]);
  expect(width).toBe(svgWidth * 2);

  const mermaid = await exported(page, 'export-mermaid');
  expect(mermaid.name).toBe('checkout.mmd');
  const chart = mermaid.bytes.toString('utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  expect(chart.startsWith('flowchart LR')).toBe(true);
  for (const label of labels) expect(chart).toContain(label);
});

test('copies the Mermaid flowchart', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  await page.getByTestId('tool-export').click();
  await page.getByTestId('export-mermaid-copy').click();
  await expect(page.getByTestId('toast-success')).toContainText('Mermaid flowchart copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('flowchart LR');
});
