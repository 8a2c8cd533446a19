import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

/**
 * The recovery key is an age X25519 identity (`AGE-SECRET-KEY-1…`): shown once at set-up, printed on one
 * page, and the only thing needed on a new computer. The data key is kept wrapped to its public recipient
 * (`age1…`) as a standard age file, and backups are encrypted to the same recipient, so the printed key
 * opens both — with Grove, or with the `age` command alone.
 */
export async function newRecoveryKey(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** What a person typed, made into an identity: spaces, line breaks and case forgiven. Null if not one. */
export function normaliseRecoveryKey(typed: string): string | null {
  const compact = typed.replace(/[\s-]+/g, '').toUpperCase();
  const withPrefix = compact.startsWith('AGESECRETKEY1') ? `AGE-SECRET-KEY-1${compact.slice('AGESECRETKEY1'.length)}` : compact;
  return /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/.test(withPrefix) ? withPrefix : null;
}

/** The recovery key in groups of four characters, for reading aloud and typing back. */
export function formatRecoveryKey(identity: string): string {
  const body = identity.slice('AGE-SECRET-KEY-1'.length);
  return `AGE-SECRET-KEY-1 ${body.match(/.{1,4}/g)!.join(' ')}`;
}

export async function wrapForRecovery(dataKey: Uint8Array, recipient: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter.encrypt(dataKey);
}

/** The data key, or null when this is not the right recovery key. */
export async function unwrapWithRecovery(wrapped: Uint8Array, identity: string): Promise<Uint8Array | null> {
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    return await decrypter.decrypt(wrapped);
  } catch {
    return null;
  }
}
