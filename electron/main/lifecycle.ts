import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, powerMonitor, session } from 'electron';
import { CHANNELS } from '../shared/contract';
import type { Locale, MenuCommand } from '../shared/contract';
import { backupOnQuit } from './backupOnQuit';
import { backupFolderState } from './backups';
import { setupContextMenu } from './contextMenu';
import { currentDisplays } from './displays';
import { defaultBackupFolder, setupIpc } from './ipc';
import { pickLocale, setupMenu } from './menu';
import { setupAppProtocol } from './protocol';
import { hardenSession } from './security';
import { createMainWindow, focusMainWindow, getMainWindow, mainWindowOptions } from './windows';
import { clampToDisplays, loadWindowState, trackWindowState } from './windowState';

/** Application id (Windows taskbar grouping and notifications); matches electron-builder's appId. */
export const APP_ID = 'org.grove.app';

export interface AppPaths {
  /** The renderer build served on app://grove/ (out/renderer). */
  rendererRoot: string;
  /** The CommonJS preload (out/preload/index.cjs). */
  preload: string;
}

/** Where the built pieces are, from the directory of the built main script (out/main). */
export function appPaths(mainDirectory: string): AppPaths {
  return {
    rendererRoot: join(mainDirectory, '..', 'renderer'),
    preload: join(mainDirectory, '..', 'preload', 'index.cjs'),
  };
}

/** Paths of this build, from the location of the running main script. */
export function builtAppPaths(): AppPaths {
  return appPaths(fileURLToPath(new URL('.', import.meta.url)));
}

/**
 * Keeps Grove to one running copy (a second launch quits at once; the first one shows its window, see
 * setupLifecycle). Returns false in the copy that must quit.
 */
export function setupSingleInstance(): boolean {
  if (app.requestSingleInstanceLock()) return true;
  app.quit();
  return false;
}

/** Operating-system events after which Grove locks itself. */
export const LOCK_EVENTS = ['lock-screen', 'suspend'] as const;

/** Sends a menu command to the facilitator window (the renderer decides what it means). */
function sendMenuCommand(command: MenuCommand): void {
  getMainWindow()?.webContents.send(CHANNELS.menuCommand, command);
}

/** Opens the facilitator window where it was last time (kept on a connected display). */
function openMainWindow(paths: AppPaths, devTools: boolean, quitBackup: ReturnType<typeof backupOnQuit>): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = clampToDisplays(loadWindowState(stateFile), currentDisplays());
  const window = createMainWindow({
    ...mainWindowOptions(state, paths.preload, { devTools }),
    maximised: state.maximised,
  });
  trackWindowState(window, stateFile);
  // The first close waits for the automatic backup the renderer makes on quit.
  window.on('close', (event) => {
    if (!quitBackup.mayClose(() => window.close())) event.preventDefault();
  });
}

/**
 * Everything from "ready" on: session hardening, the app:// handler, IPC, the menu, the first window;
 * plus the usual platform behaviour (quit when the last window closes except on macOS, re-open on
 * activate).
 */
export function setupLifecycle(paths: AppPaths): void {
  const devTools = !app.isPackaged;
  const installMenu = (locale: Locale): void => {
    setupMenu(locale, { send: sendMenuCommand, devTools });
  };

  const quitBackup = backupOnQuit(getMainWindow);
  const showMainWindow = (): void => {
    if (getMainWindow() === null) openMainWindow(paths, devTools, quitBackup);
    else focusMainWindow();
  };

  app.on('web-contents-created', (_event, contents) => {
    setupContextMenu(contents);
  });
  app.on('before-quit', (event) => {
    if (!quitBackup.mayClose(() => app.quit())) event.preventDefault();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    setupAppProtocol(paths.rendererRoot);
    setupIpc({
      preloadPath: paths.preload,
      devTools,
      onLocaleChange: installMenu,
      backups: backupFolderState(join(app.getPath('userData'), 'backup-folder.json'), defaultBackupFolder()),
      onBackupFinished: quitBackup.finished,
    });
    installMenu(pickLocale(app.getLocale()));
    openMainWindow(paths, devTools, quitBackup);
    // Registered once the first window exists, so an early macOS 'activate' cannot open a second one.
    app.on('second-instance', showMainWindow);
    app.on('activate', showMainWindow);
    // The data key leaves memory when the computer locks its screen or goes to sleep: the renderer locks
    // (and tells the presenter window, which shows the curtain).
    for (const event of LOCK_EVENTS) powerMonitor.on(event as 'lock-screen', () => sendMenuCommand('lock'));
  });
}
