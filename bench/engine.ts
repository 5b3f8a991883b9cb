// `npm run bench`: how fast the engine runs and how much memory it keeps, for the scenarios of
// ./scenarios.ts. Each runs 5 times (seeds 1–5) after an untimed warm-up; the table gives the median with min and max of
// messages completed per wall second and the peak memory; the JSON goes to bench/results/.
// Messages per CPU second are shown too: on a machine shared with other work, wall time also
// measures the neighbours.
// Options: --runs N, --only a,c (scenario letters).
import { mkdirSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { measure, type RunResult } from './measure';
import { callChainScenario, chainScenario, fanOutScenario, mm1Scenario, processorScenario, type Scenario } from './scenarios';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const runs = Number(option('--runs') ?? 5);
const only = option('--only')?.split(',');
const scenarios = [mm1Scenario, fanOutScenario, chainScenario, callChainScenario, processorScenario].filter((s) => !only || only.includes(s.name[0]));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Summary {
  scenario: string;
  description: string;
  runs: RunResult[];
  messagesPerSecond: { median: number; min: number; max: number };
  messagesPerCpuSecond: { median: number };
  peakHeapMB: number;
  peakTotalMB: number;
  target: Scenario['target'] | null;
  meetsTarget: boolean;
}

const summaries: Summary[] = [];
for (const scenario of scenarios) {
  process.stdout.write(`${scenario.name}: ${scenario.description}\n`);
  // One untimed run first, so the timed ones measure compiled code rather than the compiler.
  measure({ ...scenario, ms: scenario.ms / 10, messages: scenario.messages && scenario.messages / 10 }, 0, gc);
  const results: RunResult[] = [];
  for (let seed = 1; seed <= runs; seed++) {
    const r = measure(scenario, seed, gc);
    results.push(r);
    process.stdout.write(
      `  run ${seed}: ${fmt(r.messages)} messages in ${fmt(r.wallMs)} ms = ${fmt(r.messagesPerSecond)}/s (${fmt(r.messagesPerCpuSecond)} per CPU second), peak heap ${fmt(r.peakHeapMB, 1)} MB (with buffers ${fmt(r.peakTotalMB, 1)} MB), ${fmt(r.simulatedMs / r.wallMs, 2)} simulated s per wall s\n`,
    );
  }
  const rates = results.map((r) => r.messagesPerSecond);
  const summary: Summary = {
    scenario: scenario.name,
    description: scenario.description,
    runs: results,
    messagesPerSecond: { median: median(rates), min: Math.min(...rates), max: Math.max(...rates) },
    messagesPerCpuSecond: { median: median(results.map((r) => r.messagesPerCpuSecond)) },
    peakHeapMB: Math.max(...results.map((r) => r.peakHeapMB)),
    peakTotalMB: Math.max(...results.map((r) => r.peakTotalMB)),
    target: scenario.target ?? null,
    meetsTarget: true,
  };
  const target = scenario.target;
  if (target?.messagesPerSecond !== undefined && summary.messagesPerSecond.median < target.messagesPerSecond) summary.meetsTarget = false;
  if (target?.peakMB !== undefined && summary.peakTotalMB >= target.peakMB) summary.meetsTarget = false;
  summaries.push(summary);
}

const header = ['scenario', 'messages', 'simulated s', 'messages/s median', 'min', 'max', 'per CPU s', 'peak heap MB', 'with buffers MB', 'target'];
const rows = summaries.map((s) => {
  const t = s.target;
  const target = t?.messagesPerSecond ? `≥ ${fmt(t.messagesPerSecond)}/s` : t?.peakMB ? `< ${t.peakMB} MB` : '';
  return [
    s.scenario,
    fmt(median(s.runs.map((r) => r.messages))),
    fmt(median(s.runs.map((r) => r.simulatedMs)) / 1000),
    fmt(s.messagesPerSecond.median),
    fmt(s.messagesPerSecond.min),
    fmt(s.messagesPerSecond.max),
    fmt(s.messagesPerCpuSecond.median),
    fmt(s.peakHeapMB, 1),
    fmt(s.peakTotalMB, 1),
    target ? `${target} ${s.meetsTarget ? 'met' : 'NOT MET'}` : '',
  ];
});
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
const line = (cells: string[]) => cells.map((cell, c) => (c === 0 || c === 9 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
process.stdout.write(`\n${[line(header), ...rows.map(line)].join('\n')}\n`);

const dir = new URL('./results/', import.meta.url);
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = new URL(`engine-${stamp}.json`, dir);
writeFileSync(file, `${JSON.stringify({ node: process.version, runs, summaries }, null, 2)}\n`);
process.stdout.write(`\nwritten ${file.pathname}\n`);
