import { gcm } from '@noble/ciphers/aes.js';
import { TamperedError } from './errors';

/**
 * Sealing: AES-256-GCM with a fresh 96-bit IV per write and the table name and primary key bound in as
 * additional data, so a sealed value copied to another row does not open.
 *
 * Layout of a sealed value: [format byte 1][12-byte IV][ciphertext + 16-byte tag]. This is plain AES-GCM as
 * WebCrypto computes it (a unit test opens a sealed value with `crypto.subtle.decrypt`); the cipher runs
 * synchronously here because IndexedDB commits a transaction as soon as it waits on anything else, and
 * WebCrypto only answers asynchronously (see the DBCore middleware in src/db/sealing).
 */
export const SEAL_FORMAT = 1;
const IV_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The additional data that ties a sealed value to its table and row (and, for byte fields, the field). */
export function rowBinding(table: string, primaryKey: unknown, field?: string): Uint8Array {
  const row = `grove/${SEAL_FORMAT}/${table}/${JSON.stringify(primaryKey)}`;
  return encoder.encode(field === undefined ? row : `${row}/${field}`);
}

export function sealBytes(key: Uint8Array, plain: Uint8Array, binding: Uint8Array): Uint8Array {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = gcm(key, iv, binding).encrypt(plain);
  const out = new Uint8Array(1 + IV_BYTES + cipher.length);
  out[0] = SEAL_FORMAT;
  out.set(iv, 1);
  out.set(cipher, 1 + IV_BYTES);
  return out;
}

/** Opens a sealed value; null when it does not open (altered, moved, or another key). */
export function openBytes(key: Uint8Array, sealed: Uint8Array, binding: Uint8Array): Uint8Array | null {
  if (!(sealed instanceof Uint8Array) || sealed.length < 1 + IV_BYTES + 16 || sealed[0] !== SEAL_FORMAT) return null;
  try {
    return gcm(key, sealed.subarray(1, 1 + IV_BYTES), binding).decrypt(sealed.subarray(1 + IV_BYTES));
  } catch {
    return null;
  }
}

/**
 * Fields to JSON bytes. Byte arrays (archived PDFs) travel as `{"$bytes": base64}`; anything JSON cannot
 * carry faithfully (a Blob, a function, a Date) is refused rather than silently changed.
 */
export function encodeFields(fields: Record<string, unknown>): Uint8Array {
  return encoder.encode(
    JSON.stringify(fields, (_key, value: unknown) => {
      if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
      if (typeof Blob !== 'undefined' && value instanceof Blob) throw new TypeError('Blobs cannot be sealed: store bytes');
      if (value instanceof Date) throw new TypeError('Dates cannot be sealed: store epoch milliseconds');
      return value;
    }),
  );
}

export function decodeFields(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(decoder.decode(bytes), (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === '$bytes' && typeof (value as { $bytes: unknown }).$bytes === 'string') {
        return fromBase64((value as { $bytes: string }).$bytes);
      }
    }
    return value;
  }) as Record<string, unknown>;
}

/** Seals a row's private fields; `table` and `primaryKey` are bound in. */
export function sealFields(key: Uint8Array, table: string, primaryKey: unknown, fields: Record<string, unknown>): Uint8Array {
  return sealBytes(key, encodeFields(fields), rowBinding(table, primaryKey));
}

/** Opens what {@link sealFields} sealed; throws {@link TamperedError} when it does not open. */
export function openFields(key: Uint8Array, table: string, primaryKey: unknown, sealed: Uint8Array): Record<string, unknown> {
  const plain = openBytes(key, sealed, rowBinding(table, primaryKey));
  if (plain === null) throw new TamperedError(table, primaryKey);
  try {
    return decodeFields(plain);
  } catch {
    throw new TamperedError(table, primaryKey);
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
