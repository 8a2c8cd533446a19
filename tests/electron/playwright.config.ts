import { defineConfig } from '@playwright/test';

/**
 * Electron journeys with Playwright's `_electron`. They need an Electron binary
 * (ELECTRON_OVERRIDE_DIST_PATH, or one downloaded into node_modules/electron/dist) and the built app
 * (`npm run build`); without a binary every test is skipped with the reason printed, and the run passes.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
