import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import { db } from '../db';
import { createEncryptedBackup, sha256Hex, type Progress } from './create';
import { openBackupFile } from './envelope';
import { TABLES, parseBackup, type TableName } from './format';

/**
 * A backup written and then proven readable: the copy on disk is read back, decrypted, parsed and
 * compared (record counts and SHA-256 of the plaintext) with what was written.
 *
 * How a copy is decrypted without the recovery key (which Grove never keeps): each backup is also
 * encrypted to a throw-away age key made for that one file. After the check the throw-away secret is
 * dropped, so the extra recipient in the file's header can never open anything; the recovery key and
 * any added keys open the file as usual.
 */
export const LAST_VERIFIED_KEY = 'lastVerifiedBackup';

export interface VerifiedBackup {
  at: number;
  /** Where the verified copy is: a full path in the desktop app, a file name for a browser download. */
  where: string;
  reason: string;
  size: number;
  counts: Record<TableName, number>;
}

/** The host's part: write bytes somewhere, and read the written copy back. */
export interface BackupWriter {
  write(bytes: Uint8Array, createdAt: number): Promise<{ where: string; readBack: () => Promise<Uint8Array> }>;
}

export class VerifyError extends Error {
  constructor(readonly step: 'write' | 'readBack' | 'decrypt' | 'mismatch') {
    super(`backup verification failed at ${step}`);
    this.name = 'VerifyError';
  }
}

/** Makes, writes, reads back and verifies one backup; records it as the last verified backup. */
export async function makeVerifiedBackup(reason: string, writer: BackupWriter, onProgress?: Progress, now = Date.now()): Promise<VerifiedBackup> {
  const throwAway = await generateX25519Identity();
  const created = await createEncryptedBackup({ now, extraRecipients: [await identityToRecipient(throwAway)], onProgress: (f) => onProgress?.(f * 0.7) });
  let written: Awaited<ReturnType<BackupWriter['write']>>;
  try {
    written = await writer.write(created.bytes, created.createdAt);
  } catch {
    throw new VerifyError('write');
  }
  onProgress?.(0.8);
  let readBack: Uint8Array;
  try {
    readBack = await written.readBack();
  } catch {
    throw new VerifyError('readBack');
  }
  let plaintext: string;
  try {
    plaintext = await openBackupFile(readBack, throwAway);
  } catch {
    throw new VerifyError('decrypt');
  }
  onProgress?.(0.9);
  const parsed = parseBackup(plaintext);
  const sameHash = (await sha256Hex(new TextEncoder().encode(plaintext))) === created.plaintextSha256;
  const sameCounts = TABLES.every((name) => parsed.summary.counts[name] === created.counts[name]);
  if (!sameHash || !sameCounts) throw new VerifyError('mismatch');
  const verified: VerifiedBackup = { at: created.createdAt, where: written.where, reason, size: readBack.byteLength, counts: created.counts };
  await db.settings.put({ key: LAST_VERIFIED_KEY, value: verified });
  onProgress?.(1);
  return verified;
}

const verifiedSchema = z.object({
  at: z.number(),
  where: z.string(),
  reason: z.string(),
  size: z.number(),
  counts: z.record(z.string(), z.number()),
});

/** The last verified backup, or null when there has been none (or the stored record is not valid). */
export async function lastVerifiedBackup(): Promise<VerifiedBackup | null> {
  const row = await db.settings.get(LAST_VERIFIED_KEY);
  const parsed = verifiedSchema.safeParse(row?.value);
  return parsed.success ? (parsed.data as VerifiedBackup) : null;
}

/** True when anything worth backing up is stored. */
export async function hasDataToBackUp(): Promise<boolean> {
  return (await db.groups.count()) > 0 || (await db.archive.count()) > 0 || (await db.library.count()) > 0;
}

/** When the most recent session ended (0 when none has): the automatic backup follows each session's end. */
export async function latestSessionEnd(): Promise<number> {
  let latest = 0;
  await db.sessions.each((session) => {
    if (typeof session.endedAt === 'number' && session.endedAt > latest) latest = session.endedAt;
  });
  return latest;
}
