import { DATA_KEY_BYTES, copyOfKey, currentKey, lock, unlockWith } from './keyring';
import type { Keychain } from './keychain';
import { destroyKeys, readKeyRecord, updateKeyRecord, writeKeyRecord, type KeyRecord } from './keyStore';
import { MIN_PASSPHRASE_LENGTH, PBKDF2_ITERATIONS, unwrapWithPassphrase, wrapWithPassphrase } from './passphrase';
import { newRecoveryKey, normaliseRecoveryKey, unwrapWithRecovery, wrapForRecovery } from './recoveryKey';

/**
 * Who holds the data key, and how Grove gets it back: set-up, unlock (passphrase, recovery key, keychain,
 * PIN), changing the passphrase, and destroying the keys. The key itself lives only in the keyring.
 */
export type VaultState =
  | { kind: 'new' }
  | { kind: 'locked'; passphrase: boolean; keychain: boolean; pin: boolean };

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong' | 'invalid' } | { ok: false; reason: 'wait'; waitMs: number };

export async function vaultState(): Promise<VaultState> {
  const record = await readKeyRecord();
  if (!record) return { kind: 'new' };
  return { kind: 'locked', passphrase: record.passphrase !== null, keychain: record.keychain !== null, pin: record.pin !== null };
}

export interface SetUpChoice {
  /** Required where there is no keychain. */
  passphrase: string | null;
  keychain: Keychain | null;
}

/**
 * Makes a new random data key, wraps it (passphrase and/or keychain, and always the recovery key), stores
 * the wraps and unlocks. Returns the recovery key, to be shown once.
 */
export async function setUpVault(choice: SetUpChoice, now = Date.now()): Promise<{ recoveryKey: string }> {
  if (choice.passphrase === null && choice.keychain === null) throw new Error('A passphrase or a keychain is needed');
  if (choice.passphrase !== null && choice.passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error('Passphrase too short');
  const dataKey = crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
  try {
    const recovery = await newRecoveryKey();
    let keychain: KeyRecord['keychain'] = null;
    if (choice.keychain) {
      const wrapped = await choice.keychain.wrap(dataKey);
      if (!wrapped.ok) throw new Error(`keychain: ${wrapped.error}`);
      keychain = { wrapped: wrapped.value };
    }
    await writeKeyRecord({
      id: 'data-key',
      version: 1,
      createdAt: now,
      passphrase: choice.passphrase === null ? null : await wrapWithPassphrase(dataKey, choice.passphrase),
      keychain,
      recovery: { recipient: recovery.recipient, wrapped: await wrapForRecovery(dataKey, recovery.recipient) },
      pin: null,
      failures: 0,
      lastFailureAt: 0,
    });
    unlockWith(dataKey);
    return { recoveryKey: recovery.identity };
  } finally {
    dataKey.fill(0);
  }
}

/** Delay before the next attempt after `failures` wrong ones in a row: none for three, then 1 s doubling to a minute. */
export function unlockDelayMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(60_000, 1000 * 2 ** (failures - 3));
}

async function attempt(open: (record: KeyRecord) => Promise<Uint8Array | null>, now: number): Promise<UnlockResult> {
  const record = await readKeyRecord();
  if (!record) return { ok: false, reason: 'invalid' };
  const waitMs = record.lastFailureAt + unlockDelayMs(record.failures) - now;
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  const key = await open(record);
  if (key === null || key.length !== DATA_KEY_BYTES) {
    await updateKeyRecord({ failures: record.failures + 1, lastFailureAt: now });
    return { ok: false, reason: 'wrong' };
  }
  if (record.failures > 0) await updateKeyRecord({ failures: 0, lastFailureAt: 0 });
  unlockWith(key);
  key.fill(0);
  return { ok: true };
}

export function unlockWithPassphrase(passphrase: string, now = Date.now()): Promise<UnlockResult> {
  return attempt(async (record) => (record.passphrase ? unwrapWithPassphrase(record.passphrase, passphrase) : null), now);
}

export async function unlockWithRecoveryKey(typed: string, now = Date.now()): Promise<UnlockResult> {
  const identity = normaliseRecoveryKey(typed);
  if (identity === null) return { ok: false, reason: 'invalid' };
  return attempt((record) => unwrapWithRecovery(record.recovery.wrapped, identity), now);
}

/** Opens with the keychain alone: at start on a computer with a keychain. */
export async function unlockWithKeychain(keychain: Keychain): Promise<boolean> {
  const record = await readKeyRecord();
  if (!record?.keychain || !(await keychain.available())) return false;
  const key = await keychain.unwrap(record.keychain.wrapped);
  if (!key.ok || key.value.length !== DATA_KEY_BYTES) return false;
  unlockWith(key.value);
  key.value.fill(0);
  return true;
}

/** After a lock, on a keychain computer without a passphrase: the PIN, then the keychain. */
export function unlockWithPin(pin: string, keychain: Keychain, now = Date.now()): Promise<UnlockResult> {
  return attempt(async (record) => {
    if (!record.pin || !record.keychain) return null;
    const hash = await pinHash(pin, record.pin.salt, record.pin.iterations);
    if (!sameBytes(hash, record.pin.hash)) return null;
    const key = await keychain.unwrap(record.keychain.wrapped);
    return key.ok ? key.value : null;
  }, now);
}

/** Sets or replaces the passphrase (unlocked only). Also how a forgotten one is reset after the recovery key. */
export async function changePassphrase(passphrase: string): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error('Passphrase too short');
  const key = copyOfKey();
  if (key === null) currentKey(); // throws LockedError
  try {
    await updateKeyRecord({ passphrase: await wrapWithPassphrase(key!, passphrase, PBKDF2_ITERATIONS) });
  } finally {
    key?.fill(0);
  }
}

/** Sets (or with null removes) the PIN that unlocks a keychain computer after a lock. */
export async function setPin(pin: string | null): Promise<void> {
  currentKey();
  if (pin === null) return updateKeyRecord({ pin: null });
  if (!/^\d{4,12}$/.test(pin)) throw new Error('A PIN is 4 to 12 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iterations = PBKDF2_ITERATIONS;
  await updateKeyRecord({ pin: { iterations, salt, hash: await pinHash(pin, salt, iterations) } });
}

/** The recovery key's public recipient (`age1…`): what backups are encrypted to. */
export async function recoveryRecipient(): Promise<string | null> {
  return (await readKeyRecord())?.recovery.recipient ?? null;
}

/** Crypto-shredding: the key is dropped from memory and every wrap destroyed; the data can no longer be opened. */
export async function destroyVault(): Promise<void> {
  lock();
  await destroyKeys();
}

async function pinHash(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, material, 256));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
