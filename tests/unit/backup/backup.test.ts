import { Decrypter } from 'age-encryption';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkBackup } from '../../../src/db/backup/check';
import { createEncryptedBackup, createPlainBackup, exportBackupText, type CreatedBackup } from '../../../src/db/backup/create';
import { openBackupFile } from '../../../src/db/backup/envelope';
import { BackupEncryptError, BackupReadError } from '../../../src/db/backup/errors';
import { parseBackup } from '../../../src/db/backup/format';
import { restoreBackup, SafetyCopyError } from '../../../src/db/backup/restore';
import type { GroveDb } from '../../../src/db/db';
import { getRecoveryRecipient } from '../../../src/security/recovery';
import { destroyKeys } from '../../../src/security/keyStore';
import { freshDb } from '../db/helpers';
import { dumpDatabase, keyPair, seedWithRecovery, makeRecoveryRecipient } from './helpers';

let db: GroveDb;
beforeEach(() => {
  db = freshDb('backup');
});

async function openAndParse(bytes: Uint8Array, identity?: string) {
  return parseBackup(await openBackupFile(bytes, identity));
}

const noSafetyCopyExpected = async (): Promise<boolean> => {
  throw new Error('a safety copy was asked for on an empty database');
};

describe('encrypted backups', () => {
  it('are age files that round-trip every table identically, blobs and non-Latin text included', async () => {
    const { identity } = await seedWithRecovery(db);
    const before = await dumpDatabase(db);
    const backup = await createEncryptedBackup({ now: 123 });
    expect(new TextDecoder().decode(backup.bytes.subarray(0, 22))).toBe('age-encryption.org/v1\n');
    // Nothing a person wrote is readable in the file (this phrase is on a sample tree).
    expect(before).toContain('La cucina di mia nonna');
    expect(Buffer.from(backup.bytes).includes(Buffer.from('La cucina di mia nonna'))).toBe(false);

    db = freshDb('backup-target');
    const empty = await dumpDatabase(db);
    const parsed = await openAndParse(backup.bytes, identity);
    expect(parsed.summary).toMatchObject({ createdAt: 123, formatVersion: 2, schemaVersion: 1, appVersion: expect.any(String) });
    await restoreBackup(parsed, noSafetyCopyExpected);
    expect(await dumpDatabase(db)).toEqual(before);
    expect(await dumpDatabase(db)).not.toEqual(empty);
  });

  it('fail closed: with no recipient nothing is produced', async () => {
    await seedWithRecovery(db);
    await destroyKeys();
    await expect(createEncryptedBackup()).rejects.toEqual(new BackupEncryptError('noRecipient'));
  });

  it('are encrypted to the recovery key and every extra recipient, each able to open it alone', async () => {
    const { identity } = await seedWithRecovery(db);
    const coordinator = await keyPair();
    await db.settings.put({ key: 'backupRecipients', value: [coordinator.recipient] });
    const backup = await createEncryptedBackup();
    for (const key of [identity, coordinator.identity]) {
      const decrypter = new Decrypter();
      decrypter.addIdentity(key);
      expect(JSON.parse(await decrypter.decrypt(backup.bytes, 'text')).format).toBe('grove-backup');
    }
    const stranger = await keyPair();
    await expect(openBackupFile(backup.bytes, stranger.identity)).rejects.toEqual(new BackupReadError('wrongKey'));
    await expect(openBackupFile(backup.bytes)).rejects.toEqual(new BackupReadError('needsKey'));
    await expect(openBackupFile(backup.bytes, 'AGE-SECRET-KEY-1 not a key')).rejects.toEqual(new BackupReadError('badKey'));
  });

  it('accept a recovery key typed from a print-out (lower case, spaces, line breaks)', async () => {
    const { identity } = await seedWithRecovery(db);
    const backup = await createEncryptedBackup();
    const typed = `${identity.slice(0, 30).toLowerCase()} \n ${identity.slice(30)}`;
    expect((await openAndParse(backup.bytes, typed)).summary.counts.participants).toBe(6);
  });
});

