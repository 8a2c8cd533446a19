import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroveDb, LEGACY_DB_NAME } from '../../../src/db/db';
import { legacyDataExists, migrateLegacy } from '../../../src/db/sealing/migrateLegacy';
import { securityErrorOf, TamperedError } from '../../../src/security/errors';
import { copyOfKey, isUnlocked, lock, unlockWith } from '../../../src/security/keyring';
import type { Keychain } from '../../../src/security/keychain';
import { KEY_DB_NAME, readKeyRecord } from '../../../src/security/keyStore';
import { formatRecoveryKey, normaliseRecoveryKey } from '../../../src/security/recoveryKey';
import {
  changePassphrase,
  destroyVault,
  recoveryRecipient,
  setPin,
  setUpVault,
  unlockDelayMs,
  unlockWithKeychain,
  unlockWithPassphrase,
  unlockWithPin,
  unlockWithRecoveryKey,
  vaultState,
} from '../../../src/security/vault';

// Fewer PBKDF2 rounds would hide nothing here: the real count is used, so these tests take a few seconds.
const PASS = 'correct horse battery';
let testKey: Uint8Array;
let dbName: string;
let data: GroveDb;

/** A keychain that wraps by XOR with a secret, standing in for the operating system's. */
function fakeKeychain(secret = 0x5a): Keychain {
  const xor = (bytes: Uint8Array) => bytes.map((b) => b ^ secret);
  return { available: async () => true, wrap: async (b) => ({ ok: true, value: xor(b) }), unwrap: async (b) => ({ ok: true, value: xor(b) }) };
}

beforeEach(() => {
  testKey = copyOfKey()!;
  dbName = `vault-${Math.random()}`;
  data = new GroveDb(dbName);
});

afterEach(async () => {
  data.close();
  await Dexie.delete(dbName);
  await destroyVault();
  unlockWith(testKey);
});

async function writeSecret(): Promise<void> {
  await data.settings.put({ key: 'contacts', value: 'on-site nurse 0123' });
}

describe('set-up and unlock', () => {
  it('sets up with a passphrase, locks, and opens again only with the right passphrase', async () => {
    expect(await vaultState()).toEqual({ kind: 'new' });
    const { recoveryKey } = await setUpVault({ passphrase: PASS, keychain: null });
    expect(normaliseRecoveryKey(recoveryKey)).toBe(recoveryKey);
    await writeSecret();
    lock();
    expect(await vaultState()).toEqual({ kind: 'locked', passphrase: true, keychain: false, pin: false });
    expect(await unlockWithPassphrase('wrong passphrase', 1000)).toEqual({ ok: false, reason: 'wrong' });
    expect(isUnlocked()).toBe(false);
    expect(await unlockWithPassphrase(PASS, 2000)).toEqual({ ok: true });
    expect((await data.settings.get('contacts'))?.value).toBe('on-site nurse 0123');
  });

  it('never stores the data key unwrapped', async () => {
    await setUpVault({ passphrase: PASS, keychain: null });
    const key = copyOfKey()!;
    const record = await readKeyRecord();
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    const stored = JSON.stringify(record, (_k, v: unknown) => (v instanceof Uint8Array ? hex(v) : v));
    expect(stored).not.toContain(hex(key));
  });

  it('makes a growing delay after three wrong attempts, and forgets it after a right one', async () => {
    await setUpVault({ passphrase: PASS, keychain: null });
    lock();
    for (let i = 0; i < 3; i += 1) expect((await unlockWithPassphrase('nope nope', 0)).ok).toBe(false);
    const waiting = await unlockWithPassphrase(PASS, 10);
    expect(waiting).toEqual({ ok: false, reason: 'wait', waitMs: 990 });
    expect(await unlockWithPassphrase(PASS, 1000)).toEqual({ ok: true });
    expect((await readKeyRecord())?.failures).toBe(0);
    expect([0, 1, 2, 3, 4, 5, 20].map(unlockDelayMs)).toEqual([0, 0, 0, 1000, 2000, 4000, 60_000]);
  });

  it('opens with the recovery key when the passphrase is forgotten, and then takes a new passphrase', async () => {
    const { recoveryKey } = await setUpVault({ passphrase: PASS, keychain: null });
    await writeSecret();
    lock();
    expect(await unlockWithRecoveryKey('AGE-SECRET-KEY-1' + 'Q'.repeat(58))).toEqual({ ok: false, reason: 'wrong' });
    expect(await unlockWithRecoveryKey('not a key')).toEqual({ ok: false, reason: 'invalid' });
    expect(await unlockWithRecoveryKey(formatRecoveryKey(recoveryKey).toLowerCase())).toEqual({ ok: true });
    await changePassphrase('a brand new passphrase');
    lock();
    expect((await unlockWithPassphrase(PASS)).ok).toBe(false);
    expect(await unlockWithPassphrase('a brand new passphrase', Date.now() + 60_000)).toEqual({ ok: true });
    expect((await data.settings.get('contacts'))?.value).toBe('on-site nurse 0123');
  });

  it('gives backups the recovery key’s public recipient', async () => {
    await setUpVault({ passphrase: PASS, keychain: null });
    expect(await recoveryRecipient()).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
  });

  it('opens silently with the keychain, and after a lock asks for the PIN', async () => {
    const keychain = fakeKeychain();
    await setUpVault({ passphrase: null, keychain });
    await writeSecret();
    await setPin('2468');
    lock();
    expect(await unlockWithKeychain(keychain)).toBe(true);
    lock();
    expect(await unlockWithPin('1111', keychain, 0)).toEqual({ ok: false, reason: 'wrong' });
    expect(await unlockWithPin('2468', keychain, 0)).toEqual({ ok: true });
    expect((await data.settings.get('contacts'))?.value).toBe('on-site nurse 0123');
  });

  it('does not open with a keychain that answers with another key', async () => {
    await setUpVault({ passphrase: null, keychain: fakeKeychain(1) });
    await writeSecret();
    lock();
    expect(await unlockWithKeychain(fakeKeychain(2))).toBe(true); // a key of the right length…
    const error = await data.settings.get('contacts').catch((e: unknown) => e);
    expect(securityErrorOf(error)).toBeInstanceOf(TamperedError); // …that opens nothing, and says so
  });

  it('destroys the keys first when wiping: the data can never be opened again', async () => {
    const { recoveryKey } = await setUpVault({ passphrase: PASS, keychain: null });
    await writeSecret();
    await destroyVault();
    expect(isUnlocked()).toBe(false);
    expect(await Dexie.exists(KEY_DB_NAME)).toBe(false);
    expect(await vaultState()).toEqual({ kind: 'new' });
    expect((await unlockWithPassphrase(PASS)).ok).toBe(false);
    expect((await unlockWithRecoveryKey(recoveryKey)).ok).toBe(false);
  });
});

