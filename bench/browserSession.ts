// The browser side of the UI benchmarks: the built app served by Vite's preview server on a free
// port and Chromium launched to open it, both closed once the measuring is over.
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { chromiumArgs, findChromium } from '../scripts/browser.mjs';

/** Serves the built app (from `outDir`, else the build's own folder), launches Chromium, runs `measure`, then closes both. */
export async function withBrowserSession<T>(measure: (browser: Browser, url: string) => Promise<T>, outDir?: string): Promise<T> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (run node scripts/ensure-browser.mjs)');
  const server = await preview({
    ...(outDir === undefined ? {} : { build: { outDir } }),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not start');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  try {
    return await measure(browser, url);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** The `p`-th percentile of ascending `sorted`, by rank; NaN when there is nothing. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
