/**
 * The one typed contract between Grove's renderer and its Electron host.
 *
 * Shared by `electron/preload` (which implements {@link GroveApi} on `window.grove`), `electron/main`
 * (which registers a handler per channel) and `src/host` (which calls it, or falls back to browser
 * equivalents). Types and constants only: nothing here may import Node, Electron or DOM code, because
 * the preload bundles it into a sandboxed script and the renderer imports it.
 */

/** Every host call resolves to this; handlers never throw across IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Error codes a call may return in `error`. `invalid-argument` carries a short detail after a colon,
 * e.g. `invalid-argument: mimeType`.
 */
export const HOST_ERRORS = {
  /** The user closed the save dialog. */
  cancelled: 'cancelled',
  /** The call came from a frame Grove did not create or from a page outside `app://grove/`. */
  forbidden: 'forbidden',
  invalidArgument: 'invalid-argument',
  /** Writing the file failed (disk full, no permission...). */
  writeFailed: 'write-failed',
  /** The browser blocked the pop-up (browser fallback only). */
  blocked: 'blocked',
  /** An unexpected failure in the host; details are logged in the main process only. */
  internal: 'internal',
  /** A backup was written but the copy read back from disk differs (it was deleted). */
  verifyFailed: 'verify-failed',
  /** The file asked for does not exist (or can no longer be read). */
  notFound: 'not-found',
  /** This host cannot do that (e.g. automatic backups in a plain browser). */
  unsupported: 'unsupported',
} as const;

/** IPC channel names. Invoke channels carry one argument (or none) and answer a {@link Result}. */
export const CHANNELS = {
  saveFile: 'grove:save-file',
  appInfo: 'grove:app-info',
  openPresenter: 'grove:open-presenter',
  closePresenter: 'grove:close-presenter',
  setLocale: 'grove:set-locale',
  /** The operating system's keychain (safeStorage): status, wrap or unwrap, in one validated call. */
  keychain: 'grove:keychain',
  writeBackup: 'grove:write-backup',
  readBackup: 'grove:read-backup',
  backupFolder: 'grove:backup-folder',
  chooseBackupFolder: 'grove:choose-backup-folder',
  /** The renderer finished a requested backup (whatever the outcome), so quitting may go on. */
  backupFinished: 'grove:backup-finished',
  /** Main → renderer only: a menu item was chosen. Payload: a {@link MenuCommand}. */
  menuCommand: 'grove:menu-command',
  /** Main → renderer only: make an automatic backup now. Payload: a {@link BackupReason} ('quit'). */
  backupRequest: 'grove:backup-request',
} as const;

/** File types Grove writes to disk, with the extension each one must carry. */
export const SAVE_FILE_TYPES = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'application/zip': 'zip',
  'application/json': 'json',
  /** An age-encrypted Grove backup (age-encryption.org/v1); age has no registered media type. */
  'application/octet-stream': 'age',
} as const;

export type SaveMimeType = keyof typeof SAVE_FILE_TYPES;

/** Largest file `saveFile` accepts (200 MiB). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

export interface SaveFileRequest {
  /** Proposed file name; the host sanitises it and makes sure it ends with the type's extension. */
  suggestedName: string;
  mimeType: SaveMimeType;
  bytes: Uint8Array;
}

export interface AppInfo {
  version: string;
  /** Node's `process.platform` of the host: 'darwin', 'win32', 'linux'... */
  platform: string;
  /** Where Electron keeps Grove's data (IndexedDB lives under it). */
  userDataPath: string;
  electron: true;
}

export interface PresenterRequest {
  /** Hash route to show, starting with '/', e.g. '/present/3'. Loaded as `app://grove/index.html#<route>`. */
  route: string;
}

/** Why an automatic backup was made; part of its file name. */
export const BACKUP_REASONS = ['quit', 'session-end', 'daily', 'manual', 'safety'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Tells whether a value is one of the {@link BACKUP_REASONS}. */
export function isBackupReason(value: unknown): value is BackupReason {
  return typeof value === 'string' && (BACKUP_REASONS as readonly string[]).includes(value);
}

/** Largest automatic backup accepted (1 GiB): a database of many years stays well under it. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

export interface WriteBackupRequest {
  /** The age-encrypted backup (starts with `age-encryption.org/v1`); anything else is refused. */
  bytes: Uint8Array;
  /** When the backup was taken (ms since 1970); the host names the file from it. */
  createdAt: number;
  reason: BackupReason;
}

