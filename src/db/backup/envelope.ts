import { armor, Decrypter, Encrypter } from 'age-encryption';
import { BackupEncryptError, BackupReadError } from './errors';
import { MAX_BACKUP_BYTES } from './format';

/**
 * The file around a backup's plaintext: the standard age format (age-encryption.org/v1), so a backup opens
 * years later with any age tool and the recovery key alone. X25519 recipients only ("age1…"), which every
 * age implementation reads, Debian's `age` 1.1 included.
 */
const AGE_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
export const RECIPIENT_PATTERN = /^age1[02-9ac-hj-np-z]{58}$/;
export const IDENTITY_PATTERN = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

export type BackupFileKind = 'age' | 'armored' | 'plain';

/** What a file looks like from its first bytes: age binary, ASCII-armoured age, or anything else. */
export function fileKind(bytes: Uint8Array): BackupFileKind {
  const start = new TextDecoder().decode(bytes.subarray(0, 64));
  if (start.startsWith(AGE_MAGIC)) return 'age';
  if (start.trimStart().startsWith(ARMOR_BEGIN)) return 'armored';
  return 'plain';
}

/** A recipient string as typed or pasted: trimmed, and checked by the age library itself. */
export function isValidRecipient(value: string): boolean {
  if (!RECIPIENT_PATTERN.test(value)) return false;
  try {
    new Encrypter().addRecipient(value);
    return true;
  } catch {
    return false;
  }
}

/** Normalises a pasted recovery key (spaces, line breaks, lower case from a print-out). */
export function normaliseIdentity(value: string): string {
  return value.replace(/\s+/gu, '').toUpperCase();
}

/**
 * Encrypts a backup's plaintext to every recipient. Fails closed: with no recipient, or when the library
 * throws, it throws {@link BackupEncryptError} and returns no bytes.
 */
export async function encryptBackup(plaintext: string | Uint8Array, recipients: readonly string[]): Promise<Uint8Array> {
  const unique = [...new Set(recipients)];
  if (unique.length === 0) throw new BackupEncryptError('noRecipient');
  try {
    const encrypter = new Encrypter();
    for (const recipient of unique) encrypter.addRecipient(recipient);
    return await encrypter.encrypt(plaintext);
  } catch (error) {
    console.error('[grove] backup encryption failed:', error instanceof Error ? error.message : error);
    throw new BackupEncryptError('failed');
  }
}

/**
 * Turns a backup file into its plaintext. Plain JSON (version 1, or an explicit unencrypted export) is
 * returned as it is; an age file needs the identity (the recovery key or a coordinator's key).
 * Throws {@link BackupReadError}: `needsKey`, `badKey`, `wrongKey`, `damaged`, `tooLarge`.
 */
export async function openBackupFile(bytes: Uint8Array, identity?: string): Promise<string> {
  if (bytes.length > MAX_BACKUP_BYTES) throw new BackupReadError('tooLarge');
  const kind = fileKind(bytes);
  if (kind === 'plain') return decodeUtf8(bytes);
  if (identity === undefined || identity === '') throw new BackupReadError('needsKey');
  const key = normaliseIdentity(identity);
  if (!IDENTITY_PATTERN.test(key)) throw new BackupReadError('badKey');
  let ciphertext = bytes;
  if (kind === 'armored') {
    try {
      ciphertext = armor.decode(new TextDecoder().decode(bytes));
    } catch {
      throw new BackupReadError('damaged');
    }
  }
  const decrypter = new Decrypter();
  try {
    decrypter.addIdentity(key);
  } catch {
    throw new BackupReadError('badKey');
  }
  let plaintext: Uint8Array;
  try {
    plaintext = await decrypter.decrypt(ciphertext);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw new BackupReadError(message.includes('no identity matched') ? 'wrongKey' : 'damaged');
  }
  return decodeUtf8(plaintext);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackupReadError('notBackup');
  }
}
