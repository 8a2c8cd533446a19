import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOST_ERRORS } from '../shared/contract';
import type { BackupFolderInfo, Result, WriteBackupRequest, WrittenBackup } from '../shared/contract';
import { automaticBackupName, backupsToDelete, parseAutomaticBackupName } from './backupRotation';
import { writeFileAtomically } from './files';

/**
 * Automatic backups on disk, in a folder outside the app's profile (default "Grove backups" in the user's
 * documents; the facilitator may choose another, e.g. a USB stick). The main process only ever receives
 * bytes that are already age-encrypted in the renderer and never holds a key: it writes them atomically,
 * reads them back and compares their SHA-256 with what it was given, and rotates old files. Decrypting
 * the read-back copy (the rest of the verification) happens in the renderer, with a throw-away key.
 */
export const DEFAULT_FOLDER_NAME = 'Grove backups';
const AGE_MAGIC = Buffer.from('age-encryption.org/v1\n');

export interface BackupStore {
  /** The folder in use now. */
  folder(): string;
  now(): number;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes one encrypted backup, verifies the copy on disk byte for byte, then rotates the folder. */
export async function writeBackup(request: WriteBackupRequest, store: BackupStore): Promise<Result<WrittenBackup>> {
  if (!Buffer.from(request.bytes.subarray(0, AGE_MAGIC.length)).equals(AGE_MAGIC)) {
    // Fail closed here too: the main process never writes a backup that is not encrypted.
    return { ok: false, error: `${HOST_ERRORS.invalidArgument}: not encrypted` };
  }
  const folder = store.folder();
  const name = automaticBackupName(request.createdAt, request.reason);
  const path = join(folder, name);
  const expected = sha256(request.bytes);
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFileAtomically(path, request.bytes);
    const readBack = await readFile(path);
    if (sha256(readBack) !== expected) {
      await unlink(path).catch(() => undefined);
      return { ok: false, error: HOST_ERRORS.verifyFailed };
    }
  } catch (error) {
    console.error('[grove] writing a backup failed:', error);
    return { ok: false, error: HOST_ERRORS.writeFailed };
  }
  await rotate(folder, store.now());
  return { ok: true, value: { name, path, folder, sha256: expected, size: request.bytes.byteLength } };
}

/** Reads back one automatic backup by name (never a path: nothing outside the folder can be read). */
export async function readBackup(name: string, store: BackupStore): Promise<Result<Uint8Array>> {
  if (parseAutomaticBackupName(name) === null) return { ok: false, error: `${HOST_ERRORS.invalidArgument}: name` };
  try {
    return { ok: true, value: new Uint8Array(await readFile(join(store.folder(), name))) };
  } catch (error) {
    console.error('[grove] reading a backup failed:', error);
    return { ok: false, error: HOST_ERRORS.notFound };
  }
}

/** The folder and the automatic backups in it, newest first. */
export async function folderInfo(store: BackupStore): Promise<Result<BackupFolderInfo>> {
  const folder = store.folder();
  const names = await readdir(folder).catch(() => [] as string[]);
  const backups = [];
  for (const info of names.map(parseAutomaticBackupName)) {
    if (info === null) continue;
    const size = await stat(join(folder, info.name)).then((s) => s.size, () => null);
    if (size !== null) backups.push({ ...info, size });
  }
  backups.sort((a, b) => b.createdAt - a.createdAt);
  return { ok: true, value: { folder, backups } };
}

/** Deletes what the rotation rule no longer keeps. Other files in the folder are never touched. */
export async function rotate(folder: string, now: number): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const files = names.map(parseAutomaticBackupName).filter((info) => info !== null);
  const doomed = backupsToDelete(files, now);
  for (const name of doomed) await unlink(join(folder, name)).catch((error: unknown) => console.error('[grove] rotation:', error));
  return doomed;
}

/** The backup folder in use, remembered by the main process in a small JSON file in the profile (no data). */
export interface BackupFolderState extends BackupStore {
  set(folder: string): Promise<void>;
}

export function backupFolderState(settingFile: string, defaultFolder: string): BackupFolderState {
  let current = defaultFolder;
  try {
    const folder = (JSON.parse(readFileSync(settingFile, 'utf8')) as { folder?: unknown }).folder;
    if (typeof folder === 'string' && folder.trim() !== '') current = folder;
  } catch {
    // No setting yet (or an unreadable one): the default folder.
  }
  return {
    folder: () => current,
    now: () => Date.now(),
    async set(folder) {
      await writeFile(settingFile, JSON.stringify({ folder }), { mode: 0o600 });
      current = folder;
    },
  };
}

/**
 * Holds quitting until the renderer has made its quit backup (or `timeoutMs` passed): the main process
 * cannot make one itself, as it never holds the data.
 */
export function quitGate(timeoutMs: number): { wait(): Promise<void>; release(): void } {
  let release: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    wait: () => Promise.race([finished, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]),
    release: () => release(),
  };
}