describe('restore', () => {
  it('reads a version 1 plain JSON backup from the first release', async () => {
    await seedWithRecovery(db);
    const v2 = JSON.parse(await exportBackupText(5));
    const v1 = JSON.stringify({ format: 'grove-backup', version: 1, schemaVersion: 1, createdAt: 5, tables: v2.tables });
    const before = await dumpDatabase(db);
    db = freshDb('backup-v1');
    const parsed = await openAndParse(new TextEncoder().encode(v1));
    expect(parsed.summary).toMatchObject({ formatVersion: 1, appVersion: null });
    await restoreBackup(parsed, noSafetyCopyExpected);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('saves an encrypted safety copy of the current data first, and restores nothing when that fails', async () => {
    const { identity } = await seedWithRecovery(db);
    const backup = await createPlainBackup(7);
    const parsed = await openAndParse(backup.bytes);
    await db.archive.clear();
    const current = await dumpDatabase(db);

    await expect(restoreBackup(parsed, async () => false)).rejects.toBeInstanceOf(SafetyCopyError);
    expect(await dumpDatabase(db)).toEqual(current);

    let copy: CreatedBackup | null = null;
    await restoreBackup(parsed, async (made) => {
      copy = made;
      return true;
    });
    expect(await db.archive.count()).toBe(1);
    // The safety copy holds the data as it was before the restore, and opens with the recovery key.
    const safety = await openAndParse(copy!.bytes, identity);
    expect(safety.summary.counts.archive).toBe(0);
    expect(safety.summary.counts.participants).toBe(6);
  });

  it("keeps this computer's own settings (its recovery key's public half) over the backup's", async () => {
    await seedWithRecovery(db);
    const backup = await openAndParse((await createPlainBackup()).bytes);
    db = freshDb('backup-machine');
    const mine = await keyPair();
    await makeRecoveryRecipient(mine.recipient);
    await restoreBackup(backup, noSafetyCopyExpected);
    expect(await getRecoveryRecipient()).toBe(mine.recipient);
    expect(await db.participants.count()).toBe(6);
  });
});

describe('the restore drill ("Check a backup")', () => {
  it('counts what a scratch database accepted, deletes the scratch copy and touches nothing live', async () => {
    const { identity } = await seedWithRecovery(db);
    const backup = await createEncryptedBackup({ now: 99 });
    await db.treeItems.clear();
    const live = await dumpDatabase(db);
    const report = await checkBackup(await openAndParse(backup.bytes, identity));
    expect(report).toMatchObject({ groups: 1, participants: 6, sessions: 4, trees: 6, summaries: 1, records: 0 });
    expect(report.treeItems).toBeGreaterThan(0);
    expect(report.summary.createdAt).toBe(99);
    expect(await dumpDatabase(db)).toEqual(live);
    const names = (await indexedDB.databases()).map((info) => info.name);
    expect(names.filter((name) => name?.startsWith('grove-check-'))).toEqual([]);
  });

  it('reports a backup IndexedDB refuses (two trees for one participant), and still deletes the scratch copy', async () => {
    await seedWithRecovery(db);
    const text = await exportBackupText();
    const raw = JSON.parse(text);
    raw.tables.trees.push({ ...raw.tables.trees[0], id: 'a-second-tree' });
    const parsed = parseBackup(JSON.stringify(raw));
    const live = await dumpDatabase(db);
    await expect(checkBackup(parsed)).rejects.toEqual(new BackupReadError('rejectedByDatabase'));
    await expect(restoreBackup(parsed, async () => true)).rejects.toEqual(new BackupReadError('rejectedByDatabase'));
    expect(await dumpDatabase(db)).toEqual(live);
    const names = (await indexedDB.databases()).map((info) => info.name);
    expect(names.filter((name) => name?.startsWith('grove-check-'))).toEqual([]);
  });
});

describe('a full disk during restore', () => {
  it('rolls everything back and says the disk is full', async () => {
    const { vi } = await import('vitest');
    const { quotaError } = await import('../db/helpers');
    const { isQuotaError } = await import('../../../src/db/errors');
    await seedWithRecovery(db);
    const backup = await openAndParse((await createPlainBackup()).bytes);
    await db.archive.clear();
    const before = await dumpDatabase(db);
    // The last table written (settings) hits a full disk after every other table was cleared and refilled.
    const tablePrototype = Object.getPrototypeOf(db.settings) as { bulkAdd: (...args: unknown[]) => unknown };
    const realBulkAdd = tablePrototype.bulkAdd;
    const spy = vi.spyOn(tablePrototype, 'bulkAdd').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'settings') throw quotaError();
      return realBulkAdd.apply(this, args);
    } as never);
    const failure = await restoreBackup(backup, async () => true).catch((error: unknown) => error);
    spy.mockRestore();
    expect(isQuotaError(failure)).toBe(true);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