export interface WrittenBackup {
  /** File name inside the folder; pass it to `readBackup` to verify the copy. */
  name: string;
  path: string;
  folder: string;
  /** SHA-256 (hex) of the bytes, equal to what was read back from disk. */
  sha256: string;
  size: number;
}

export interface ReadBackupRequest {
  name: string;
}

export interface BackupFolderInfo {
  folder: string;
  backups: { name: string; createdAt: number; size: number }[];
}

/** Languages of the native menu. */
export const LOCALES = ['en', 'it'] as const;
export type Locale = (typeof LOCALES)[number];

export interface LocaleRequest {
  locale: Locale;
}

/** What the native menu can ask the renderer to do. Delivered to the facilitator (main) window. */
export const MENU_COMMANDS = ['new-group', 'open-presenter', 'privacy-curtain', 'settings', 'lock'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Tells whether a value is one of the {@link MENU_COMMANDS}. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Route shape accepted by `openPresenter`: a path of URL-safe characters, at most 200 long. */
export const PRESENTER_ROUTE_PATTERN = /^\/[A-Za-z0-9\-._~/?=&%]{0,199}$/;

/** Largest value the keychain wraps or unwraps (a data key is 32 bytes; a wrapped one a little more). */
export const MAX_KEYCHAIN_BYTES = 1024;

/** One keychain call: ask whether a real keychain is there, or wrap / unwrap a few bytes with it. */
export type KeychainRequest = { op: 'status' } | { op: 'wrap'; bytes: Uint8Array } | { op: 'unwrap'; bytes: Uint8Array };

/**
 * `available` is false where safeStorage cannot encrypt, and on Linux where it would fall back to its
 * `basic_text` backend (a fixed, public key): Grove then asks for a passphrase instead.
 */
export interface KeychainStatus {
  available: boolean;
  backend: string;
}

/** The API exposed on `window.grove` in Electron. Nothing else is exposed. */
export interface GroveApi {
  /** Shows a native "save as" dialog and writes the bytes; resolves to the saved path, or `cancelled`. */
  saveFile(request: SaveFileRequest): Promise<Result<string>>;
  appInfo(): Promise<Result<AppInfo>>;
  /**
   * Opens (or reuses) the presenter window: full screen on a second display when there is one, else a
   * normal window. The facilitator window keeps the keyboard focus when a second display is used.
   */
  openPresenter(request: PresenterRequest): Promise<Result<void>>;
  closePresenter(): Promise<Result<void>>;
  /** Changes the language of the native menu (the app starts with the system language). */
  setLocale(request: LocaleRequest): Promise<Result<void>>;
  /** The keychain: `status` answers a {@link KeychainStatus}, `wrap` and `unwrap` answer bytes. */
  keychain(request: KeychainRequest): Promise<Result<KeychainStatus | Uint8Array>>;
  /** Subscribes to menu commands (also `lock` when the screen locks or the computer sleeps); returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
  /** Writes an encrypted automatic backup into the backup folder, verified byte for byte, then rotates. */
  writeBackup(request: WriteBackupRequest): Promise<Result<WrittenBackup>>;
  /** Reads back an automatic backup by file name (only from the backup folder). */
  readBackup(request: ReadBackupRequest): Promise<Result<Uint8Array>>;
  /** The backup folder and the automatic backups in it. */
  backupFolder(): Promise<Result<BackupFolderInfo>>;
  /** Lets the user pick another backup folder (native dialog); resolves to it, or `cancelled`. */
  chooseBackupFolder(): Promise<Result<string>>;
  /** Tells the host a requested backup is over (written, or impossible), so it may quit. */
  backupFinished(): Promise<Result<void>>;
  /** Subscribes to the host's requests for a backup (before quitting); returns the unsubscribe function. */
  onBackupRequest(callback: (reason: BackupReason) => void): () => void;
}
