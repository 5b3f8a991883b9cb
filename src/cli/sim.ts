// Entry point of `npm run sim`: runs a document headless and prints its metrics (see ./main.ts).
import { readFileSync } from 'node:fs';
import { main } from './main';

process.exitCode = main(process.argv.slice(2), {
  readFile: (path) => {
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
