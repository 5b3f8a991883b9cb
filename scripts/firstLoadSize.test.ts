import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type ChunkGraph, measureFirstLoad } from './firstLoadSize';

const chunk = (fileName: string, code: string, imports: string[] = [], entry: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  code,
  imports,
  isEntry: entry !== null,
  facadeModuleId: entry,
});
const gz = (code: string) => gzipSync(code).length;

describe('measureFirstLoad', () => {
  it('counts the page entry and what it imports statically, transitively, and leaves import() chunks for later', () => {
    const bundle: ChunkGraph = {
      'assets/index.js': chunk('assets/index.js', 'import "./store.js"; import("./lessons.js"); app();', ['assets/store.js'], '/root/index.html'),
      'assets/store.js': chunk('assets/store.js', 'import "./react.js"; store();', ['assets/react.js']),
      'assets/react.js': chunk('assets/react.js', 'react();'.repeat(50)),
      'assets/lessons.js': chunk('assets/lessons.js', 'import "./store.js"; lessons();'.repeat(20), ['assets/store.js']),
      'sw.js': chunk('sw.js', 'self.addEventListener("install", () => {});', [], '/root/app/offline/serviceWorker.ts'),
      'assets/index.css': { type: 'asset' },
    };
    const report = measureFirstLoad(bundle);
    expect(report.chunks.map((c) => c.file)).toEqual(['assets/index.js', 'assets/react.js', 'assets/store.js']);
    const first = ['assets/index.js', 'assets/react.js', 'assets/store.js'].map((f) => gz((bundle[f] as { code: string }).code));
    expect(report.gzipBytes).toBe(first[0] + first[1] + first[2]);
    expect(report.lazy.map((c) => c.file)).toEqual(['assets/lessons.js']);
  });

  it('a shared chunk is counted once, however many chunks import it', () => {
    const bundle: ChunkGraph = {
      'a.js': chunk('a.js', 'a', ['b.js', 'c.js'], '/index.html'),
      'b.js': chunk('b.js', 'b', ['c.js']),
      'c.js': chunk('c.js', 'c', ['b.js']),
    };
    expect(measureFirstLoad(bundle).gzipBytes).toBe(gz('a') + gz('b') + gz('c'));
  });
});
