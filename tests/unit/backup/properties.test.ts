import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEncryptedBackup, exportBackupText } from '../../../src/db/backup/create';
import { openBackupFile } from '../../../src/db/backup/envelope';
import { BackupReadError } from '../../../src/db/backup/errors';
import { MAX_TEXT_LENGTH, parseBackup } from '../../../src/db/backup/format';
import { restoreBackup } from '../../../src/db/backup/restore';
import type { GroveDb } from '../../../src/db/db';
import en from '../../../src/i18n/en/settings';
import it_ from '../../../src/i18n/it/settings';
import { freshDb } from '../db/helpers';
import { dumpDatabase, keyPair, seedWithRecovery } from './helpers';

/**
 * Hundreds of malformed backups, each pushed through the whole restore path (open → validate → restore):
 * every one is refused with a reason that has a plain message in both languages, and the database is
 * byte-identical afterwards (every table dumped before and after, archived PDF bytes included).
 */
let db: GroveDb;
let validText: string;
let identity: string;
let encrypted: Uint8Array;
let before: string;

beforeAll(async () => {
  db = freshDb('properties');
  ({ identity } = await seedWithRecovery(db));
  validText = await exportBackupText(1_700_000_000_000);
  encrypted = (await createEncryptedBackup()).bytes;
  before = await dumpDatabase(db);
});

/** Runs a file through the restore path; returns the refusal (or fails the property if it was accepted). */
async function refusal(bytes: Uint8Array, key?: string): Promise<BackupReadError> {
  try {
    const parsed = parseBackup(await openBackupFile(bytes, key));
    await restoreBackup(parsed, async () => true);
  } catch (error) {
    const after = await dumpDatabase(db);
    if (after !== before) {
      let i = 0;
      while (after[i] === before[i]) i += 1;
      console.log('DIFF', before.slice(i - 150, i + 80), '\n-----\n', after.slice(i - 150, i + 80), error);
    }
    expect(after).toBe(before);
    expect(error).toBeInstanceOf(BackupReadError);
    const reason = (error as BackupReadError).reason;
    expect(en.backup.errors[reason], `English message for ${reason}`).toEqual(expect.any(String));
    expect(it_.backup.errors[reason], `Italian message for ${reason}`).toEqual(expect.any(String));
    return error as BackupReadError;
  }
  throw new Error('a malformed backup was accepted');
}

const encode = (text: string) => new TextEncoder().encode(text);
type Json = Record<string, unknown>;
const clone = (): Json => JSON.parse(validText) as Json;
const tablesOf = (backup: Json) => backup.tables as Record<string, Json[]>;

/** Key, index and reference fields of each table: what the validator must guard. */
const GUARDED: Record<string, string[]> = {
  groups: ['id', 'code', 'createdAt'],
  participants: ['id', 'groupId', 'alias'],
  sessions: ['id', 'groupId', 'number'],
  trees: ['id', 'groupId', 'participantId'],
  treeItems: ['id', 'treeId', 'groupId', 'participantId', 'kind'],
  archive: ['id', 'groupId', 'groupCode', 'createdAt', 'period', 'blob'],
  settings: ['key'],
};
const REFERENCES: [string, string][] = [
  ['participants', 'groupId'],
  ['sessions', 'groupId'],
  ['trees', 'groupId'],
  ['trees', 'participantId'],
  ['treeItems', 'treeId'],
  ['treeItems', 'groupId'],
];
const tableWithRows = fc.constantFrom(...Object.keys(GUARDED));
const wrongValue = fc.oneof(fc.constant(null), fc.boolean(), fc.double({ noInteger: true }), fc.array(fc.integer(), { maxLength: 3 }), fc.constant({}), fc.constant(''));
const RUNS = { numRuns: 60 };

