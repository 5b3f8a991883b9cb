// The build step that measures the first load: the gzipped JavaScript a browser fetches before the
// first screen can draw, i.e. the entry chunk and every chunk it imports statically (transitively).
// Chunks loaded with import() when a feature is first used, and the engine's Web Worker, are not
// counted. Prints the figure with the build and writes it to dist/first-load.json, which
// `scripts/check-first-load.ts` holds to the budget. Runs in Node, at build time only.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** As much of a chunk of Rollup's output as the measure reads. */
interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
  /** Files it imports statically (not its `import()`s). */
  imports: string[];
  isEntry: boolean;
  facadeModuleId: string | null;
}

/** A finished bundle, by file name (assets other than chunks are passed over). */
export type ChunkGraph = Record<string, Chunk | { type: 'asset' }>;

/** The first load of a finished bundle: the page's entry chunk and its static imports, transitively. */
export function measureFirstLoad(bundle: ChunkGraph): FirstLoadReport {
  const chunkOf = (file: string) => {
    const output = bundle[file];
    return output && output.type === 'chunk' ? output : null;
  };
  const gzipOf = (file: string) => gzipSync(chunkOf(file)?.code ?? '').length;
  const first = new Set<string>();
  const visit = (file: string) => {
    const chunk = chunkOf(file);
    if (first.has(file) || !chunk) return;
    first.add(file);
    for (const imported of chunk.imports) visit(imported);
  };
  const chunks = Object.keys(bundle).map(chunkOf).filter((c) => c !== null);
  for (const chunk of chunks) if (chunk.isEntry && chunk.facadeModuleId?.endsWith('.html')) visit(chunk.fileName);
  // An entry named by index.html is the page's; without one, the build's JS entries (not sw.js) are.
  if (first.size === 0) for (const chunk of chunks) if (chunk.isEntry && chunk.fileName !== 'sw.js') visit(chunk.fileName);
  const counted = [...first].sort().map((file) => ({ file, gzipBytes: gzipOf(file) }));
  const lazy = chunks
    .filter((c) => !first.has(c.fileName) && c.fileName !== 'sw.js')
    .map((c) => ({ file: c.fileName, gzipBytes: gzipOf(c.fileName) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { gzipBytes: counted.reduce((sum, c) => sum + c.gzipBytes, 0), chunks: counted, lazy };
}

/** The Vite plugin that measures the first load of the finished build. */
export function firstLoadSize(): Plugin {
  let report: FirstLoadReport | null = null;
  let outDir = '';
  return {
    name: 'eventscape-first-load',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      report = measureFirstLoad(bundle);
      const lazyBytes = report.lazy.reduce((sum, c) => sum + c.gzipBytes, 0);
      this.info(`first load: ${kB(report.gzipBytes)} of gzipped JavaScript in ${report.chunks.length} chunk(s); ${report.lazy.length} lazy chunk(s) of ${kB(lazyBytes)} load when first used`);
    },
    writeBundle() {
      // Written beside the build, not emitted into it, so the service worker does not precache it.
      if (report) writeFileSync(join(outDir, FIRST_LOAD_FILE), `${JSON.stringify(report, null, 2)}\n`);
    },
  };
}
