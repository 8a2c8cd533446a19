/**
 * The renderer's only door to the host. In Electron it calls the preload bridge (`window.grove`); in a
 * plain browser it falls back to browser equivalents: a Blob download for files, `window.open` for the
 * presenter view. Every call resolves to a `Result`; none throws.
 */
import { HOST_ERRORS, PRESENTER_ROUTE_PATTERN } from '../../electron/shared/contract';
import { NO_KEYCHAIN, type Keychain } from '../security/keychain';
// Only this field is bundled (Vite tree-shakes named JSON imports).
import { version as packageVersion } from '../../package.json';
import type {
  AppInfo,
  BackupFolderInfo,
  BackupReason,
  GroveApi,
  WriteBackupRequest,
  WrittenBackup,
  Locale,
  MenuCommand,
  Result,
  SaveFileRequest,
  SaveMimeType,
} from '../../electron/shared/contract';

export type { AppInfo, BackupFolderInfo, BackupReason, Locale, MenuCommand, Result, SaveFileRequest, SaveMimeType, WriteBackupRequest, WrittenBackup };
export { HOST_ERRORS, MAX_SAVE_BYTES, SAVE_FILE_TYPES } from '../../electron/shared/contract';

/** What `appInfo()` reports in a plain browser. */
export interface BrowserAppInfo {
  version: string;
  platform: 'browser';
  userDataPath: null;
  electron: false;
}

export type HostAppInfo = AppInfo | BrowserAppInfo;

export interface Host {
  /** True inside the Electron app (the preload bridge is present). */
  readonly isElectron: boolean;
  /**
   * Saves bytes as a file. Electron: native "save as" dialog, resolves to the saved path (or the error
   * `cancelled`). Browser: a download of that name, resolves to the file name.
   */
  saveFile(request: SaveFileRequest): Promise<Result<string>>;
  appInfo(): Promise<Result<HostAppInfo>>;
  /** Opens or focuses the presenter view at a hash route such as `/present/3`. */
  openPresenter(route: string): Promise<Result<void>>;
  closePresenter(): Promise<Result<void>>;
  /** Tells the host the UI language (Electron: the native menu follows it; browser: nothing to do). */
  setLocale(locale: Locale): Promise<Result<void>>;
  /** The operating system's keychain (Electron's safeStorage); a browser has none. */
  readonly keychain: Keychain;
  /** Subscribes to native menu commands; returns the unsubscribe function (a no-op in a browser). */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** Automatic backups into a folder (desktop app only; a browser answers `unsupported`). */
  writeBackup(request: WriteBackupRequest): Promise<Result<WrittenBackup>>;
  readBackup(name: string): Promise<Result<Uint8Array>>;
  backupFolder(): Promise<Result<BackupFolderInfo>>;
  chooseBackupFolder(): Promise<Result<string>>;
  /** Tells the host a backup it asked for is over, so it may quit. */
  backupFinished(): Promise<Result<void>>;
  /** Subscribes to the host's backup requests (before quitting); a no-op in a browser. */
  onBackupRequest(callback: (reason: BackupReason) => void): () => void;
}

/** The few browser features the fallback needs, injectable for tests. */
export interface BrowserPort {
  /** The app version shown in a browser. */
  version: string;
  /** Starts a download of `bytes` named `fileName`. */
  download(bytes: Uint8Array, mimeType: string, fileName: string): void;
  /** Opens (or reuses) a named window; null when the browser blocked it. */
  openWindow(url: string, name: string): { close(): void; focus(): void } | null;
}

/** Name of the presenter window in a browser, so a second call reuses it. */
export const PRESENTER_WINDOW_NAME = 'grove-presenter';

/** The real browser features (used when there is no bridge). */
export function defaultBrowserPort(): BrowserPort {
  return {
    version: packageVersion,
    download(bytes, mimeType, fileName) {
      // Copied into a fresh ArrayBuffer: a Blob cannot take a view over a SharedArrayBuffer.
      const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mimeType }));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      anchor.rel = 'noopener';
      anchor.style.display = 'none';
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // Revoked later, not at once: some browsers read the Blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    openWindow(url, name) {
      return window.open(url, name);
    },
  };
}

function failure(error: unknown): { ok: false; error: string } {
  console.error('[grove] host call failed:', error);
  return { ok: false, error: HOST_ERRORS.internal };
}

