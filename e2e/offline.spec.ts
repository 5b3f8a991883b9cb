import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// The built site must keep working when the network goes away after a first visit (workshop Wi-Fi),
// and from any path it is served under.

// The other tests run with service workers blocked (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

const DIST = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Serves dist/ under `prefix` (e.g. /workshop/eventscape/) so the test can take the server away. */
async function serveDist(prefix: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Another site on the same origin</p>');
      return;
    }
    const file = normalize(path.slice(prefix.length) || 'index.html');
    if (file.startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    readFile(join(DIST, file)).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('after a first visit the app reloads with the network switched off', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByTestId('app')).toBeVisible();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('app')).toBeVisible();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  // Files the first visit never asked for, such as the other examples, were cached at install.
  const example = await page.evaluate(() => fetch('examples/kafka-basics.json').then((response) => response.json()));
  expect(example).toMatchObject({ format: 'eventscape/1' });
  // What the first screen does not need is loaded when first used; those chunks were cached too.
  await page.getByTestId('tool-lessons').click();
  await page.getByTestId('lessons-dialog').getByTestId('lesson-one-slow-dependency').click();
  await expect(page.getByTestId('lesson-panel')).toBeVisible();
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('metrics-chart')).toBeVisible();
  await page.getByTestId('dock-tab-trace').click();
  await expect(page.getByTestId('trace-panel')).toBeVisible();
  await context.setOffline(false);
});

test('served from a sub-path, the app still opens after its server has gone away', async ({ page }) => {
  const prefix = '/workshop/eventscape/';
  const { origin, server } = await serveDist(prefix);
  try {
    // Caches left by an older release are deleted when the new worker activates; others are kept.
    await page.goto(`${origin}/elsewhere`);
    await page.evaluate(() => Promise.all([caches.open('eventscape-old'), caches.open('another-app')]));

    await page.goto(`${origin}${prefix}`);
    await expect(page.getByTestId('app')).toBeVisible();
    await waitForServiceWorkerControl(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${origin}${prefix}`);
    const names = await page.evaluate(() => caches.keys());
    expect(names).toContain('another-app');
    expect(names).not.toContain('eventscape-old');
    expect(names.filter((name) => name.startsWith('eventscape-'))).toHaveLength(1);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  // A link with a query (embed mode) and a fragment (a shared document) opens from the cache too.
  await page.goto(`${origin}${prefix}?embed=1#d=1.x`);
  await expect(page.getByTestId('app')).toBeVisible();
});
