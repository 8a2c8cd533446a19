import { z } from 'zod';
import { SCHEMA_VERSIONS } from '../schema';
import { BackupReadError } from './errors';

/**
 * The backup's plaintext: one JSON document holding every table. Version 1 was written as a plain file;
 * version 2 adds the app version and is normally wrapped in age encryption (see envelope.ts). Both are read.
 *
 * Reading validates the WHOLE document before anything is written: the shape, every row's key and index
 * fields, unique ids, references between tables, and limits on size, depth and key names. A row's other
 * fields travel as they are (the app's repositories validate what a person types).
 */
export const BACKUP_FORMAT = 'grove-backup';
export const BACKUP_VERSION = 2;
export const READABLE_BACKUP_VERSIONS = [1, 2] as const;
/** Largest backup read, in bytes of plaintext JSON. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** Longest string field accepted (archived PDFs travel as base64 in `$blob`, which has its own limit). */
export const MAX_TEXT_LENGTH = 200_000;
const MAX_DEPTH = 24;
/** 1 January 3000: a backup dated later than this is not real. */
const LATEST_TIMESTAMP = 32_503_680_000_000;

export const TABLES = ['groups', 'participants', 'sessions', 'library', 'trees', 'treeItems', 'forestItems', 'records', 'archive', 'settings'] as const;
export type TableName = (typeof TABLES)[number];
export type BackupRow = Record<string, unknown>;
export type BackupTables = Record<TableName, BackupRow[]>;

export const PRIMARY_KEY: Record<TableName, string> = {
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

export const CURRENT_SCHEMA = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

const id = z.string().min(1).max(200);
const time = z.number().int().min(0);
const label = z.string().min(1).max(200);
/** Key and index fields of each table: the parts IndexedDB and the references depend on. */
const ROW_SCHEMAS: Record<TableName, z.ZodType> = {
  groups: z.looseObject({ id, code: label, createdAt: time, archivedAt: time.nullable().optional() }),
  participants: z.looseObject({ id, groupId: id, alias: label }),
  sessions: z.looseObject({ id, groupId: id, number: z.number().int() }),
  library: z.looseObject({ id, createdAt: time }),
  trees: z.looseObject({ id, groupId: id, participantId: id }),
  treeItems: z.looseObject({ id, treeId: id, groupId: id, participantId: id, kind: z.enum(['note', 'stroke', 'sticker']) }),
  forestItems: z.looseObject({ id, groupId: id }),
  records: z.looseObject({ sessionId: id, groupId: id }),
  archive: z.looseObject({
    id,
    groupId: id,
    groupCode: label,
    createdAt: time,
    period: label,
    blob: z.object({ $blob: z.string().max(MAX_BACKUP_BYTES), type: z.string().max(200) }).strict(),
  }),
  settings: z.looseObject({ key: id }),
};

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  schemaVersion: z.number().int().min(1),
  createdAt: z.number().int().min(0).max(LATEST_TIMESTAMP),
  appVersion: z.string().max(50).optional(),
  tables: z.record(z.string(), z.unknown()),
});

/** What a backup holds, as shown before a check or restore. */
export interface BackupSummary {
  createdAt: number;
  formatVersion: number;
  schemaVersion: number;
  /** Version of Grove that made the backup; unknown for version 1 files. */
  appVersion: string | null;
  counts: Record<TableName, number>;
}

export interface ParsedBackup {
  summary: BackupSummary;
  tables: BackupTables;
}

/** Serialise tables (archive blobs already encoded) into the version 2 plaintext. */
export function serialiseBackup(tables: BackupTables, meta: { createdAt: number; appVersion: string }): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: CURRENT_SCHEMA,
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    tables,
  });
}

