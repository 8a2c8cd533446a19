import { app, BrowserWindow, dialog, ipcMain, safeStorage } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { CHANNELS, HOST_ERRORS } from '../shared/contract';
import type { AppInfo, Locale, Result } from '../shared/contract';
import { DEFAULT_FOLDER_NAME, folderInfo, readBackup, writeBackup, type BackupFolderState } from './backups';
import { currentDisplays } from './displays';
import { saveWithDialog } from './files';
import { isAllowedNavigation } from './security';
import { runKeychain } from './keychain';
import {
  checkKeychainRequest,
  checkLocaleRequest,
  checkNoArgument,
  checkPresenterRequest,
  checkReadBackupRequest,
  checkSaveFileRequest,
  checkWriteBackupRequest,
} from './validate';
import type { Checked } from './validate';
import { closePresenterWindow, isAppWebContents, openPresenterWindow } from './windows';

/**
 * True when an IPC message comes from the top frame of a window Grove created, showing a page of
 * `app://grove/`. Anything else (an unknown window, a sub-frame, a foreign URL, a disposed frame) is
 * refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (frame.parent !== null) return false;
    if (!isAppWebContents(event.sender.id)) return false;
    return isAllowedNavigation(frame.url);
  } catch {
    return false;
  }
}

/**
 * Registers one invoke handler: sender checked, argument checked, result wrapped. Nothing thrown inside
 * reaches the renderer; unexpected errors are logged here and answered with `internal`.
 */
function handle<A, R>(
  channel: string,
  check: (value: unknown) => Checked<A>,
  run: (argument: A, event: IpcMainInvokeEvent) => Promise<Result<R>> | Result<R>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Result<R>> => {
    if (!isTrustedSender(event)) {
      console.warn(`[grove] refused ${channel} from an untrusted sender`);
      return { ok: false, error: HOST_ERRORS.forbidden };
    }
    if (args.length > 1) return { ok: false, error: `${HOST_ERRORS.invalidArgument}: too many arguments` };
    const checked = check(args[0]);
    if (!checked.ok) return checked;
    try {
      return await run(checked.value, event);
    } catch (error) {
      console.error(`[grove] ${channel} failed:`, error);
      return { ok: false, error: HOST_ERRORS.internal };
    }
  });
}

export interface IpcOptions {
  preloadPath: string;
  devTools: boolean;
  /** Called when the renderer switches language, to rebuild the menu. */
  onLocaleChange: (locale: Locale) => void;
  /** Where automatic backups go. */
  backups: BackupFolderState;
  /** Called when the renderer says a requested backup is over (quitting may go on). */
  onBackupFinished: () => void;
}

function defaultSaveDirectory(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/** Registers every handler of the contract. Call once, after the app is ready. */
export function setupIpc(options: IpcOptions): void {
  handle(CHANNELS.saveFile, checkSaveFileRequest, (request, event) => {
    const parent = BrowserWindow.fromWebContents(event.sender);
    return saveWithDialog(request, {
      // Looked up at call time (not destructured) so tests can stub dialog.showSaveDialog.
      showSaveDialog: (dialogOptions: SaveDialogOptions) =>
        parent !== null ? dialog.showSaveDialog(parent, dialogOptions) : dialog.showSaveDialog(dialogOptions),
      defaultDirectory: defaultSaveDirectory(),
    });
  });

  handle(CHANNELS.appInfo, checkNoArgument, (): Result<AppInfo> => ({
    ok: true,
    value: {
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
      electron: true,
    },
  }));

  handle(CHANNELS.openPresenter, checkPresenterRequest, async ({ route }): Promise<Result<void>> => {
    await openPresenterWindow(route, currentDisplays(), options.preloadPath, options.devTools);
    return { ok: true, value: undefined };
  });

  handle(CHANNELS.closePresenter, checkNoArgument, (): Result<void> => {
    closePresenterWindow();
    return { ok: true, value: undefined };
  });

  handle(CHANNELS.keychain, checkKeychainRequest, (request) => runKeychain(request, safeStorage, process.platform));

  handle(CHANNELS.setLocale, checkLocaleRequest, ({ locale }): Result<void> => {
    options.onLocaleChange(locale);
    return { ok: true, value: undefined };
  });

  handle(CHANNELS.writeBackup, checkWriteBackupRequest, (request) => writeBackup(request, options.backups));
  handle(CHANNELS.readBackup, checkReadBackupRequest, ({ name }) => readBackup(name, options.backups));
  handle(CHANNELS.backupFolder, checkNoArgument, () => folderInfo(options.backups));
  handle(CHANNELS.chooseBackupFolder, checkNoArgument, async (_argument, event): Promise<Result<string>> => {
    const parent = BrowserWindow.fromWebContents(event.sender);
    const dialogOptions = { defaultPath: options.backups.folder(), properties: ['openDirectory', 'createDirectory'] } as OpenDialogOptions;
    const choice = parent !== null ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    const folder = choice.filePaths[0];
    if (choice.canceled || folder === undefined) return { ok: false, error: HOST_ERRORS.cancelled };
    await options.backups.set(folder);
    return { ok: true, value: folder };
  });
  handle(CHANNELS.backupFinished, checkNoArgument, (): Result<void> => {
    options.onBackupFinished();
    return { ok: true, value: undefined };
  });
}

/** Default folder for automatic backups: "Grove backups" in the user's documents, outside the profile. */
export function defaultBackupFolder(): string {
  return join(defaultSaveDirectory(), DEFAULT_FOLDER_NAME);
}
