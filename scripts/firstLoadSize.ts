// The build step that measures the first load: the gzipped JavaScript a browser fetches before the
// first screen can draw, i.e. the entry chunk and every chunk it imports statically (transitively).
// Chunks loaded with import() when a feature is first used, and the engine's Web Worker, are not
// counted. Prints the figure with the build and writes it to dist/first-load.json, which
// `scripts/check-first-load.ts` holds to the budget. Runs in Node, at build time only.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What dist/first-load.json holds. */
export interface FirstLoadReport {
  /** Gzipped bytes of the first-load JavaScript (zlib's default level, as servers compress). */
  gzipBytes: number;
  /** The chunks counted, with their gzipped bytes. */
  chunks: { file: string; gzipBytes: number }[];
  /** The chunks left for later (dynamic imports), with their gzipped bytes. */
  lazy: { file: string; gzipBytes: number }[];
}

export const FIRST_LOAD_FILE = 'first-load.json';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The Vite plugin that measures the first load of the finished build. */
export function firstLoadSize(): Plugin {
  let report: FirstLoadReport | null = null;
  let outDir = '';
  return {
    name: 'eventscape-first-load',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const gzipOf = (file: string) => {
        const output = bundle[file];
        return output && output.type === 'chunk' ? gzipSync(output.code).length : 0;
      };
      const first = new Set<string>();
      const visit = (file: string) => {
        const output = bundle[file];
        if (first.has(file) || !output || output.type !== 'chunk') return;
        first.add(file);
        for (const imported of output.imports) visit(imported);
      };
      for (const output of Object.values(bundle)) if (output.type === 'chunk' && output.isEntry && output.facadeModuleId?.endsWith('.html')) visit(output.fileName);
      // An entry named by index.html is the page's; without one, the build has a single JS entry.
      if (first.size === 0) for (const output of Object.values(bundle)) if (output.type === 'chunk' && output.isEntry && output.fileName !== 'sw.js') visit(output.fileName);
      const chunks = [...first].sort().map((file) => ({ file, gzipBytes: gzipOf(file) }));
      const lazy = Object.values(bundle)
        .filter((o) => o.type === 'chunk' && !first.has(o.fileName) && o.fileName !== 'sw.js')
        .map((o) => ({ file: o.fileName, gzipBytes: gzipOf(o.fileName) }))
        .sort((a, b) => b.gzipBytes - a.gzipBytes);
      report = { gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0), chunks, lazy };
      const lazyBytes = lazy.reduce((sum, c) => sum + c.gzipBytes, 0);
      this.info(`first load: ${kB(report.gzipBytes)} of gzipped JavaScript in ${chunks.length} chunk(s); ${lazy.length} lazy chunk(s) of ${kB(lazyBytes)} load when first used`);
    },
    writeBundle() {
      // Written beside the build, not emitted into it, so the service worker does not precache it.
      if (report) writeFileSync(join(outDir, FIRST_LOAD_FILE), `${JSON.stringify(report, null, 2)}\n`);
    },
  };
}
