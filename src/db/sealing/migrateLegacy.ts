import Dexie from 'dexie';
import { db, GroveDb, LEGACY_DB_NAME } from '../db';
import { toBase64 } from '../../security/seal';

/**
 * Moving data made before encryption at rest: every row of the old plain database is written, sealed, into
 * the new database in one transaction, read back and compared, and only then is the old database deleted
 * (a fresh database rather than sealing in place, so no plain row is ever rewritten). If anything fails, the
 * old database is untouched and the new one left empty.
 *
 * Known limit: Chromium keeps all of an origin's databases in one LevelDB, and a deleted database's values
 * stay in its files until LevelDB compacts them, which a page cannot force. They can no longer be read
 * through IndexedDB, but a search of the profile folder may still find them for a while.
 */
const TABLES = ['groups', 'participants', 'sessions', 'library', 'trees', 'treeItems', 'forestItems', 'records', 'archive', 'settings'] as const;

export type MigrationCounts = Record<(typeof TABLES)[number], number>;

export class MigrationCheckError extends Error {
  constructor(readonly table: string) {
    super(`The encrypted copy of ${table} did not match the original; the original was kept`);
    this.name = 'MigrationCheckError';
  }
}

/** True when a database from before encryption exists and holds at least one row. */
export async function legacyDataExists(): Promise<boolean> {
  if (!(await Dexie.exists(LEGACY_DB_NAME))) return false;
  const legacy = new GroveDb(LEGACY_DB_NAME, { sealed: false });
  try {
    for (const name of TABLES) if ((await legacy.table(name).count()) > 0) return true;
    return false;
  } finally {
    legacy.close();
  }
}

/** Migrates the legacy database into `target` (unlocked). Returns how many rows each table moved. */
export async function migrateLegacy(target: GroveDb = db, onProgress?: (done: number, total: number) => void): Promise<MigrationCounts> {
  const legacy = new GroveDb(LEGACY_DB_NAME, { sealed: false });
  let rows: Record<string, Record<string, unknown>[]>;
  try {
    rows = {};
    await legacy.transaction('r', TABLES.map((name) => legacy.table(name)), async () => {
      for (const name of TABLES) rows[name] = (await legacy.table(name).toArray()) as Record<string, unknown>[];
    });
  } finally {
    legacy.close();
  }
  // Releases before this one kept archived PDFs as Blobs; the sealed row holds their bytes.
  rows.archive = await Promise.all(
    rows.archive!.map(async ({ blob, ...row }) => ({ ...row, pdf: row.pdf ?? new Uint8Array(await (blob as Blob).arrayBuffer()) })),
  );
  const total = TABLES.length * 2;
  let done = 0;
  await target.transaction('rw', TABLES.map((name) => target.table(name)), async () => {
    for (const name of TABLES) {
      await target.table(name).clear();
      await target.table(name).bulkAdd(rows[name]!);
      onProgress?.(++done, total);
    }
  });
  try {
    for (const name of TABLES) {
      const copied = (await target.table(name).toArray()) as Record<string, unknown>[];
      if (canonical(copied) !== canonical(rows[name]!)) throw new MigrationCheckError(name);
      onProgress?.(++done, total);
    }
  } catch (error) {
    await target.transaction('rw', TABLES.map((name) => target.table(name)), async () => {
      for (const name of TABLES) await target.table(name).clear();
    });
    throw error;
  }
  await Dexie.delete(LEGACY_DB_NAME);
  return Object.fromEntries(TABLES.map((name) => [name, rows[name]!.length])) as MigrationCounts;
}

/** Rows as comparable text: sorted by id, keys sorted, bytes as base64. */
function canonical(rows: Record<string, unknown>[]): string {
  const text = rows.map((row) => JSON.stringify(sortKeys(row)));
  return text.sort().join('\n');
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}
