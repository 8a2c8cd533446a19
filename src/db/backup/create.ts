import { version as appVersion } from '../../../package.json';
import { db } from '../db';
import { encodeArchiveRow } from './blobCodec';
import { encryptBackup } from './envelope';
import { BackupEncryptError } from './errors';
import { serialiseBackup, TABLES, type BackupTables, type TableName } from './format';
import { backupRecipients } from './recipients';

export type Progress = (fraction: number) => void;

/** A backup ready to be written, with what is needed to verify the written copy later. */
export interface CreatedBackup {
  bytes: Uint8Array;
  createdAt: number;
  encrypted: boolean;
  /** SHA-256 (hex) of the plaintext JSON: a read-back must decrypt to exactly this. */
  plaintextSha256: string;
  counts: Record<TableName, number>;
}

/** Every table read in one transaction (a consistent picture), archive blobs encoded. */
export async function readAllTables(onProgress?: Progress): Promise<BackupTables> {
  const tables = {} as BackupTables;
  await db.transaction('r', TABLES.map((name) => db.table(name)), async () => {
    for (const [index, name] of TABLES.entries()) {
      tables[name] = await db.table(name).toArray();
      onProgress?.((index + 1) / TABLES.length / 2);
    }
  });
  tables.archive = await Promise.all(tables.archive.map(encodeArchiveRow));
  return tables;
}

/** The version 2 plaintext of everything stored now. */
export async function exportBackupText(now = Date.now(), onProgress?: Progress): Promise<string> {
  return serialiseBackup(await readAllTables(onProgress), { createdAt: now, appVersion });
}

/**
 * An encrypted backup of everything stored now, to the recovery key and any extra recipients. Fails closed
 * (throws BackupEncryptError) when there is no recipient or encryption fails. `extraRecipients` are added
 * for this file only (e.g. a throw-away key used to verify the written copy).
 */
export async function createEncryptedBackup(
  options: { now?: number; onProgress?: Progress; extraRecipients?: readonly string[] } = {},
): Promise<CreatedBackup> {
  const recipients = await backupRecipients();
  const all = [...recipients, ...(options.extraRecipients ?? [])];
  // Checked before reading anything, so a missing key is reported at once; encryptBackup checks again.
  if (recipients.length === 0) throw new BackupEncryptError('noRecipient');
  const createdAt = options.now ?? Date.now();
  const tables = await readAllTables(options.onProgress);
  const plaintext = new TextEncoder().encode(serialiseBackup(tables, { createdAt, appVersion }));
  const [bytes, plaintextSha256] = await Promise.all([encryptBackup(plaintext, all), sha256Hex(plaintext)]);
  options.onProgress?.(1);
  return { bytes, createdAt, encrypted: true, plaintextSha256, counts: countRows(tables) };
}

/** The explicit, warned choice: the same backup as readable JSON. */
export async function createPlainBackup(now = Date.now()): Promise<CreatedBackup> {
  const tables = await readAllTables();
  const plaintext = new TextEncoder().encode(serialiseBackup(tables, { createdAt: now, appVersion }));
  return { bytes: plaintext, createdAt: now, encrypted: false, plaintextSha256: await sha256Hex(plaintext), counts: countRows(tables) };
}

export function countRows(tables: BackupTables): Record<TableName, number> {
  return Object.fromEntries(TABLES.map((name) => [name, tables[name].length])) as Record<TableName, number>;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** File name of a backup taken now, e.g. grove-backup-2026-11-24-0930.age (or .json for a plain export). */
export function backupFileName(now = new Date(), encrypted = true): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `grove-backup-${stamp}.${encrypted ? 'age' : 'json'}`;
}