describe('moving data from before encryption', () => {
  afterEach(() => Dexie.delete(LEGACY_DB_NAME));

  it('copies every row sealed, checks the copy and deletes the plain database', async () => {
    const legacy = new GroveDb(LEGACY_DB_NAME, { sealed: false });
    await legacy.groups.add({
      id: 'g1', code: 'GRV-01', name: 'Martedì', settingType: 'other', lang: 'it', datePrecision: 'day', suppressionK: 5,
      zoneLabels: {}, denyList: [], retentionDays: 30, createdAt: 1, updatedAt: 1, archivedAt: null,
    });
    await legacy.table('treeItems').add({
      id: 'n1', treeId: 't1', groupId: 'g1', participantId: 'p1', kind: 'note', zone: 'roots', visibility: 'private', x: 0, y: 0,
      rotation: 0, z: 1, locked: false, createdAt: 1, updatedAt: 1, text: 'planted phrase', width: 10, height: 10, color: '#fff',
    });
    await legacy.table('archive').add({
      id: 'a1', blob: new Blob([new Uint8Array([37, 80, 68, 70])], { type: 'application/pdf' }), fileName: 'x.pdf', sha256: 'x', size: 4,
      pages: 1, groupId: 'g1', groupCode: 'GRV-01', sessionNumber: 1, period: '2026-W48', lang: 'it', createdAt: 1,
    });
    legacy.close();
    expect(await legacyDataExists()).toBe(true);

    const counts = await migrateLegacy(data);
    expect(counts).toMatchObject({ groups: 1, treeItems: 1, archive: 1 });
    expect(await Dexie.exists(LEGACY_DB_NAME)).toBe(false);
    expect(await legacyDataExists()).toBe(false);
    expect((await data.treeItems.get('n1')) as { text: string }).toMatchObject({ text: 'planted phrase' });
    expect((await data.archive.get('a1'))?.pdf).toEqual(new Uint8Array([37, 80, 68, 70]));
    const raw = new GroveDb(dbName, { sealed: false });
    const rawItem = await raw.treeItems.get('n1');
    raw.close();
    expect(rawItem).not.toHaveProperty('text');
  });
});
