import type { BrowserContext, Page } from '@playwright/test';
import { PLAIN_FIELDS, PUBLIC_SETTINGS, SEALED_BYTES_FIELD, SEALED_FIELD } from '../../src/db/sealing/plainFields';

/** The passphrase every e2e journey sets up Grove with. */
export const E2E_PASSPHRASE = 'grove e2e passphrase';

/**
 * Gives tests a way to seed and inspect Grove's encrypted database from inside the page
 * (`window.groveStore`), written apart from the app with WebCrypto alone: it unwraps the data key with
 * the e2e passphrase (PBKDF2-SHA-256 + AES-GCM) and seals / opens rows as plain AES-256-GCM with the table
 * and primary key as additional data. That it reads what the app writes, and the app reads what it
 * writes, is itself a check that the format on disk is the documented one.
 */
export async function installSealedStore(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(defineSealedStore, {
    passphrase: E2E_PASSPHRASE,
    plainFields: PLAIN_FIELDS as Record<string, string[]>,
    publicSettings: [...PUBLIC_SETTINGS],
    sealedField: SEALED_FIELD,
    sealedBytesField: SEALED_BYTES_FIELD,
  });
}

interface StoreConfig {
  passphrase: string;
  plainFields: Record<string, string[]>;
  publicSettings: string[];
  sealedField: string;
  sealedBytesField: string;
}

type Row = Record<string, unknown>;

