import Dexie, { type EntityTable } from 'dexie';
import type { PassphraseWrap } from './passphrase';

/**
 * The wrapped data key, in a small database of its own beside the sealed one, so wiping can destroy the
 * keys first (crypto-shredding) and the lock screen can read what it needs without the key. Nothing in it
 * opens the data without a passphrase, the recovery key or the operating system's keychain.
 */
export interface KeyRecord {
  id: 'data-key';
  version: 1;
  createdAt: number;
  /** The data key wrapped by a key derived from the facilitator's passphrase; null when none was set. */
  passphrase: PassphraseWrap | null;
  /** The data key wrapped by the operating system's keychain (Electron safeStorage); null when not used. */
  keychain: { wrapped: Uint8Array } | null;
  /** The data key as an age file for the recovery key's recipient. */
  recovery: { recipient: string; wrapped: Uint8Array };
  /** With the keychain and no passphrase: a PIN that unlocks after a lock (a screen lock, not a key). */
  pin: { iterations: number; salt: Uint8Array; hash: Uint8Array } | null;
  /** Wrong unlock attempts in a row, and when the last one was, for the growing delay. */
  failures: number;
  lastFailureAt: number;
}

export const KEY_DB_NAME = 'grove-keys';

class KeyDb extends Dexie {
  keys!: EntityTable<KeyRecord, 'id'>;
  constructor() {
    super(KEY_DB_NAME);
    this.version(1).stores({ keys: 'id' });
  }
}

let keyDb = new KeyDb();

export async function readKeyRecord(): Promise<KeyRecord | null> {
  return (await keyDb.keys.get('data-key')) ?? null;
}

export async function writeKeyRecord(record: KeyRecord): Promise<void> {
  await keyDb.keys.put(record);
}

export async function updateKeyRecord(patch: Partial<Omit<KeyRecord, 'id'>>): Promise<void> {
  await keyDb.keys.update('data-key', patch);
}

/** Destroys every wrapped key: without them the sealed data can never be opened again. */
export async function destroyKeys(): Promise<void> {
  await keyDb.keys.clear();
  keyDb.close();
  await Dexie.delete(KEY_DB_NAME);
  keyDb = new KeyDb();
}
