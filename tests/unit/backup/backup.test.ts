import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, type GroveDb } from '../../../src/db/db';
import { BackupReadError, exportBackup, readBackup, restoreBackup } from '../../../src/db/backup';

let db: GroveDb;
let n = 0;

beforeEach(async () => {
  db = useDatabase(`backup-test-${n++}`);
  await db.open();
});

async function seed(): Promise<void> {
  await db.groups.add({
    id: 'g1', code: 'GRV-01', name: 'Martedì', settingType: 'other', lang: 'it', datePrecision: 'day', suppressionK: 5,
    zoneLabels: {}, denyList: ['fibrosi cistica'], retentionDays: 30, createdAt: 1, updatedAt: 1, archivedAt: null,
  });
  await db.settings.put({ key: 'lang', value: 'it' });
  await db.archive.add({
    id: 'a1', pdf: new Uint8Array([37, 80, 68, 70, 0, 255]), fileName: 'GRV-01_S1.pdf',
    sha256: 'x', size: 6, pages: 1, groupId: 'g1', groupCode: 'GRV-01', sessionNumber: 1, period: '2026-W48', lang: 'it', createdAt: 2,
  });
}

describe('backup and restore', () => {
  it('round-trips every table, including PDF blobs and non-Latin text', async () => {
    await seed();
    const text = await exportBackup(123);
    const [original] = await db.groups.toArray();
    if (original) await db.groups.add({ ...original, id: 'other', code: 'OTHER' });
    await db.groups.delete('g1');
    await db.archive.clear();
    const summary = await restoreBackup(text);
    expect(summary.counts.groups).toBe(1);
    expect((await db.groups.toArray()).map((g) => g.name)).toEqual(['Martedì']);
    const entry = await db.archive.get('a1');
    expect(entry!.pdf).toEqual(new Uint8Array([37, 80, 68, 70, 0, 255]));
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'it' });
  });

  it('refuses a file that is not a Grove backup and changes nothing', async () => {
    await seed();
    for (const [text, reason] of [
      ['not json', 'notJson'],
      ['{"format":"other","schemaVersion":1}', 'notBackup'],
      ['{"format":"grove-backup","version":1,"schemaVersion":99,"createdAt":1,"tables":{}}', 'newerSchema'],
      ['{"format":"grove-backup","version":1,"schemaVersion":1,"createdAt":1,"tables":{"groups":[{"name":"no id"}]}}', 'badRow'],
      ['{"format":"grove-backup","version":1,"schemaVersion":1,"createdAt":1,"tables":{"archive":[{"id":"a","blob":{}}]}}', 'badRow'],
    ] as const) {
      await expect(restoreBackup(text)).rejects.toEqual(new BackupReadError(reason));
    }
    expect(await db.groups.count()).toBe(1);
    expect(await db.archive.count()).toBe(1);
  });

  it('reads a backup without writing, reporting its counts', async () => {
    await seed();
    const { summary } = readBackup(await exportBackup(5));
    expect(summary.createdAt).toBe(5);
    expect(summary.counts.archive).toBe(1);
    expect(summary.counts.treeItems).toBe(0);
  });
});
