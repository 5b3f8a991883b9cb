import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineBuild } from './app/offline/offlineBuild.ts';
import { firstLoadSize } from './scripts/firstLoadSize.ts';

// A relative base lets the built site work from any path (a subfolder, a file server, a docs site).
export default defineConfig({
  base: './',
  plugins: [react(), offlineBuild(), firstLoadSize()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // React and React Flow make one large first chunk; the charts, lessons, layout, exports and
  // dialogs are loaded with import() when first used. firstLoadSize reports the first load and
  // `npm run test:e2e` holds it under 200 kB gzipped (scripts/check-first-load.ts). All is cached offline.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1000 },
});
