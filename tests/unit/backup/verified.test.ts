import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openBackupFile } from '../../../src/db/backup/envelope';
import { parseBackup } from '../../../src/db/backup/format';
import { hasDataToBackUp, lastVerifiedBackup, makeVerifiedBackup, VerifyError, type BackupWriter } from '../../../src/db/backup/verified';
import type { GroveDb } from '../../../src/db/db';
import { backupReminderDue, dailyBackupDue, DAY_MS, daysSince } from '../../../src/domain/backupReminder';
import { freshDb } from '../db/helpers';
import { seedWithRecovery } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'grove-verified-'));
let db: GroveDb;
beforeEach(() => {
  db = freshDb('verified');
});

/** Writes to a real file and reads it back, optionally spoiling the copy on disk the way a bad disk would. */
function diskWriter(spoil?: (bytes: Buffer) => Buffer): BackupWriter {
  return {
    async write(bytes, createdAt) {
      const path = join(dir, `backup-${createdAt}-${Math.random()}.age`);
      writeFileSync(path, bytes);
      if (spoil) writeFileSync(path, spoil(readFileSync(path)));
      return { where: path, readBack: async () => new Uint8Array(readFileSync(path)) };
    },
  };
}

describe('verified backups', () => {
  it('are written, read back, decrypted with a throw-away key, compared, and recorded', async () => {
    const { identity } = await seedWithRecovery(db);
    expect(await lastVerifiedBackup()).toBeNull();
    const progress: number[] = [];
    const verified = await makeVerifiedBackup('daily', diskWriter(), (p) => progress.push(p), 1_800_000_000_000);
    expect(verified).toMatchObject({ at: 1_800_000_000_000, reason: 'daily', counts: { groups: 1, participants: 6, archive: 1 } });
    expect(await lastVerifiedBackup()).toEqual(verified);
    expect(progress.at(-1)).toBe(1);
    // The file on disk opens with the recovery key: the throw-away recipient takes nothing away.
    const onDisk = parseBackup(await openBackupFile(new Uint8Array(readFileSync(verified.where)), identity));
    expect(onDisk.summary.counts.participants).toBe(6);
  });

  it('are not counted as verified when the copy on disk is damaged, cut short or unreadable', async () => {
    await seedWithRecovery(db);
    const flip = (bytes: Buffer) => {
      bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
      return bytes;
    };
    await expect(makeVerifiedBackup('daily', diskWriter(flip))).rejects.toEqual(new VerifyError('decrypt'));
    await expect(makeVerifiedBackup('daily', diskWriter((bytes) => bytes.subarray(0, bytes.length - 100)))).rejects.toEqual(new VerifyError('decrypt'));
    const failing: BackupWriter = { write: async () => ({ where: '/x', readBack: () => Promise.reject(new Error('gone')) }) };
    await expect(makeVerifiedBackup('daily', failing)).rejects.toEqual(new VerifyError('readBack'));
    const full: BackupWriter = { write: () => Promise.reject(new Error('write-failed')) };
    await expect(makeVerifiedBackup('daily', full)).rejects.toEqual(new VerifyError('write'));
    expect(await lastVerifiedBackup()).toBeNull();
  });

  it('know when there is something to back up', async () => {
    expect(await hasDataToBackUp()).toBe(false);
    await seedWithRecovery(db);
    expect(await hasDataToBackUp()).toBe(true);
  });
});

describe('reminder rules', () => {
  const now = 1_800_000_000_000;
  it('remind after 7 days without a verified backup, only when there is data', () => {
    expect(backupReminderDue(null, now, false)).toBe(false);
    expect(backupReminderDue(null, now, true)).toBe(true);
    expect(backupReminderDue(now - 7 * DAY_MS + 1, now, true)).toBe(false);
    expect(backupReminderDue(now - 7 * DAY_MS, now, true)).toBe(true);
    expect(daysSince(now - 9.5 * DAY_MS, now)).toBe(9);
  });

  it('make the daily backup when the last is a day old or there is none', () => {
    expect(dailyBackupDue(null, now)).toBe(true);
    expect(dailyBackupDue(now - DAY_MS + 1, now)).toBe(false);
    expect(dailyBackupDue(now - DAY_MS, now)).toBe(true);
  });
});

describe('storage warnings', () => {
  it('warn when storage is 90% used or under 100 MB is left, never on unknown figures', async () => {
    const { isNearlyFull } = await import('../../../src/domain/storageRules');
    const MB = 1024 * 1024;
    expect(isNearlyFull({ persisted: true, usage: null, quota: null })).toBe(false);
    expect(isNearlyFull({ persisted: true, usage: 10 * MB, quota: 10_000 * MB })).toBe(false);
    expect(isNearlyFull({ persisted: true, usage: 9_000 * MB, quota: 10_000 * MB })).toBe(true);
    expect(isNearlyFull({ persisted: false, usage: 1 * MB, quota: 50 * MB })).toBe(true);
  });
});
