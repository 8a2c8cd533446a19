import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const root = process.env.RENDERER_DIR ?? 'out/renderer';

/** e2e journeys in Debian's Chromium against the built renderer served on 127.0.0.1. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  // One retry on a busy 2-core machine: a test that fails twice fails the run; one that passes on retry is
  // listed as "flaky" in the output, to be looked at rather than hidden.
  retries: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1366, height: 860 },
    // English unless a test asks otherwise: Grove opens in the system's language on first run.
    locale: 'en-GB',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node ../../scripts/serve-renderer.mjs --port ${port} --root ${root.startsWith('/') ? root : `../../${root}`}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
