// `npm run sim` as a function of its arguments and its input/output, so tests can call it.
import { createSimulation } from '../engine/simulation';
import { restoreText } from '../model/restore';
import { parseArguments, USAGE } from './arguments';
import { resultJson, resultTable } from './report';

/** What the command reads and writes; the real one is Node's file system and streams. */
export interface CliIo {
  /** The file's text; throws with a message when it cannot be read. */
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** A wall clock in ms, for `wallMs` only. */
  wallClock(): number;
}

/** Runs the command; returns the exit code (0 ok, 2 bad arguments or document, 1 engine failure). */
export function main(argv: readonly string[], io: CliIo): number {
  const args = parseArguments(argv);
  if (args === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    io.stderr(`sim: ${args}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (error) {
    io.stderr(`sim: cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const restored = restoreText(text);
  if (!restored.ok) {
    io.stderr(`sim: ${args.file} is not a valid Eventscape document:\n${restored.errors.map((e) => `  ${e}\n`).join('')}`);
    return 2;
  }
  for (const warning of restored.warnings) io.stderr(`sim: ${args.file}: warning: ${warning}\n`);
  const doc = restored.document;
  const seed = args.seed ?? doc.seed;
  try {
    const started = io.wallClock();
    const sim = createSimulation(doc, { seed });
    if (args.warmup > 0) {
      sim.runUntil(args.warmup * 1000);
      sim.resetMetrics();
    }
    sim.runUntil(args.seconds * 1000);
    const snapshot = sim.snapshot();
    const info = { file: args.file, seconds: args.seconds, warmup: args.warmup, seed, wallMs: io.wallClock() - started };
    io.stdout(`${args.json ? resultJson(info, snapshot) : resultTable(info, snapshot)}\n`);
    return 0;
  } catch (error) {
    io.stderr(`sim: the engine failed on ${args.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
