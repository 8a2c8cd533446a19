import { GroveDb } from '../db';
import { decodeArchiveRow } from './blobCodec';
import { BackupReadError } from './errors';
import { TABLES, type BackupSummary, type ParsedBackup } from './format';
import type { Progress } from './create';

/** What a restore drill found, counted from the scratch database the backup was loaded into. */
export interface CheckReport {
  summary: BackupSummary;
  groups: number;
  participants: number;
  sessions: number;
  trees: number;
  treeItems: number;
  records: number;
  summaries: number;
}

/**
 * The restore drill: loads a validated backup into a scratch database of its own (never the live one),
 * counts what IndexedDB accepted, and deletes the scratch copy whatever happens. A backup that passes here
 * restores; one IndexedDB refuses (e.g. two trees for one participant) is reported as `rejectedByDatabase`.
 */
export async function checkBackup(backup: ParsedBackup, onProgress?: Progress): Promise<CheckReport> {
  const scratch = new GroveDb(`grove-check-${crypto.randomUUID()}`);
  try {
    await scratch.open();
    await loadInto(scratch, backup, onProgress);
    const report: CheckReport = {
      summary: backup.summary,
      groups: await scratch.groups.count(),
      participants: await scratch.participants.count(),
      sessions: await scratch.sessions.count(),
      trees: await scratch.trees.count(),
      treeItems: await scratch.treeItems.count(),
      records: await scratch.records.count(),
      summaries: await scratch.archive.count(),
    };
    onProgress?.(1);
    return report;
  } finally {
    scratch.close();
    await scratch.delete().catch((error: unknown) => console.error('[grove] scratch database not deleted:', error));
  }
}

/** Writes every table of a backup into `target` in one transaction (tables cleared first). */
export async function loadInto(target: GroveDb, backup: ParsedBackup, onProgress?: Progress, keep: readonly { key: string; value: unknown }[] = []): Promise<void> {
  const archive = backup.tables.archive.map(decodeArchiveRow);
  try {
    await target.transaction('rw', TABLES.map((name) => target.table(name)), async () => {
      for (const [index, name] of TABLES.entries()) {
        const table = target.table(name);
        await table.clear();
        if (name === 'settings') {
          const keptKeys = new Set(keep.map((row) => row.key));
          await table.bulkAdd([...backup.tables.settings.filter((row) => !keptKeys.has(row.key as string)), ...keep]);
        } else {
          await table.bulkAdd(name === 'archive' ? archive : backup.tables[name]);
        }
        onProgress?.(0.1 + ((index + 1) / TABLES.length) * 0.85);
      }
    });
  } catch (error) {
    if (error instanceof Error && /ConstraintError|DataError|BulkError/.test(`${error.name} ${(error as { inner?: Error }).inner?.name ?? ''}`)) {
      throw new BackupReadError('rejectedByDatabase');
    }
    throw error;
  }
}
