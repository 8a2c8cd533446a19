import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_URL_PREFIX } from './security';
import type { DisplayInfo } from './displays';
import type { WindowState } from './windowState';

/** Entry page of the renderer; routes live in the hash (`#/...`). */
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

/**
 * Web preferences of every Grove window: isolated, sandboxed, no Node, web security on, no webviews,
 * no spell-checker (it downloads dictionaries), no navigation by dropping a file.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    plugins: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    // Middle-click would open links in a new window; Grove opens none.
    disableBlinkFeatures: 'Auxclick',
    devTools,
  };
}

/** Options of the facilitator window, from its (already clamped) remembered state. */
export function mainWindowOptions(
  state: WindowState,
  preloadPath: string,
  options: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Grove',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, options.devTools ?? false),
  };
}

/** Picks the display for the presenter view: a secondary one, preferring an external screen. */
export function pickPresenterDisplay(displays: readonly DisplayInfo[]): DisplayInfo | undefined {
  const secondary = displays.filter((display) => !display.primary);
  return secondary.find((display) => !display.internal) ?? secondary[0];
}

/**
 * Options of the presenter window: full screen on a secondary display when there is one, otherwise a
 * normal window on the primary display. `fullscreen` tells which case it is.
 */
export function presenterWindowOptions(
  displays: readonly DisplayInfo[],
  preloadPath: string,
  options: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions & { fullscreen: boolean } {
  const display = pickPresenterDisplay(displays);
  const common = {
    show: false,
    title: 'Grove',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      ...secureWebPreferences(preloadPath, options.devTools ?? false),
      // The projected timer and prompts must keep updating while the facilitator window has focus.
      backgroundThrottling: false,
    },
  };
  if (display === undefined) {
    return { ...common, width: 1024, height: 768, center: true, fullscreen: false };
  }
  const { x, y, width, height } = display.bounds;
  return { ...common, x, y, width, height, fullscreen: true };
}

/** URL that shows a hash route of the renderer. */
export function presenterUrl(route: string): string {
  return `${APP_ENTRY_URL}#${route}`;
}

/** Windows Grove created; IPC is accepted only from their web contents. */
const trustedContents = new Set<number>();

/** Remembers a window as Grove's own until it closes. */
export function registerAppWindow(window: BrowserWindow): void {
  const id = window.webContents.id;
  trustedContents.add(id);
  window.on('closed', () => {
    trustedContents.delete(id);
  });
}

/** True when the web contents belongs to a window Grove created and has not closed. */
export function isAppWebContents(webContentsId: number): boolean {
  return trustedContents.has(webContentsId);
}

let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;
/** Whether the presenter window is on a secondary display (then it never takes the focus). */
let presenterOnSecondDisplay = false;

/** The facilitator window, when open. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Creates the facilitator window and loads the app. */
export function createMainWindow(options: BrowserWindowConstructorOptions & { maximised?: boolean }): BrowserWindow {
  const { maximised, ...windowOptions } = options;
  // The security settings are written out at the call (as well as in secureWebPreferences, which tests
  // check) so that an auditor reading this constructor sees them.
  const window = new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      ...windowOptions.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  registerAppWindow(window);
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (maximised === true) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    closePresenterWindow();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Shows and focuses the facilitator window (used when a second copy of Grove is launched). */
export function focusMainWindow(): void {
  const window = getMainWindow();
  if (window === null) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Opens the presenter window at `route`, or points the open one at it. On a secondary display it goes
 * full screen without taking the keyboard focus from the facilitator.
 */
export async function openPresenterWindow(
  route: string,
  displays: readonly DisplayInfo[],
  preloadPath: string,
  devTools: boolean,
): Promise<void> {
  const url = presenterUrl(route);
  const existing = presenterWindow !== null && !presenterWindow.isDestroyed() ? presenterWindow : null;
  if (existing !== null) {
    if (existing.webContents.getURL() !== url) await existing.loadURL(url);
    if (existing.isMinimized()) existing.restore();
    if (presenterOnSecondDisplay) {
      existing.showInactive();
    } else {
      existing.show();
      existing.focus();
    }
    return;
  }
  const { fullscreen, ...options } = presenterWindowOptions(displays, preloadPath, { devTools });
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  registerAppWindow(window);
  presenterWindow = window;
  presenterOnSecondDisplay = fullscreen;
  window.once('ready-to-show', () => {
    if (fullscreen) {
      window.showInactive();
      window.setFullScreen(true);
    } else {
      window.show();
    }
  });
  window.on('closed', () => {
    if (presenterWindow === window) presenterWindow = null;
  });
  await window.loadURL(url);
}

/** Closes the presenter window if it is open. */
export function closePresenterWindow(): void {
  if (presenterWindow !== null && !presenterWindow.isDestroyed()) presenterWindow.close();
  presenterWindow = null;
}
