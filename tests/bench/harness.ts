import { chromium, type Browser, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { serveRenderer } from '../../scripts/serve-renderer.mjs';
import { E2E_PASSPHRASE, installSealedStore } from '../e2e/sealedStore';

/** A served build of the renderer and a headless Debian Chromium, for benchmarks. */
export interface BenchApp {
  browser: Browser;
  baseURL: string;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function startApp(port = 4390): Promise<BenchApp> {
  const server: Server = await serveRenderer({ root: process.env.RENDERER_DIR ?? 'out/renderer', port });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const baseURL = `http://127.0.0.1:${port}/`;
  return {
    browser,
    baseURL,
    newPage: async () => {
      const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
      await installSealedStore(page);
      await page.goto(baseURL);
      await unlock(page);
      return page;
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))] ?? NaN;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN, mean };
}

/** Print a titled table of rows; numbers are rounded to two decimals. */
export function printTable(title: string, rows: Record<string, string | number>[]): void {
  const rounded = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v])),
  );
  console.log(`\n${title}`);
  console.table(rounded);
}

/**
 * Gets past Grove's set-up or lock screen with the e2e passphrase, so benchmarks measure the app as it runs:
 * encrypted at rest, unlocked.
 */
export async function unlock(page: Page): Promise<void> {
  const first = await page.waitForSelector('.shell, main.chromeless, .lock-screen input[name="new-passphrase"], .lock-screen input[name="passphrase"]', { timeout: 60_000 });
  const name = await first.getAttribute('name');
  if (name === 'new-passphrase') {
    await page.fill('input[name="new-passphrase"]', E2E_PASSPHRASE);
    await page.fill('input[name="confirm-passphrase"]', E2E_PASSPHRASE);
    await page.click('form button[type="submit"]');
    await page.check('.lock-card input[type="checkbox"]', { timeout: 60_000 });
    await page.click('.lock-card .button--primary');
  } else if (name === 'passphrase') {
    await page.fill('input[name="passphrase"]', E2E_PASSPHRASE);
    await page.click('form button[type="submit"]');
  }
  await page.waitForSelector('.shell, main.chromeless', { timeout: 60_000 });
}
