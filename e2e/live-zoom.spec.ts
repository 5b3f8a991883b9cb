// Particles follow the drawn edges through zoom and pan: after zooming in and panning, the dots
// drawn on the overlay still sit on the edges' paths.
import { expect, test, type Page } from '@playwright/test';
import { openEditor } from './editorPage';

/** Share of the overlay's drawn dots that lie within a few px of some edge path, on screen. */
function dotsOnEdges(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="particle-overlay"]');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return 0;
    const ratio = canvas.width / canvas.clientWidth;
    const box = canvas.getBoundingClientRect();
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    // Points along every edge path, in canvas pixels.
    const points: [number, number][] = [];
    document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path').forEach((path) => {
      const matrix = path.getScreenCTM();
      if (!matrix) return;
      const length = path.getTotalLength();
      for (let d = 0; d <= length; d += 2) {
        const p = path.getPointAtLength(d).matrixTransform(matrix);
        points.push([(p.x - box.left) * ratio, (p.y - box.top) * ratio]);
      }
    });
    let drawn = 0;
    let near = 0;
    const reach = 9 * ratio;
    for (let y = 0; y < canvas.height; y += 3) {
      for (let x = 0; x < canvas.width; x += 3) {
        if (pixels[(y * canvas.width + x) * 4 + 3] < 200) continue;
        drawn++;
        if (points.some(([px, py]) => Math.abs(px - x) < reach && Math.abs(py - y) < reach)) near++;
      }
    }
    return drawn === 0 ? 0 : near / drawn;
  });
}

test('particles stay on the edges when zoomed in and panned', async ({ page }) => {
  await openEditor(page);
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(800);
  await page.locator('.react-flow__controls-zoomin').click();
  await page.locator('.react-flow__controls-zoomin').click();
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('no pane');
  await page.mouse.move(box.x + 40, box.y + box.height - 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 140, box.y + box.height - 90, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(400);
  await page.getByTestId('play-toggle').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/live-zoomed.png' });
  expect(await dotsOnEdges(page)).toBeGreaterThan(0.95);
});
