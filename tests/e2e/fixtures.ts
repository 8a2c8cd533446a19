import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { E2E_PASSPHRASE, installSealedStore } from './sealedStore';

export { E2E_PASSPHRASE };

/**
 * The e2e test fixture: every page records any request that leaves the app's own origin, and each test
 * fails if one was made. Grove never uses the network.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  context: async ({ context }, use) => {
    await installSealedStore(context);
    await use(context);
  },
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open the app on a route (e.g. '/groups/abc'), pass the set-up or lock screen, and wait for the app. */
export async function openApp(page: Page, route = '/'): Promise<void> {
  await page.goto(`./#${route}`);
  await passLock(page);
}

/**
 * Grove shows nothing until it is unlocked: on a fresh profile, set it up with the e2e passphrase (and
 * acknowledge the recovery key); later, unlock it. Returns once the app itself is on screen.
 */
export async function passLock(page: Page, passphrase = E2E_PASSPHRASE): Promise<void> {
  const app = page.locator('.shell, main.chromeless');
  const setUp = page.locator('.lock-screen input[name="new-passphrase"]');
  const unlock = page.locator('.lock-screen input[name="passphrase"]');
  await expect(app.or(setUp).or(unlock).first()).toBeVisible({ timeout: 20_000 });
  if (await setUp.isVisible()) {
    await setUp.fill(passphrase);
    await page.locator('.lock-screen input[name="confirm-passphrase"]').fill(passphrase);
    await page.locator('.lock-screen form button[type="submit"]').click();
    await expect(page.getByTestId('recovery-key')).toBeVisible({ timeout: 20_000 });
    await page.locator('.lock-card input[type="checkbox"]').check();
    await page.locator('.lock-card .button--primary').click();
  } else if (await unlock.isVisible()) {
    await unlock.fill(passphrase);
    await page.locator('.lock-screen form button[type="submit"]').click();
  }
  await expect(app.first()).toBeVisible({ timeout: 90_000 });
}

/** Run axe-core on the current screen; fail on serious or critical findings. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe findings on ${label}`).toEqual([]);
}

/** Load the built-in sample group through the UI and return its id from the URL. */
export async function loadSampleGroup(page: Page): Promise<string> {
  await openApp(page, '/');
  await page.getByRole('button', { name: /sample group/i }).click();
  await expect(page).toHaveURL(/#\/groups\/[^/]+/);
  return /#\/groups\/([^/]+)/.exec(page.url())![1]!;
}

/**
 * Reload the app as a person would (F5). Every e2e reload goes through here, so the journeys keep working when
 * opening the app asks for something first (an unlock).
 */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await passLock(page);
}
