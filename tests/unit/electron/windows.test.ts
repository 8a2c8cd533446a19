import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: vi.fn(), app: { on: vi.fn() }, session: {} }));

import type { BrowserWindow, WebPreferences } from 'electron';
import type { DisplayInfo } from '../../../electron/main/displays';
import {
  APP_ENTRY_URL,
  isAppWebContents,
  mainWindowOptions,
  pickPresenterDisplay,
  presenterUrl,
  presenterWindowOptions,
  registerAppWindow,
  secureWebPreferences,
} from '../../../electron/main/windows';

const PRELOAD = '/app/out/preload/index.cjs';

function display(id: number, x: number, primary: boolean, internal = false): DisplayInfo {
  const rect = { x, y: 0, width: 1920, height: 1080 };
  return { id, bounds: rect, workArea: { ...rect, height: 1040 }, primary, internal };
}

function expectSecure(preferences: WebPreferences | undefined): void {
  expect(preferences).toMatchObject({
    preload: PRELOAD,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  });
  expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  expect(preferences).not.toHaveProperty('partition');
}

describe('mainWindowOptions', () => {
  it('has every secure flag and no devtools by default', () => {
    const options = mainWindowOptions({ x: 10, y: 20, width: 1200, height: 800, maximised: false }, PRELOAD);
    expectSecure(options.webPreferences);
    expect(options.webPreferences?.devTools).toBe(false);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false, title: 'Grove' });
  });

  it('centres the window when no position is remembered, and allows devtools in development', () => {
    const options = mainWindowOptions({ width: 1000, height: 700, maximised: true }, PRELOAD, { devTools: true });
    expect(options.center).toBe(true);
    expect(options.x).toBeUndefined();
    expect(options.webPreferences?.devTools).toBe(true);
  });

  it('shares the secure preferences with every window', () => {
    expectSecure(secureWebPreferences(PRELOAD, false));
  });
});

describe('presenterWindowOptions', () => {
  it('goes full screen on the external display when there is one', () => {
    const displays = [display(1, 0, true, true), display(2, 1920, false)];
    const options = presenterWindowOptions(displays, PRELOAD);
    expect(options.fullscreen).toBe(true);
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080 });
    expectSecure(options.webPreferences);
    expect(options.webPreferences?.backgroundThrottling).toBe(false);
  });

  it('prefers an external screen over a second built-in one', () => {
    const displays = [display(1, 0, true), display(2, 1920, false, true), display(3, 3840, false, false)];
    expect(pickPresenterDisplay(displays)?.id).toBe(3);
    expect(pickPresenterDisplay([display(1, 0, true), display(2, 1920, false, true)])?.id).toBe(2);
  });

  it('opens a normal window when there is a single display (or none)', () => {
    for (const displays of [[display(1, 0, true)], []]) {
      const options = presenterWindowOptions(displays, PRELOAD);
      expect(options.fullscreen).toBe(false);
      expect(options.center).toBe(true);
      expect(options.x).toBeUndefined();
      expectSecure(options.webPreferences);
    }
  });

  it('loads the app at the hash route', () => {
    expect(presenterUrl('/present/3')).toBe(`${APP_ENTRY_URL}#/present/3`);
    expect(APP_ENTRY_URL).toBe('app://grove/index.html');
  });
});

describe('window registry', () => {
  it('trusts a window’s web contents until the window closes', () => {
    let onClosed: (() => void) | undefined;
    const window = {
      webContents: { id: 42 },
      on: vi.fn((event: string, listener: () => void) => {
        if (event === 'closed') onClosed = listener;
      }),
    };
    expect(isAppWebContents(42)).toBe(false);
    registerAppWindow(window as unknown as BrowserWindow);
    expect(isAppWebContents(42)).toBe(true);
    expect(isAppWebContents(43)).toBe(false);
    onClosed?.();
    expect(isAppWebContents(42)).toBe(false);
  });
});
