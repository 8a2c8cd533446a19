import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import renderer from './vite.config';

/**
 * Three builds: main (Node), preload (CommonJS, because a sandboxed window cannot run an ESM preload)
 * and the renderer (the React app, also served on its own in a plain browser).
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: renderer,
});
