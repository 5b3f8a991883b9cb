// Where the end-to-end tests and UI benchmarks find Chromium: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own download (an ordinary laptop).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium executable to use, or null when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

/** Launch arguments: no sandbox as root, and nothing that reaches for the network. */
export function chromiumArgs() {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
  return args;
}
