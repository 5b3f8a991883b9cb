import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineBuild } from './app/offline/offlineBuild.ts';

// A relative base lets the built site work from any path (a subfolder, a file server, a docs site).
export default defineConfig({
  base: './',
  plugins: [react(), offlineBuild()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // React, React Flow and the charts make one ~560 kB chunk (180 kB gzipped); it is cached offline.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1000 },
});
