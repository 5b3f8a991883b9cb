// The build step that makes the built site work offline: it bundles serviceWorker.ts as `sw.js`
// beside index.html and writes into it the list of every file the site needs, with a version
// that changes whenever any of them does (so browsers install the new worker and drop old caches).
// Runs in Node, at build time only.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const WORKER_FILE = 'sw.js';
const MARKER = /(["'`])__EVENTSCAPE_PRECACHE__\1/g;

/** Every file under `dir`, as forward-slash paths relative to it. */
function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path).map((file) => `${name}/${file}`);
    return [name];
  });
}

/** Source maps help only developers, who are online; everything else is needed offline. */
const isPrecached = (file: string) => file !== WORKER_FILE && !file.endsWith('.map');

/** The Vite plugin that emits `sw.js` with the precache list of the finished build. */
export function offlineBuild(): Plugin {
  let publicDir = '';
  let root = '';
  return {
    name: 'eventscape-offline',
    apply: 'build',
    // After the other plugins, so index.html and every other emitted file is in the bundle.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
      root = config.root;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: resolve(root, 'app/offline/serviceWorker.ts'), fileName: WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[WORKER_FILE];
      if (!worker || worker.type !== 'chunk') {
        this.error(`${WORKER_FILE} was not built`);
      }
      if (worker.imports.length > 0) {
        this.error(`${WORKER_FILE} must be self-contained but imports ${worker.imports.join(', ')}`);
      }
      const hash = createHash('sha256');
      const files: string[] = [];
      for (const file of Object.keys(bundle).filter(isPrecached).sort()) {
        const output = bundle[file];
        files.push(file);
        hash.update(file).update(output.type === 'chunk' ? output.code : output.source);
      }
      for (const file of filesUnder(publicDir).filter(isPrecached).sort()) {
        if (files.includes(file)) continue;
        files.push(file);
        hash.update(file).update(readFileSync(join(publicDir, ...file.split('/'))));
      }
      const precache = { version: hash.digest('hex').slice(0, 16), files: files.map(encodeURI) };
      const code = worker.code.replace(MARKER, JSON.stringify(precache));
      if (code === worker.code) this.error(`${WORKER_FILE}: the precache marker was not found`);
      worker.code = code;
      this.info(`${WORKER_FILE}: ${files.length} files precached, version ${precache.version}`);
    },
  };
}
