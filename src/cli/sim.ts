// Entry point of `npm run sim`: runs a document headless and prints its metrics (see ./main.ts).
import { readFileSync } from 'node:fs';
import { parseArguments } from './arguments';
import { asEventscapeText } from './asyncApiFile';
import { main } from './main';

const argv = process.argv.slice(2);
const file = parseArguments(argv);
// An AsyncAPI file is imported first (the parser is asynchronous); `main` then reads the result.
let converted: string | null | undefined;
if (typeof file === 'object') {
  try {
    const text = readFileSync(file.file, 'utf8');
    const parser = async () => new (await import('@asyncapi/parser')).Parser({ ruleset: { recommended: false } });
    converted = await asEventscapeText(text, file.file, parser, (line) => process.stderr.write(line));
  } catch {
    converted = undefined;
  }
}

process.exitCode = converted === null ? 2 : main(argv, {
  readFile: (path) => {
    if (converted !== undefined && converted !== null) return converted;
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT') throw new Error('no such file', { cause: error });
      if (code === 'EISDIR') throw new Error('it is a directory', { cause: error });
      if (code === 'EACCES') throw new Error('permission denied', { cause: error });
      throw error;
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  wallClock: () => performance.now(),
});
