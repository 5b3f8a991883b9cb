// The summary of `npm run bench`: one figure per scenario and run set, and the table it prints.
import type { BareResult } from './bareHeap';
import type { RunResult } from './measure';
import type { Scenario } from './scenarios';

/** Median, min and max of a few runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** What one scenario measured over its runs. */
export interface Summary {
  scenario: string;
  description: string;
  runs: RunResult[];
  messagesPerSecond: Spread;
  messagesPerCpuSecond: Spread;
  /** Simulated seconds per wall second and per CPU second. */
  realTime: Spread;
  realTimePerCpu: Spread;
  /** The bare heap loop's runs beside the engine's, and the engine's figure over its, run by run. */
  bare: { runs: BareResult[]; messagesPerCpuSecond: Spread; ratio: Spread } | null;
  peakHeapMB: number;
  peakTotalMB: number;
  target: Scenario['target'] | null;
  /** Targets not met, in words. */
  unmet: string[];
}

/** The median (the upper one of an even count), min and max of `xs`. */
export function spread(xs: number[]): Spread {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/** A number with thousands separators and `digits` decimals. */
export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const range = (s: Spread, digits = 0) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;

/** Prints the summary table and, for scenarios with a bare loop or a real-time goal, a line each. */
export function printTable(summaries: Summary[]): void {
  const header = ['scenario', 'messages', 'simulated s', 'messages/s median (min–max)', 'per CPU s', '× real time', 'per CPU s', 'peak MB', 'targets'];
  const rows = summaries.map((s) => {
    const targets = s.target ? (s.unmet.length === 0 ? 'met' : `NOT MET: ${s.unmet.join(', ')}`) : '';
    return [
      s.scenario,
      fmt(spread(s.runs.map((r) => r.messages)).median),
      fmt(spread(s.runs.map((r) => r.simulatedMs)).median / 1000),
      range(s.messagesPerSecond),
      range(s.messagesPerCpuSecond),
      range(s.realTime, 1),
      range(s.realTimePerCpu, 1),
      `${fmt(s.peakHeapMB, 1)} / ${fmt(s.peakTotalMB, 1)}`,
      targets,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const last = header.length - 1;
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 || c === last ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  process.stdout.write(`\n${[line(header), ...rows.map(line)].join('\n')}\n`);
  process.stdout.write('(peak MB: V8 heap / heap with typed-array buffers)\n\n');
  for (const s of summaries) {
    if (s.bare) {
      const goal = s.target?.ratioToBare ? ` (goal ≥ ${s.target.ratioToBare}×)` : '';
      process.stdout.write(
        `${s.scenario}: bare heap loop ${range(s.bare.messagesPerCpuSecond)} messages per CPU s, engine ${range(s.messagesPerCpuSecond)}: ` +
          `engine/bare ${range(s.bare.ratio, 2)}×${goal}\n`,
      );
    }
    if (s.target?.realTime !== undefined) {
      process.stdout.write(
        `${s.scenario}: ${range(s.realTimePerCpu, 1)} simulated s per CPU s, ${range(s.realTime, 1)} per wall s (goal ≥ ${s.target.realTime}× real time)\n`,
      );
    }
  }
}
