import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import config from './playwright.config';
import { installSealedStore } from './sealedStore';
import { addNoteViaPanel, expect, openApp, seedGroup, test } from './tree-fixtures';

/**
 * "Saved" means saved: with a real Chromium profile on disk, the browser process is killed (SIGKILL, no
 * chance to flush anything) 300 ms after "Saved" shows, at different moments (another edit in flight or
 * not), many times over; after each relaunch every edit that was shown as saved is there, whole.
 */
const ROUNDS = 6;

async function launch(dir: string, baseURL: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: config.use?.launchOptions?.executablePath,
    args: config.use?.launchOptions?.args,
    baseURL,
    viewport: { width: 1366, height: 860 },
  });
  await installSealedStore(context);
  return context;
}

/** The browser's own process (not a renderer or helper) for this profile, found by its --user-data-dir. */
function browserPid(dir: string): number {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,args=']).toString().trim().split('\n');
  const row = rows.find((line) => line.includes(`--user-data-dir=${dir}`) && !line.includes('--type='));
  if (!row) throw new Error('browser process not found');
  return Number(row.trim().split(/\s+/)[0]);
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

test('edits shown as "Saved" survive the browser being killed 300 ms later, round after round', async ({ baseURL }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'grove-sigkill-'));
  try {
    let context = await launch(dir, baseURL!);
    let page = await firstPage(context);
    const { groupId, participants } = await seedGroup(page, { participants: [{ alias: 'Oak' }] });
    const route = `/groups/${groupId}/trees/${participants.Oak}`;
    const saved: string[] = [];
    const unconfirmed: string[] = [];

    for (let round = 0; round < ROUNDS; round += 1) {
      await openApp(page, route);
      await expect(page.getByRole('heading', { level: 1, name: 'Tree of Life — Oak' })).toBeVisible();
      for (const text of saved) await expect(page.locator('.item-panel .item-row', { hasText: text })).toHaveCount(1);
      // An edit that was in flight when the browser died is either whole or absent, never half there.
      for (const text of unconfirmed) expect(await page.locator('.item-panel .item-row', { hasText: text }).count()).toBeLessThanOrEqual(1);

      const text = `Round ${round}: the river at dawn`;
      await addNoteViaPanel(page, round % 2 ? 'Trunk' : 'Roots', text);
      await expect(page.getByText(/^Saved at /)).toBeVisible();
      saved.push(text);
      if (round % 2 === 1) {
        // A second edit still on its way when the browser dies.
        const extra = `Round ${round}: in flight`;
        unconfirmed.push(extra);
        void addNoteViaPanel(page, 'Ground', extra).catch(() => undefined);
      }
      await page.waitForTimeout(300);
      process.kill(browserPid(dir), 'SIGKILL');
      await context.close().catch(() => undefined);
      context = await launch(dir, baseURL!);
      page = await firstPage(context);
    }

    await openApp(page, route);
    for (const text of saved) await expect(page.locator('.item-panel .item-row', { hasText: text })).toHaveCount(1);
    const lost = [];
    for (const text of saved) if ((await page.locator('.item-panel .item-row', { hasText: text }).count()) !== 1) lost.push(text);
    expect(lost, 'edits shown as saved and lost').toEqual([]);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
