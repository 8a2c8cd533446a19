import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary({ projectRoot });
const skipReason =
  binary.executablePath === null
    ? `Electron journeys skipped: no Electron binary on this machine (${binary.reason}). ` +
      'Set ELECTRON_OVERRIDE_DIST_PATH to an Electron 45 dist folder to run them.'
    : '';
if (binary.executablePath === null) console.log(skipReason);

test.describe('Grove in Electron', () => {
  test.skip(binary.executablePath === null, skipReason);

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    if (!existsSync(join(projectRoot, 'out', 'main', 'index.js')) || !existsSync(join(projectRoot, 'out', 'preload', 'index.cjs'))) {
      throw new Error('The app is not built: run `npm run build` first.');
    }
    // A throw-away profile, so the tests never touch a facilitator's real data.
    userData = mkdtempSync(join(tmpdir(), 'grove-electron-'));
    app = await electron.launch({
      executablePath: binary.executablePath ?? undefined,
      args: [projectRoot, `--user-data-dir=${userData}`],
      cwd: projectRoot,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('starts on the home screen, served from app://grove', async () => {
    expect(page.url()).toMatch(/^app:\/\/grove\/index\.html/);
    await expect(page.getByRole('link', { name: /Grove/ }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  });

  test('exposes window.grove and nothing of Node', async () => {
    const surface = await page.evaluate(() => ({
      grove: typeof window.grove === 'object' ? Object.keys(window.grove).sort() : null,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
    }));
    expect(surface).toEqual({
      grove: ['appInfo', 'closePresenter', 'onMenuCommand', 'openPresenter', 'saveFile', 'setLocale'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });
  });

  test('enforces the CSP: an injected inline script does not run', async () => {
    // (page.evaluate itself is exempt from the CSP, so eval cannot be probed from here.)
    const inlineRan = await page.evaluate(
      () =>
        new Promise<boolean>((resolveResult) => {
          const script = document.createElement('script');
          script.textContent = 'window.__groveInlineRan = true';
          document.head.append(script);
          setTimeout(() => resolveResult((window as unknown as { __groveInlineRan?: boolean }).__groveInlineRan === true), 200);
        }),
    );
    expect(inlineRan).toBe(false);
  });

  test('refuses to navigate away or open windows', async () => {
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/grove\//);
  });

  test('reports its version and user-data folder', async () => {
    const info = await page.evaluate(() => window.grove?.appInfo());
    expect(info).toMatchObject({ ok: true, value: { electron: true, userDataPath: userData } });
  });

  test('saves a file through the (stubbed) save dialog', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'grove-save-')), 'summary.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      // Replaces the native dialog for this run only: the handler looks it up at call time.
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(() =>
      window.grove?.saveFile({
        suggestedName: 'G-07 session 3.pdf',
        mimeType: 'application/pdf',
        bytes: new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
      }),
    );
    expect(result).toEqual({ ok: true, value: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7\n%%EOF\n');
  });

  test('rejects a save with a forbidden type', async () => {
    const result = await page.evaluate(() =>
      window.grove?.saveFile({
        suggestedName: 'evil.exe',
        mimeType: 'application/x-msdownload' as 'application/pdf',
        bytes: new Uint8Array([77, 90]),
      }),
    );
    expect(result).toMatchObject({ ok: false });
  });
});
