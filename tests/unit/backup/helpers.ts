import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { GroveDb } from '../../../src/db/db';
import { loadSampleGroup } from '../../../src/db/repositories/sample';
import { copyOfKey } from '../../../src/security/keyring';
import { writeKeyRecord } from '../../../src/security/keyStore';
import { wrapForRecovery } from '../../../src/security/recoveryKey';

/**
 * Every table dumped to one canonical string, archive blobs as their bytes in hex: two dumps are equal only
 * when the database holds exactly the same rows with exactly the same values.
 */
export async function dumpDatabase(db: GroveDb): Promise<string> {
  const result: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = await table.toArray();
    result[table.name] = await Promise.all(
      rows.map(async (row: Record<string, unknown>) =>
        row.pdf instanceof Uint8Array ? { ...row, pdf: Buffer.from(row.pdf).toString("hex") } : row,
      ),
    );
  }
  return JSON.stringify(result, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

/** A fresh age X25519 key pair, as the recovery key is. */
export async function keyPair(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** The sample group (6 participants, 4 sessions, trees with items) plus one archived PDF, and a recovery key. */
export async function seedWithRecovery(db: GroveDb): Promise<{ identity: string; recipient: string; groupId: string }> {
  const keys = await keyPair();
  const groupId = await loadSampleGroup('it', 1_700_000_000_000);
  await makeRecoveryRecipient(keys.recipient);
  await db.settings.put({ key: 'lang', value: 'it' });
  await db.archive.add({
    id: 'a1',
    pdf: new Uint8Array([37, 80, 68, 70, 0, 255, 10]),
    fileName: 'GRV-01_S1.pdf',
    sha256: 'x',
    size: 7,
    pages: 1,
    groupId,
    groupCode: 'GRV-01',
    sessionNumber: 1,
    period: '2026-W48',
    lang: 'it',
    createdAt: 2,
  });
  return { ...keys, groupId };
}

/** Makes `recipient` this computer's recovery recipient, as set-up does (a key record wrapping the test key). */
export async function makeRecoveryRecipient(recipient: string): Promise<void> {
  await writeKeyRecord({
    id: 'data-key',
    version: 1,
    createdAt: 1,
    passphrase: null,
    keychain: null,
    recovery: { recipient, wrapped: await wrapForRecovery(copyOfKey()!, recipient) },
    pin: null,
    failures: 0,
    lastFailureAt: 0,
  });
}
