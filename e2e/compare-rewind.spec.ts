// Compare mode and rewind, as a workshop uses them: the call-chain-vs-events pair opens side by
// side from the lessons list, plays through the slow Email, shows both client p99 figures and
// their ratio; the timeline goes back to before the fault and shows the figures of then; a link
// with b= and t= opens the pair at one second; the run report downloads and shows both runs.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { restore } from '../src/model/restore';
import { encodeLink } from '../src/share/link';
import { encodeLinkExtras } from '../src/share/linkExtras';

const figure = async (page: Page, id: string): Promise<number> => Number(((await page.getByTestId(id).textContent()) ?? '').replace(/,/g, ''));

/** Simulated seconds on the clock ("1:32.4" → 92.4). */
async function clockSeconds(page: Page): Promise<number> {
  const [minutes, seconds] = ((await page.getByTestId('sim-clock').textContent()) ?? '0:0').split(':');
  return Number(minutes) * 60 + Number.parseFloat(seconds);
}

test('the call chain vs events pair: compare through the Email fault, then rewind to before it', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId('compare-call-chain-vs-events').click();
  await expect(page.getByTestId('compare-side')).toBeVisible();
  await expect(page.getByTestId('compare-name')).toHaveText('Evented');
  await expect(page.getByTestId('document-name')).toHaveText('Call chain');

  // B is a second live canvas: B's own nodes, with B's figures, and its own particles.
  const bCanvas = page.getByTestId('compare-canvas');
  for (const id of ['shoppers', 'payment', 'payments', 'email', 'notification', 'analytics']) await expect(bCanvas.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
  await expect(page.getByTestId('canvas').locator('.react-flow__node[data-id="payments"]')).toHaveCount(0);

  // At 2×, B's particles move: the overlay draws some, and the events drawn change from moment to
  // moment. (At 25× an event's hop lasts a few wall ms: a loaded machine may draw none of them.)
  await page.getByTestId('playback-speed').selectOption('2');
  await page.getByTestId('play-toggle').click();
  const bOverlay = page.getByTestId('compare-particle-overlay');
  await expect.poll(async () => Number(await bOverlay.getAttribute('data-drawn')), { timeout: 30_000 }).toBeGreaterThan(0);
  const picture = async () => (await bOverlay.screenshot()).toString('base64');
  const first = await picture();
  await expect.poll(picture, { timeout: 10_000 }).not.toBe(first);
  // B's Email consumes from a topic and shows its group's lag (A's Email is called: it has none).
  await expect(bCanvas.getByTestId('live-lag-email')).toBeVisible();
  await page.getByTestId('playback-speed').selectOption('25');
  // Email is slowed 40× from 60 s to 120 s in both scripts.
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(95);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('sim-clock')).toHaveAttribute('data-status', 'paused');
  // The moment to read: 100 s, 40 s into the fault (the timeline takes both runs there).
  await page.getByTestId('timeline-range').fill('100000');
  await expect(page.getByTestId('sim-clock')).toHaveText('1:40.0');

  const a = await figure(page, 'compare-clientP99-a');
  const b = await figure(page, 'compare-clientP99-b');
  // Through the chain, users wait on the slow Email; through events, they do not.
  expect(a).toBeGreaterThan(1000);
  expect(b).toBeLessThan(400);
  const ratio = a / b;
  await expect(page.getByTestId('compare-clientP99-ratio')).toHaveText(`${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`);
  expect(await figure(page, 'compare-failures-a')).toBeGreaterThan(0);
  expect(await figure(page, 'compare-lag-b')).toBeGreaterThan(100);
  // B's Email node on B's canvas shows the lag the figures table reports for B.
  expect(Number(await bCanvas.getByTestId('live-lag-email').getAttribute('data-lag'))).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/compare-during-fault.png' });

  // Back to 50 s, before the fault: the figures of then.
  await page.getByTestId('timeline-range').fill('50000');
  await expect(page.getByTestId('sim-clock')).toHaveText('0:50.0');
  await expect.poll(() => figure(page, 'compare-clientP99-a')).toBeLessThan(600);
  expect(await figure(page, 'compare-failures-a')).toBe(0);
  expect(await figure(page, 'compare-lag-b')).toBeLessThan(50);
  const endText = await page.getByTestId('timeline-end').textContent();
  expect(endText).not.toBe('0:50.0');
  await page.screenshot({ path: 'test-results/compare-rewound.png' });

  // , and . step one second back and forward.
  await page.locator('body').press(',');
  await expect(page.getByTestId('sim-clock')).toHaveText('0:49.0');
  await page.locator('body').press('.');
  await expect(page.getByTestId('sim-clock')).toHaveText('0:50.0');

  // The report: one HTML file with both runs' charts, opened in the browser.
  await page.getByTestId('tool-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()]);
  expect(download.suggestedFilename()).toMatch(/report\.html$/);
  const file = test.info().outputPath('report.html');
  await download.saveAs(file);
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('h1')).toHaveText('Call chain vs Evented');
  const charts = page.getByTestId('report-charts').locator('svg.chart');
  await expect(charts).toHaveCount(4);
  // A's lines are solid, B's dashed, on the same charts.
  expect(await charts.first().locator('path:not([stroke-dasharray])').count()).toBeGreaterThan(0);
  expect(await charts.first().locator('path[stroke-dasharray]').count()).toBeGreaterThan(0);
  await expect(page.locator('section[data-run="B"] h2')).toContainText('Evented');
  await page.screenshot({ path: 'test-results/compare-report.png' });
});