/** Parse and validate a backup's plaintext completely, writing nothing. Throws {@link BackupReadError}. */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupReadError('tooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupReadError(looksTruncated(text) ? 'truncated' : 'notJson');
  }
  const looksLikeBackup = z.object({ format: z.literal(BACKUP_FORMAT) }).safeParse(raw).success;
  if (!looksLikeBackup) throw new BackupReadError('notBackup');
  const parsed = header.safeParse(raw);
  if (!parsed.success) throw new BackupReadError('badHeader');
  const { version, schemaVersion } = parsed.data;
  if (version > BACKUP_VERSION) throw new BackupReadError('newerFormat');
  if (!(READABLE_BACKUP_VERSIONS as readonly number[]).includes(version)) throw new BackupReadError('badHeader');
  if (schemaVersion > CURRENT_SCHEMA) throw new BackupReadError('newerSchema');

  const unknownTable = Object.keys(parsed.data.tables).find((name) => !(TABLES as readonly string[]).includes(name));
  if (unknownTable !== undefined) throw new BackupReadError('badHeader', { table: unknownTable });
  const tables = {} as BackupTables;
  for (const name of TABLES) tables[name] = checkTable(name, parsed.data.tables[name]);
  checkReferences(tables);

  const counts = Object.fromEntries(TABLES.map((name) => [name, tables[name].length])) as Record<TableName, number>;
  return {
    summary: {
      createdAt: parsed.data.createdAt,
      formatVersion: version,
      schemaVersion,
      appVersion: parsed.data.appVersion ?? null,
      counts,
    },
    tables,
  };
}

function checkTable(name: TableName, value: unknown): BackupRow[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new BackupReadError('badRow', { table: name });
  const key = PRIMARY_KEY[name];
  const seen = new Set<string>();
  value.forEach((row: unknown, index) => {
    checkValue(row, 0, name, index);
    if (!ROW_SCHEMAS[name].safeParse(row).success) throw new BackupReadError('badRow', { table: name, row: index + 1 });
    const rowKey = (row as BackupRow)[key] as string;
    if (seen.has(rowKey)) throw new BackupReadError('duplicateId', { table: name, row: index + 1 });
    seen.add(rowKey);
  });
  return value as BackupRow[];
}

/** Refuses prototype-polluting keys, over-long strings, non-finite numbers and absurd nesting anywhere in a row. */
function checkValue(value: unknown, depth: number, table: TableName, index: number): void {
  const where = { table, row: index + 1 };
  if (depth > MAX_DEPTH) throw new BackupReadError('badRow', where);
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_LENGTH && !(table === 'archive' && depth === 2)) throw new BackupReadError('tooLong', where);
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new BackupReadError('badRow', where);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) checkValue(item, depth + 1, table, index);
    return;
  }
  if (depth === 0 && Object.getPrototypeOf(value) !== Object.prototype) throw new BackupReadError('badRow', where);
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new BackupReadError('unsafeKey', where);
    checkValue((value as BackupRow)[key], depth + 1, table, index);
  }
}

/** Every row that belongs to another must find it: a backup never restores orphans. */
function checkReferences(tables: BackupTables): void {
  const ids = (name: TableName) => new Set(tables[name].map((row) => row[PRIMARY_KEY[name]] as string));
  const groups = ids('groups');
  const participants = ids('participants');
  const sessions = ids('sessions');
  const trees = ids('trees');
  const rules: [TableName, string, Set<string>][] = [
    ['participants', 'groupId', groups],
    ['sessions', 'groupId', groups],
    ['trees', 'groupId', groups],
    ['trees', 'participantId', participants],
    ['treeItems', 'treeId', trees],
    ['treeItems', 'groupId', groups],
    ['forestItems', 'groupId', groups],
    ['records', 'sessionId', sessions],
    ['records', 'groupId', groups],
  ];
  // Archived summaries outlive their group on purpose (a coordinator keeps them), so archive.groupId is not checked.
  for (const [name, field, targets] of rules) {
    const index = tables[name].findIndex((row) => !targets.has(row[field] as string));
    if (index >= 0) throw new BackupReadError('danglingReference', { table: name, row: index + 1 });
  }
}

function looksTruncated(text: string): boolean {
  return text.trimStart().startsWith('{') && !text.trimEnd().endsWith('}');
}
