/**
 * Wrapping the data key with a passphrase: PBKDF2-SHA-256 (WebCrypto) derives an AES-256-GCM key that
 * encrypts the data key. The parameters are stored beside the wrapped key, so the iteration count can be
 * raised later without losing older wraps.
 */
export const PBKDF2_ITERATIONS = 600_000;
/** Shortest passphrase accepted. */
export const MIN_PASSPHRASE_LENGTH = 8;

export interface PassphraseWrap {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  /** The data key, AES-GCM encrypted (with its tag). */
  wrapped: Uint8Array;
}

const WRAP_BINDING = new TextEncoder().encode('grove/data-key/passphrase');

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function wrapWithPassphrase(dataKey: Uint8Array, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<PassphraseWrap> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: WRAP_BINDING }, key, dataKey as Uint8Array<ArrayBuffer>),
  );
  return { kdf: 'PBKDF2-SHA-256', iterations, salt, iv, wrapped };
}

/** The data key, or null when the passphrase is wrong (or the wrap was altered). */
export async function unwrapWithPassphrase(wrap: PassphraseWrap, passphrase: string): Promise<Uint8Array | null> {
  const key = await deriveKey(passphrase, wrap.salt, wrap.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: wrap.iv as Uint8Array<ArrayBuffer>, additionalData: WRAP_BINDING },
      key,
      wrap.wrapped as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