/** Runs in the page (serialised by Playwright): everything it needs is inside it. */
function defineSealedStore(config: StoreConfig): void {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const primaryKeys: Record<string, string> = { records: 'sessionId', settings: 'key' };
  const keyOf = (table: string) => primaryKeys[table] ?? 'id';
  let dataKey: Promise<CryptoKey> | null = null;

  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });

  /** Opens a database once the app has created the store (it does so on its first read after unlocking). */
  async function openDb(name: string, store: string): Promise<IDBDatabase> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (names.includes(name)) {
        const db = await request(indexedDB.open(name));
        if (db.objectStoreNames.contains(store)) return db;
        db.close();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`database ${name} with ${store} never appeared`);
  }

  async function unwrapKey(): Promise<CryptoKey> {
    const keyDb = await openDb('grove-keys', 'keys');
    const record = await request(keyDb.transaction('keys').objectStore('keys').get('data-key'));
    keyDb.close();
    const wrap = record.passphrase as { salt: Uint8Array; iv: Uint8Array; wrapped: Uint8Array; iterations: number };
    const material = await crypto.subtle.importKey('raw', encoder.encode(config.passphrase), 'PBKDF2', false, ['deriveKey']);
    const kek = await crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: wrap.salt as Uint8Array<ArrayBuffer>, iterations: wrap.iterations },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const raw = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrap.iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode('grove/data-key/passphrase') },
      kek,
      wrap.wrapped as Uint8Array<ArrayBuffer>,
    );
    return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  }
  const key = () => (dataKey ??= unwrapKey());

  const toB64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const binding = (table: string, pk: unknown, field?: string) =>
    encoder.encode(`grove/1/${table}/${JSON.stringify(pk)}${field === undefined ? '' : `/${field}`}`);
  const sealWith = async (plain: Uint8Array, aad: Uint8Array) => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad as Uint8Array<ArrayBuffer> }, await key(), plain as Uint8Array<ArrayBuffer>));
    const sealed = new Uint8Array(1 + 12 + cipher.length);
    sealed[0] = 1;
    sealed.set(iv, 1);
    sealed.set(cipher, 13);
    return sealed;
  };
  const openWith = async (sealed: Uint8Array, aad: Uint8Array) =>
    new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.slice(1, 13), additionalData: aad as Uint8Array<ArrayBuffer> }, await key(), sealed.slice(13)));
  const isSealed = (table: string, row: Row) => table !== 'settings' || !config.publicSettings.includes(String(row.key));

  async function seal(table: string, row: Row): Promise<Row> {
    if (!isSealed(table, row)) return row;
    const pk = row[keyOf(table)];
    const plainFields = config.plainFields[table] ?? [];
    const fields: Row = {};
    const bytes: Record<string, Uint8Array> = {};
    for (const [field, value] of Object.entries(row)) {
      if (value instanceof Uint8Array && !plainFields.includes(field)) bytes[field] = await sealWith(value, binding(table, pk, field));
      else fields[field] = value;
    }
    const json = JSON.stringify(fields, (_k, v: unknown) => (v instanceof Uint8Array ? { $bytes: toB64(v) } : v));
    const stored: Row = {};
    for (const field of plainFields) if (row[field] !== undefined) stored[field] = row[field];
    stored[config.sealedField] = await sealWith(encoder.encode(json), binding(table, pk));
    if (Object.keys(bytes).length > 0) stored[config.sealedBytesField] = bytes;
    return stored;
  }

  async function open(table: string, stored: Row): Promise<Row> {
    if (!isSealed(table, stored)) return stored;
    const pk = stored[keyOf(table)];
    const plain = await openWith(stored[config.sealedField] as Uint8Array, binding(table, pk));
    const row = JSON.parse(decoder.decode(plain), (_k, v: unknown) =>
      v !== null && typeof v === 'object' && '$bytes' in (v as object) ? fromB64((v as { $bytes: string }).$bytes) : v,
    ) as Row;
    const bytes = (stored[config.sealedBytesField] ?? {}) as Record<string, Uint8Array>;
    for (const [field, sealed] of Object.entries(bytes)) row[field] = await openWith(sealed, binding(table, pk, field));
    return row;
  }

  const store = {
    /** Every row of a table, opened. */
    async getAll(table: string): Promise<Row[]> {
      const db = await openDb('grove-sealed', table);
      const rows = (await request(db.transaction(table).objectStore(table).getAll())) as Row[];
      db.close();
      return Promise.all(rows.map((row) => open(table, row)));
    },
    /** The rows exactly as stored (sealed). */
    async raw(table: string): Promise<Row[]> {
      const db = await openDb('grove-sealed', table);
      const rows = (await request(db.transaction(table).objectStore(table).getAll())) as Row[];
      db.close();
      return rows;
    },
    /** Writes whole rows, sealed as the app seals them. */
    async put(table: string, rows: Row[]): Promise<void> {
      const sealed = await Promise.all(rows.map((row) => seal(table, row)));
      const db = await openDb('grove-sealed', table);
      const tx = db.transaction(table, 'readwrite');
      for (const row of sealed) tx.objectStore(table).put(row);
      await done(tx);
      db.close();
    },
    /** Changes some fields of one row. */
    async update(table: string, primaryKey: string, patch: Row): Promise<void> {
      const rows = await store.getAll(table);
      const row = rows.find((r) => r[keyOf(table)] === primaryKey);
      if (!row) throw new Error(`${table} ${primaryKey} not found`);
      await store.put(table, [{ ...row, ...patch }]);
    },
    async delete(table: string, primaryKey: string): Promise<void> {
      const db = await openDb('grove-sealed', table);
      const tx = db.transaction(table, 'readwrite');
      tx.objectStore(table).delete(primaryKey);
      await done(tx);
      db.close();
    },
  };
  (window as unknown as { groveStore: typeof store }).groveStore = store;
}

/** The in-page store's type, for `page.evaluate` callbacks. */
export interface GroveStore {
  getAll(table: string): Promise<Row[]>;
  raw(table: string): Promise<Row[]>;
  put(table: string, rows: Row[]): Promise<void>;
  update(table: string, primaryKey: string, patch: Row): Promise<void>;
  delete(table: string, primaryKey: string): Promise<void>;
}

declare global {
  interface Window {
    groveStore: GroveStore;
  }
}
