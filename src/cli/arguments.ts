// The command line of `npm run sim`: FILE.json [--seconds S] [--warmup S] [--seed N] [--json].

/** What the command line asks for. */
export interface SimArguments {
  file: string;
  seconds: number;
  warmup: number;
  seed: number | null;
  json: boolean;
}

export const USAGE = 'usage: npm run sim -- FILE.json [--seconds S] [--warmup S] [--seed N] [--json]';

/** The longest run, in simulated seconds: the document format's limit on any duration (30 days). */
const MAX_SECONDS = 30 * 24 * 60 * 60;

/** Reads the arguments; a string is a message naming what is wrong. "help" asks for the usage. */
export function parseArguments(argv: readonly string[]): SimArguments | string | 'help' {
  const args: SimArguments = { file: '', seconds: 60, warmup: 0, seed: null, json: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') {
      args.json = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name !== '--seconds' && name !== '--warmup' && name !== '--seed') return `unknown option ${name}`;
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) return `${name} needs a value`;
      value = argv[++i];
    }
    const number = value.trim() === '' ? NaN : Number(value);
    if (name === '--seed') {
      if (!Number.isInteger(number) || number < 0 || number > 0xffff_ffff) return `--seed must be a whole number from 0 to 4294967295, not "${value}"`;
      args.seed = number;
    } else if (name === '--seconds') {
      if (!Number.isFinite(number) || number <= 0 || number > MAX_SECONDS) return `--seconds must be a number of seconds above 0 and at most ${MAX_SECONDS}, not "${value}"`;
      args.seconds = number;
    } else {
      if (!Number.isFinite(number) || number < 0) return `--warmup must be a number of seconds, 0 or more, not "${value}"`;
      args.warmup = number;
    }
  }
  if (files.length === 0) return 'which document? give the path of a JSON file';
  if (files.length > 1) return `one document at a time, not ${files.length} (${files.join(', ')})`;
  args.file = files[0];
  if (args.warmup >= args.seconds) return `--warmup (${args.warmup} s) must be shorter than --seconds (${args.seconds} s)`;
  return args;
}
