import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer on its own: electron-vite uses this for its renderer build, and `vite build` / `vite`
 * use it directly for the plain-browser build and dev loop.
 */
export default defineConfig({
  root: resolve(__dirname, 'src'),
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1' },
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { index: resolve(__dirname, 'src/index.html') } },
  },
});
