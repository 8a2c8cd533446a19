import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { currentKey } from '../../security/keyring';
import { TamperedError } from '../../security/errors';
import { openBytes, openFields, rowBinding, sealBytes, sealFields } from '../../security/seal';
import { isSealedRow, PLAIN_FIELDS, SEALED_BYTES_FIELD, SEALED_FIELD } from './plainFields';

/**
 * Encryption at rest, in one place: a Dexie DBCore middleware at the bottom of the stack, just above
 * IndexedDB. Every row is written as its plain index fields plus a sealed copy of the whole row, and read
 * back from the sealed copy, so repositories, screens and the canvas never see ciphertext and never
 * change. Chosen over the repository layer because a read-modify-write inside one transaction (which the
 * repositories do everywhere) keeps working, and no new repository can forget to seal.
 *
 * Reads check that the plain index fields still match the sealed copy, so editing a group id or moving a
 * sealed value to another row on disk is reported ({@link TamperedError}) rather than shown.
 */
export const sealingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'GroveSealing',
  // Below Dexie's own middlewares (the lowest is -1), so hooks, caches and live queries see plain rows.
  level: -10,
  create(down: DBCore): Partial<DBCore> {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!(name in PLAIN_FIELDS)) return table;
        const keyPath = table.schema.primaryKey.keyPath;
        if (typeof keyPath !== 'string') throw new Error(`sealing needs an inbound primary key on ${name}`);
        const open = (value: unknown) => openRow(name, keyPath, value);
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const values = req.values.map((value: Record<string, unknown>) => sealRow(name, keyPath, value));
            return table.mutate({ ...req, values } as DBCoreMutateRequest);
          },
          get: (req) => table.get(req).then(open),
          getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
          query: (req) =>
            table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
          openCursor: (req) =>
            table.openCursor(req).then((cursor) => (cursor && req.values !== false ? openingCursor(cursor, open) : cursor)),
        };
      },
    };
  },
};

function sealRow(table: string, keyPath: string, row: Record<string, unknown>): Record<string, unknown> {
  if (!isSealedRow(table, row)) return row;
  const key = currentKey();
  const stored: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS[table]!) if (row[field] !== undefined) stored[field] = row[field];
  const fields: Record<string, unknown> = {};
  const bytes: Record<string, Uint8Array> = {};
  for (const [field, value] of Object.entries(row)) {
    if (value instanceof Uint8Array && !PLAIN_FIELDS[table]!.includes(field)) bytes[field] = sealBytes(key, value, rowBinding(table, row[keyPath], field));
    else fields[field] = value;
  }
  stored[SEALED_FIELD] = sealFields(key, table, row[keyPath], fields);
  if (Object.keys(bytes).length > 0) stored[SEALED_BYTES_FIELD] = bytes;
  return stored;
}

function openRow(table: string, keyPath: string, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const stored = value as Record<string, unknown>;
  const sealed = stored[SEALED_FIELD];
  if (!isSealedRow(table, stored)) {
    if (sealed !== undefined) throw new TamperedError(table, stored[keyPath]);
    return stored;
  }
  if (!(sealed instanceof Uint8Array)) throw new TamperedError(table, stored[keyPath]);
  const row = openFields(currentKey(), table, stored[keyPath], sealed);
  for (const field of PLAIN_FIELDS[table]!) {
    if (JSON.stringify(stored[field]) !== JSON.stringify(row[field])) throw new TamperedError(table, stored[keyPath]);
  }
  const bytes = stored[SEALED_BYTES_FIELD];
  if (bytes !== undefined) {
    if (bytes === null || typeof bytes !== 'object') throw new TamperedError(table, stored[keyPath]);
    for (const [field, sealedBytes] of Object.entries(bytes as Record<string, unknown>)) {
      openLazily(row, field, () => {
        const plain = sealedBytes instanceof Uint8Array ? openBytes(currentKey(), sealedBytes, rowBinding(table, stored[keyPath], field)) : null;
        if (plain === null) throw new TamperedError(table, stored[keyPath]);
        return plain;
      });
    }
  }
  return row;
}

/** Defines `row[field]` to open when first read, then to be a plain value (writable, like any other). */
function openLazily(row: Record<string, unknown>, field: string, open: () => Uint8Array): void {
  const settle = (value: unknown) => Object.defineProperty(row, field, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(row, field, {
    enumerable: true,
    configurable: true,
    get() {
      const value = open();
      settle(value);
      return value;
    },
    set(value: unknown) {
      settle(value);
    },
  });
}

/**
 * A cursor whose `value` is the opened row (opened once per position). The native cursor's own getters
 * (key, primaryKey, direction...) refuse any other receiver, so each is passed through explicitly.
 */
function openingCursor(cursor: DBCoreCursor, open: (value: unknown) => unknown): DBCoreCursor {
  let lastRaw: unknown = undefined;
  let lastOpened: unknown = undefined;
  const native = cursor as unknown as Record<string, unknown>;
  const through = (name: string) => ({ get: () => native[name] });
  return Object.create(cursor, {
    key: through('key'),
    primaryKey: through('primaryKey'),
    direction: through('direction'),
    source: through('source'),
    request: through('request'),
    value: {
      get() {
        const raw = cursor.value;
        if (raw !== lastRaw) {
          lastRaw = raw;
          lastOpened = open(raw);
        }
        return lastOpened;
      },
    },
  }) as DBCoreCursor;
}
