import { z } from 'zod';
import { db } from './db';
import { SCHEMA_VERSIONS } from './schema';
import { fromBase64, toBase64 } from '../security/seal';

/**
 * Whole-database backup to one JSON file, and an all-or-nothing restore.
 *
 * Hand-written rather than dexie-export-import because a restore must validate the entire file before it
 * touches anything and then replace every table in ONE transaction: a bad or truncated file leaves the
 * stored data exactly as it was.
 */
export const BACKUP_FORMAT = 'grove-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

const TABLES = ['groups', 'participants', 'sessions', 'library', 'trees', 'treeItems', 'forestItems', 'records', 'archive', 'settings'] as const;
type TableName = (typeof TABLES)[number];

const PRIMARY_KEY: Record<TableName, string> = {
  groups: 'id',
  participants: 'id',
  sessions: 'id',
  library: 'id',
  trees: 'id',
  treeItems: 'id',
  forestItems: 'id',
  records: 'sessionId',
  archive: 'id',
  settings: 'key',
};

const CURRENT_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Version 1 backups held each PDF as `blob: {$blob, type}`; later ones as `pdf: {$bytes}`. Both restore. */
const encodedBlob = z.object({ $blob: z.string(), type: z.string() });
const encodedBytes = z.object({ $bytes: z.string() });

const backupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  schemaVersion: z.number().int().min(1).max(CURRENT_SCHEMA),
  createdAt: z.number(),
  tables: z.object(Object.fromEntries(TABLES.map((name) => [name, z.array(z.record(z.string(), z.unknown())).default([])])) as Record<TableName, z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>>),
});

export type BackupError = 'notJson' | 'notBackup' | 'newerSchema' | 'badRow' | 'tooLarge';

export class BackupReadError extends Error {
  constructor(readonly reason: BackupError) {
    super(`backup: ${reason}`);
    this.name = 'BackupReadError';
  }
}

/** Serialise every table to JSON text; archived PDFs become base64. */
export async function exportBackup(now = Date.now()): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) tables[name] = await db.table(name).toArray();
  });
  const archive = tables.archive as Record<string, unknown>[];
  tables.archive = archive.map((row) => ({ ...row, pdf: { $bytes: toBase64(row.pdf as Uint8Array) } }));
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: CURRENT_SCHEMA, createdAt: now, tables });
}

export interface BackupSummary {
  createdAt: number;
  counts: Record<TableName, number>;
}

/** Check a backup file completely without writing anything. Throws BackupReadError. */
export function readBackup(text: string): { summary: BackupSummary; tables: Record<TableName, Record<string, unknown>[]> } {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupReadError('tooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupReadError('notJson');
  }
  const head = z.object({ format: z.string(), schemaVersion: z.number() }).safeParse(raw);
  if (!head.success || head.data.format !== BACKUP_FORMAT) throw new BackupReadError('notBackup');
  if (head.data.schemaVersion > CURRENT_SCHEMA) throw new BackupReadError('newerSchema');
  const parsed = backupFile.safeParse(raw);
  if (!parsed.success) throw new BackupReadError('notBackup');
  const tables = parsed.data.tables as Record<TableName, Record<string, unknown>[]>;
  for (const name of TABLES) {
    const key = PRIMARY_KEY[name];
    const seen = new Set<unknown>();
    for (const row of tables[name]) {
      const id = row[key];
      if (typeof id !== 'string' || id.length === 0 || seen.has(id)) throw new BackupReadError('badRow');
      seen.add(id);
      if (name === 'archive' && !encodedBytes.safeParse(row.pdf).success && !encodedBlob.safeParse(row.blob).success) throw new BackupReadError('badRow');
    }
  }
  const counts = Object.fromEntries(TABLES.map((name) => [name, tables[name].length])) as Record<TableName, number>;
  return { summary: { createdAt: parsed.data.createdAt, counts }, tables };
}

/** Replace everything stored with a backup's contents, in one transaction. */
export async function restoreBackup(text: string): Promise<BackupSummary> {
  const { summary, tables } = readBackup(text);
  const archive = tables.archive.map(({ blob, pdf, ...row }) => ({
    ...row,
    pdf: fromBase64(pdf !== undefined ? (pdf as z.infer<typeof encodedBytes>).$bytes : (blob as z.infer<typeof encodedBlob>).$blob),
  }));
  await db.transaction('rw', TABLES.map((name) => db.table(name)), async () => {
    for (const name of TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(name === 'archive' ? archive : tables[name]);
    }
  });
  return summary;
}

/** A file name for a backup taken now, e.g. grove-backup-2026-11-24.json. */
export function backupFileName(now = new Date()): string {
  return `grove-backup-${now.toISOString().slice(0, 10)}.json`;
}
