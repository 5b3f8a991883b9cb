// Holds the first load to its budget: fails when the gzipped JavaScript the first screen needs
// (measured by the build into dist/first-load.json, see firstLoadSize.ts) is over 200 kB.
// Run after `vite build`; `npm run test:e2e` does.
import { readFileSync } from 'node:fs';
import { FIRST_LOAD_FILE, type FirstLoadReport } from './firstLoadSize';

const BUDGET_BYTES = 200_000;

const report = JSON.parse(readFileSync(new URL(`../dist/${FIRST_LOAD_FILE}`, import.meta.url), 'utf8')) as FirstLoadReport;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const chunks = report.chunks.map((c) => `${c.file} ${kB(c.gzipBytes)}`).join(', ');
if (report.gzipBytes > BUDGET_BYTES) {
  console.error(`first load ${kB(report.gzipBytes)} of gzipped JavaScript is over the ${kB(BUDGET_BYTES)} budget (${chunks}).`);
  console.error('Load what the first screen does not need with import() when first used.');
  process.exit(1);
}
console.log(`first load ${kB(report.gzipBytes)} of gzipped JavaScript, within the ${kB(BUDGET_BYTES)} budget (${chunks}).`);