test('a link with b= and t= opens both documents in compare mode at that second, paused', async ({ page }) => {
  const read = (name: string) => {
    const restored = restore(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
    if (!restored.ok) throw new Error(restored.errors.join('\n'));
    return restored.document;
  };
  await page.goto(`./#${encodeLink(read('call-chain'))}${encodeLinkExtras(read('evented'), 70)}`);
  await expect(page.getByTestId('sim-clock')).toHaveText('1:10.0');
  await expect(page.getByTestId('sim-clock')).toHaveAttribute('data-status', 'paused');
  await expect(page.getByTestId('compare-name')).toHaveText('Evented');
  await expect(page.getByTestId('timeline-end')).toHaveText('1:10.0');
  // Ten seconds into the slow Email: users of the chain wait; the events pile up in the topic.
  await expect.poll(() => figure(page, 'compare-lag-b')).toBeGreaterThan(100);
  expect(await figure(page, 'compare-clientP99-a')).toBeGreaterThan(1000);
  await page.screenshot({ path: 'test-results/compare-link-t70.png' });
});

test('a service inspector shows queueing theory beside the run; compare mode opens beside a copy', async ({ page }) => {
  const doc = {
    format: 'eventscape/1',
    name: 'One queue',
    seed: 5,
    nodes: [
      { id: 'orders', kind: 'producer', label: 'Orders', position: { x: 0, y: 0 }, config: { rate: 60, keys: 1000 } },
      { id: 'log', kind: 'topic', label: 'log', position: { x: 260, y: 0 } },
      { id: 'billing', kind: 'service', label: 'Billing', position: { x: 520, y: 0 }, config: { ordering: 'none', processing: { dist: 'exponential', mean: 10 } } },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'orders', target: 'log' },
      { id: 'e2', kind: 'subscribe', source: 'log', target: 'billing' },
    ],
    faults: [],
  };
  const restored = restore(doc);
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  await page.goto(`./#${encodeLink(restored.document)}&t=300`);
  await expect(page.getByTestId('sim-clock')).toHaveText('5:00.0');
  await page.locator('.react-flow__node[data-id="billing"]').click();
  const theory = page.getByTestId('theory-panel');
  // During a run the theory sits above the settings: seen without scrolling the inspector.
  await expect(theory).toBeInViewport();
  await expect(theory.getByTestId('theory-model')).toHaveText('M/M/1');
  // λ = 60/s, μ = 100/s: ρ = 60 %, W = 1 / (μ − λ) = 25 ms.
  await expect(theory.locator('tr', { hasText: 'Utilisation' }).locator('td').first()).toHaveText('60.0 %');
  await expect(theory.locator('tr', { hasText: 'Mean latency' }).locator('td').first()).toHaveText('25.0 ms');
  const measured = Number.parseFloat((await theory.locator('tr', { hasText: 'Mean latency' }).locator('td').nth(1).textContent()) ?? '');
  expect(Math.abs(measured - 25) / 25).toBeLessThan(0.15);
  await theory.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/theory-panel.png' });

  await page.getByTestId('tool-compare').click();
  await page.getByTestId('compare-copy').click();
  await expect(page.getByTestId('compare-name')).toHaveText('One queue (copy)');
  await page.getByTestId('step-100ms').click();
  // The same document on the same clock and seed: the same figures.
  await expect(page.getByTestId('compare-staleKeys-ratio')).toHaveText('1.0×');

  // The link carries B (b=) and the moment (t=); the length shown is the whole fragment's.
  await page.getByTestId('tool-copy-link').click();
  await expect(page.getByTestId('share-length')).toBeVisible();
  const url = page.url();
  expect(url).toMatch(/[#&]b=/);
  expect(url).toMatch(/[#&]t=/);
  const fragment = url.length - url.indexOf('#') - 1;
  await expect(page.getByTestId('share-length')).toHaveText(`${fragment.toLocaleString('en-US')} characters`);
});

/** The ids of the nodes of a canvas that lie (partly) outside the canvas's box. */
async function nodesOutside(page: Page, canvas: string): Promise<string[]> {
  const box = await page.getByTestId(canvas).boundingBox();
  if (!box) return ['(no canvas)'];
  const outside: string[] = [];
  for (const node of await page.getByTestId(canvas).locator('.react-flow__node').all()) {
    const b = await node.boundingBox();
    const inside = b && b.x >= box.x - 1 && b.y >= box.y - 1 && b.x + b.width <= box.x + box.width + 1 && b.y + b.height <= box.y + box.height + 1;
    if (!inside) outside.push((await node.getAttribute('data-id')) ?? '?');
  }
  return outside;
}

test('compare mode at 1400 and at 800 px: two live canvases side by side, then stacked; the toolbar fits', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await page.getByTestId('compare-call-chain-vs-events').click();
  await expect(page.getByTestId('compare-canvas').locator('.react-flow__node[data-id="payments"]')).toBeVisible();
  // The last button of the toolbar is on screen, at 1280 and at 1400 px.
  await expect(page.getByTestId('tool-shortcuts')).toBeInViewport({ ratio: 1 });
  // The A/B figures fit their side: nothing to scroll sideways.
  const figures = page.locator('.es-compare-side__figures');
  const sideways = () => figures.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect(page.getByTestId('tool-shortcuts')).toBeInViewport({ ratio: 1 });
  await page.getByTestId('playback-speed').selectOption('10');
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(20);
  const a = await page.getByTestId('canvas').boundingBox();
  const b = await page.getByTestId('compare-canvas').boundingBox();
  if (!a || !b) throw new Error('a canvas is not on screen');
  // Side by side: B to the right of A, at the same height.
  expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 2);
  expect(Math.abs(b.y - a.y)).toBeLessThan(60);
  await page.screenshot({ path: 'test-results/compare-1400.png' });

  await page.setViewportSize({ width: 800, height: 900 });
  await expect.poll(async () => {
    const top = await page.getByTestId('canvas').boundingBox();
    const below = await page.getByTestId('compare-canvas').boundingBox();
    return top && below ? below.y - (top.y + top.height) : -1;
  }).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('compare-canvas').locator('.react-flow__node[data-id="email"]')).toBeInViewport();
  // Each canvas frames its document again at its new shape: every node of A and of B is inside it.
  await expect.poll(() => nodesOutside(page, 'canvas'), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => nodesOutside(page, 'compare-canvas'), { timeout: 10_000 }).toEqual([]);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: 'test-results/compare-800.png' });
  await page.getByTestId('play-toggle').click();
});