describe('malformed backups are refused and change nothing', () => {
  it('truncated at any point', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: validText.length - 1 }), async (length) => {
      const error = await refusal(encode(validText.slice(0, length)));
      expect(['truncated', 'notJson', 'notBackup']).toContain(error.reason);
    }), RUNS);
  });

  it('with a wrong or unknown format version or schema version', async () => {
    const version = fc.oneof(fc.integer({ min: 3, max: 1e6 }), fc.integer({ min: -5, max: 0 }), fc.double({ noInteger: true }), fc.string(), fc.constant(null));
    await fc.assert(fc.asyncProperty(fc.constantFrom('version', 'schemaVersion', 'format', 'tables'), version, async (field, value) => {
      const backup = clone();
      backup[field] = value;
      await refusal(encode(JSON.stringify(backup)));
    }), RUNS);
  });

  it('with a key, index or reference field of the wrong type, or missing', async () => {
    await fc.assert(fc.asyncProperty(tableWithRows, fc.nat(), fc.nat(), fc.option(wrongValue), async (table, rowPick, fieldPick, value) => {
      const backup = clone();
      const rows = tablesOf(backup)[table]!;
      const row = rows[rowPick % rows.length]!;
      const fields = GUARDED[table]!;
      const field = fields[fieldPick % fields.length]!;
      if (value === null) delete row[field];
      else row[field] = value;
      const error = await refusal(encode(JSON.stringify(backup)));
      expect(['badRow', 'danglingReference']).toContain(error.reason);
    }), RUNS);
  });

  it('with a huge string anywhere in a row', async () => {
    await fc.assert(fc.asyncProperty(tableWithRows, fc.nat(), fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 50_000 }), async (table, rowPick, field, extra) => {
      const backup = clone();
      const rows = tablesOf(backup)[table]!;
      rows[rowPick % rows.length]![`x${field}`] = { nested: ['ok', 'y'.repeat(MAX_TEXT_LENGTH + extra)] };
      expect((await refusal(encode(JSON.stringify(backup)))).reason).toBe('tooLong');
    }), { numRuns: 20 });
  });

  it('with __proto__, constructor or prototype keys at any depth', async () => {
    await fc.assert(fc.asyncProperty(tableWithRows, fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.integer({ min: 0, max: 3 }), async (table, rowPick, key, depth) => {
      const backup = clone();
      const rows = tablesOf(backup)[table]!;
      const index = rowPick % rows.length;
      let payload = `{"${key}":{"polluted":true}}`;
      for (let level = 0; level < depth; level += 1) payload = `{"inner":${payload}}`;
      const marker = '"__MARKER__"';
      rows[index]!.extra = '__MARKER__';
      const text = JSON.stringify(backup).replace(marker, payload);
      expect((await refusal(encode(text))).reason).toBe('unsafeKey');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), RUNS);
  });

  it('with a duplicated record', async () => {
    await fc.assert(fc.asyncProperty(tableWithRows, fc.nat(), async (table, rowPick) => {
      const backup = clone();
      const rows = tablesOf(backup)[table]!;
      rows.push({ ...rows[rowPick % rows.length]! });
      expect((await refusal(encode(JSON.stringify(backup)))).reason).toBe('duplicateId');
    }), RUNS);
  });

  it('with a record pointing at something not in the backup', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...REFERENCES), fc.nat(), fc.uuid(), async ([table, field], rowPick, target) => {
      const backup = clone();
      const rows = tablesOf(backup)[table]!;
      rows[rowPick % rows.length]![field] = target;
      expect((await refusal(encode(JSON.stringify(backup)))).reason).toBe('danglingReference');
    }), RUNS);
  });

  it('that is not a backup at all: any JSON value, any text, any bytes', async () => {
    const anything = fc.oneof(
      fc.jsonValue().map((value) => encode(JSON.stringify(value))),
      fc.string().map(encode),
      fc.uint8Array({ maxLength: 2000 }),
      fc.record({ format: fc.string(), tables: fc.object() }).map((value) => encode(JSON.stringify(value))),
    );
    await fc.assert(fc.asyncProperty(anything, async (bytes) => {
      await refusal(bytes);
    }), { numRuns: 100 });
  });

  it('encrypted, opened with the wrong key', async () => {
    await fc.assert(fc.asyncProperty(fc.constant(null), async () => {
      expect((await refusal(encrypted, (await keyPair()).identity)).reason).toBe('wrongKey');
    }), { numRuns: 10 });
  });

  it('encrypted, with the ciphertext tampered with or cut short anywhere', async () => {
    const change = fc.oneof(
      fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ cut: fc.nat() }),
    );
    await fc.assert(fc.asyncProperty(change, async (how) => {
      let bytes: Uint8Array;
      if ('cut' in how) bytes = encrypted.slice(0, how.cut % encrypted.length);
      else {
        bytes = encrypted.slice();
        const at = how.at % bytes.length;
        bytes[at] = bytes[at]! ^ how.xor;
      }
      await refusal(bytes, identity);
    }), { numRuns: 60 });
  });
});
