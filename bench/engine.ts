// `npm run bench`: how fast the engine runs and how much memory it keeps, for every scenario of
// ./scenarios.ts. Each runs 3 times (seeds 1–3) after an untimed warm-up; the table gives the
// median with min and max. Figures per CPU second are shown beside the wall-clock ones: on a
// machine shared with other work, wall time also measures the neighbours. A scenario with `bare`
// runs the bare heap loop (./bareHeap.ts) right before each of its runs, and the ratio of the two
// is taken run by run, so both see the same machine.
// Options: --runs N, --only a,c (scenario letters), --long (the full-length runs, several minutes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runBareHeap, type BareResult } from './bareHeap';
import { measure, type RunResult } from './measure';
import * as scenarioModule from './scenarios';
import type { Scenario } from './scenarios';
import { fmt, printTable, spread, type Summary } from './table';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(option('--runs') ?? 3);
const long = process.argv.includes('--long');
const only = option('--only')?.split(',');

const isScenario = (value: unknown): value is Scenario => typeof value === 'object' && value !== null && 'doc' in value && 'ms' in value;
const scenarios = Object.values(scenarioModule)
  .filter(isScenario)
  .sort((a, b) => a.name.localeCompare(b.name))
  .filter((s) => !only || only.includes(s.name[0]))
  .map((s) => (long && s.long ? { ...s, ms: s.long.ms, messages: s.long.messages } : s));

process.stdout.write(`${long ? 'long' : 'default'} runs (${long ? 'full length' : 'add --long for the full-length runs'}), ${runs} per scenario\n`);
const summaries: Summary[] = [];
for (const scenario of scenarios) {
  process.stdout.write(`${scenario.name}: ${scenario.description}\n`);
  const bareMessages = scenario.messages ?? 1_000_000;
  // One untimed run first, so the timed ones measure compiled code rather than the compiler.
  measure({ ...scenario, ms: scenario.ms / 10, messages: scenario.messages && scenario.messages / 10 }, 0, gc);
  if (scenario.bare) runBareHeap(scenario.bare.lambda, scenario.bare.mu, bareMessages / 10, 0);
  const results: RunResult[] = [];
  const bares: BareResult[] = [];
  for (let seed = 1; seed <= runs; seed++) {
    if (scenario.bare) {
      gc();
      const b = runBareHeap(scenario.bare.lambda, scenario.bare.mu, bareMessages, seed);
      bares.push(b);
      process.stdout.write(`  bare heap loop ${seed}: ${fmt(b.messages)} messages in ${fmt(b.wallMs)} ms = ${fmt(b.messagesPerSecond)}/s (${fmt(b.messagesPerCpuSecond)} per CPU second)\n`);
    }
    const r = measure(scenario, seed, gc);
    results.push(r);
    process.stdout.write(
      `  run ${seed}: ${fmt(r.messages)} messages, ${fmt(r.simulatedMs / 1000, 1)} simulated s in ${fmt(r.wallMs)} ms = ${fmt(r.messagesPerSecond)}/s (${fmt(r.messagesPerCpuSecond)} per CPU second), ` +
        `${fmt(r.simulatedMs / r.wallMs, 2)}× real time, peak heap ${fmt(r.peakHeapMB, 1)} MB (with buffers ${fmt(r.peakTotalMB, 1)} MB)\n`,
    );
  }
  const summary: Summary = {
    scenario: scenario.name,
    description: scenario.description,
    runs: results,
    messagesPerSecond: spread(results.map((r) => r.messagesPerSecond)),
    messagesPerCpuSecond: spread(results.map((r) => r.messagesPerCpuSecond)),
    realTime: spread(results.map((r) => r.simulatedMs / r.wallMs)),
    realTimePerCpu: spread(results.map((r) => r.simulatedMs / r.cpuMs)),
    bare: scenario.bare
      ? {
          runs: bares,
          messagesPerCpuSecond: spread(bares.map((b) => b.messagesPerCpuSecond)),
          ratio: spread(results.map((r, i) => r.messagesPerCpuSecond / bares[i].messagesPerCpuSecond)),
        }
      : null,
    peakHeapMB: Math.max(...results.map((r) => r.peakHeapMB)),
    peakTotalMB: Math.max(...results.map((r) => r.peakTotalMB)),
    target: scenario.target ?? null,
    unmet: [],
  };
  const t = scenario.target;
  if (t?.messagesPerSecond !== undefined && summary.messagesPerSecond.median < t.messagesPerSecond) summary.unmet.push(`≥ ${fmt(t.messagesPerSecond)} messages/s`);
  if (t?.peakMB !== undefined && summary.peakTotalMB >= t.peakMB) summary.unmet.push(`< ${t.peakMB} MB`);
  if (t?.realTime !== undefined && summary.realTimePerCpu.median < t.realTime) summary.unmet.push(`≥ ${t.realTime}× real time per CPU s`);
  if (t?.ratioToBare !== undefined && summary.bare && summary.bare.ratio.median < t.ratioToBare) summary.unmet.push(`≥ ${t.ratioToBare}× the bare heap loop`);
  summaries.push(summary);
}

printTable(summaries);

const dir = new URL('./results/', import.meta.url);
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = new URL(`engine-${stamp}.json`, dir);
writeFileSync(file, `${JSON.stringify({ node: process.version, runs, long, summaries }, null, 2)}\n`);
process.stdout.write(`\nwritten ${file.pathname}\n`);
