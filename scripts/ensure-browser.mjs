// Makes sure a Chromium is there before the browser tests run, so `npm test` works right after
// `npm install` on a fresh machine: Debian's package as root, Playwright's installer otherwise.
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

const found = findChromium();
if (found) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
try {
  if (isRoot) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get).');
    run('apt-get update -qq');
    run('apt-get install -y -qq chromium');
  } else {
    console.log('No Chromium found: installing Playwright\'s Chromium.');
    run('npx playwright install chromium');
  }
} catch (error) {
  console.error(`Could not install a browser: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Install Chromium yourself and set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
if (!findChromium()) {
  console.error('A browser was installed but none was found. Set CHROMIUM_PATH to a Chromium executable.');
  process.exit(1);
}