/** Runs a bridge call, turning a rejected promise (which should never happen) into an error result. */
async function guarded<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return failure(error);
  }
}

function invalidRoute(): { ok: false; error: string } {
  return { ok: false, error: `${HOST_ERRORS.invalidArgument}: route` };
}

/** Builds the host over the Electron bridge when given one, else over the browser. */
export function createHost(bridge: GroveApi | undefined, browser: BrowserPort = defaultBrowserPort()): Host {
  if (bridge !== undefined) {
    return {
      isElectron: true,
      saveFile: (request) => guarded(() => bridge.saveFile(request)),
      appInfo: () => guarded(() => bridge.appInfo()),
      openPresenter: (route) =>
        PRESENTER_ROUTE_PATTERN.test(route) ? guarded(() => bridge.openPresenter({ route })) : Promise.resolve(invalidRoute()),
      closePresenter: () => guarded(() => bridge.closePresenter()),
      setLocale: (locale) => guarded(() => bridge.setLocale({ locale })),
      onMenuCommand: (callback) => bridge.onMenuCommand(callback),
      keychain: bridgeKeychain(bridge),
      writeBackup: (request) => guarded(() => bridge.writeBackup(request)),
      readBackup: (name) => guarded(() => bridge.readBackup({ name })),
      backupFolder: () => guarded(() => bridge.backupFolder()),
      chooseBackupFolder: () => guarded(() => bridge.chooseBackupFolder()),
      backupFinished: () => guarded(() => bridge.backupFinished()),
      onBackupRequest: (callback) => bridge.onBackupRequest(callback),
    };
  }

  const unsupported = async (): Promise<{ ok: false; error: string }> => ({ ok: false, error: HOST_ERRORS.unsupported });

  let presenter: { close(): void; focus(): void } | null = null;
  return {
    isElectron: false,
    async saveFile({ suggestedName, mimeType, bytes }) {
      try {
        browser.download(bytes, mimeType, suggestedName);
        return { ok: true, value: suggestedName };
      } catch (error) {
        return failure(error);
      }
    },
    async appInfo() {
      return { ok: true, value: { version: browser.version, platform: 'browser', userDataPath: null, electron: false } };
    },
    async openPresenter(route) {
      if (!PRESENTER_ROUTE_PATTERN.test(route)) return invalidRoute();
      try {
        presenter = browser.openWindow(`#${route}`, PRESENTER_WINDOW_NAME);
        if (presenter === null) return { ok: false, error: HOST_ERRORS.blocked };
        presenter.focus();
        return { ok: true, value: undefined };
      } catch (error) {
        return failure(error);
      }
    },
    async closePresenter() {
      try {
        presenter?.close();
      } catch (error) {
        return failure(error);
      } finally {
        presenter = null;
      }
      return { ok: true, value: undefined };
    },
    async setLocale() {
      return { ok: true, value: undefined };
    },
    onMenuCommand() {
      return () => undefined;
    },
    writeBackup: unsupported,
    readBackup: unsupported,
    backupFolder: unsupported,
    chooseBackupFolder: unsupported,
    async backupFinished() {
      return { ok: true, value: undefined };
    },
    onBackupRequest() {
      return () => undefined;
    },
    keychain: NO_KEYCHAIN,
  };
}

/** The keychain over the bridge; any failure reads as "no keychain", so Grove asks for the passphrase. */
function bridgeKeychain(bridge: GroveApi): Keychain {
  const bytes = async (op: 'wrap' | 'unwrap', value: Uint8Array): Promise<Result<Uint8Array>> => {
    const result = await guarded(() => bridge.keychain({ op, bytes: value }));
    if (!result.ok) return result;
    return result.value instanceof Uint8Array ? { ok: true, value: result.value } : { ok: false, error: HOST_ERRORS.internal };
  };
  return {
    async available() {
      const status = await guarded(() => bridge.keychain({ op: 'status' }));
      return status.ok && !(status.value instanceof Uint8Array) && status.value.available;
    },
    wrap: (value) => bytes('wrap', value),
    unwrap: (value) => bytes('unwrap', value),
  };
}

/** The host of this page. */
export const host: Host = createHost(typeof window === 'undefined' ? undefined : window.grove);
