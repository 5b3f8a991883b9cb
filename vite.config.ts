import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineBuild } from './app/offline/offlineBuild';

// A relative base lets the built site work from any path (a subfolder, a file server, a docs site).
export default defineConfig({
  base: './',
  plugins: [react(), offlineBuild()],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
});
