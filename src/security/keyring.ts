import { LockedError } from './errors';

/**
 * The one place the data key lives while Grove is unlocked: in this window's memory, never in storage.
 * Locking overwrites it with zeros and forgets it; every read or write of sealed data then fails with
 * {@link LockedError}.
 */
let dataKey: Uint8Array | null = null;
const listeners = new Set<(unlocked: boolean) => void>();

/** Length of the AES-256 data key, in bytes. */
export const DATA_KEY_BYTES = 32;

/** Takes a copy of the key, so the caller can wipe its own. */
export function unlockWith(key: Uint8Array): void {
  if (key.length !== DATA_KEY_BYTES) throw new Error('A data key is 32 bytes');
  dataKey?.fill(0);
  dataKey = new Uint8Array(key);
  for (const listener of listeners) listener(true);
}

/** Forgets the key (zeroed first). Safe to call when already locked. */
export function lock(): void {
  const wasUnlocked = dataKey !== null;
  dataKey?.fill(0);
  dataKey = null;
  if (wasUnlocked) for (const listener of listeners) listener(false);
}

export function isUnlocked(): boolean {
  return dataKey !== null;
}

/** The key for sealing; throws {@link LockedError} when locked. */
export function currentKey(): Uint8Array {
  if (dataKey === null) throw new LockedError();
  return dataKey;
}

/** A copy of the key, for handing to another window of this app; null when locked. */
export function copyOfKey(): Uint8Array | null {
  return dataKey === null ? null : new Uint8Array(dataKey);
}

/** Called with true on unlock and false on lock; returns the unsubscribe function. */
export function onLockChange(listener: (unlocked: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
