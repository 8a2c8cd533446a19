import { beforeEach, describe, expect, it } from 'vitest';
import { addExtraRecipient, backupRecipients, getExtraRecipients, recipientFingerprint, removeExtraRecipient } from '../../../src/db/backup/recipients';
import type { GroveDb } from '../../../src/db/db';
import { getRecoveryRecipient } from '../../../src/security/recovery';
import { freshDb } from '../db/helpers';
import { keyPair, makeRecoveryRecipient } from './helpers';

let db: GroveDb;
beforeEach(() => {
  db = freshDb('recipients');
});

describe('who backups are encrypted to', () => {
  it('the recovery recipient first, then validated extra recipients', async () => {
    expect(await backupRecipients()).toEqual([]);
    const recovery = await keyPair();
    const coordinator = await keyPair();
    await makeRecoveryRecipient(recovery.recipient);
    expect(await getRecoveryRecipient()).toBe(recovery.recipient);
    expect(await addExtraRecipient(`  ${coordinator.recipient}\n`)).toEqual({ ok: true, recipient: coordinator.recipient });
    expect(await backupRecipients()).toEqual([recovery.recipient, coordinator.recipient]);
    await removeExtraRecipient(coordinator.recipient);
    expect(await backupRecipients()).toEqual([recovery.recipient]);
  });

  it('refuses secret keys, bad checksums, duplicates and more than five', async () => {
    const pair = await keyPair();
    const broken = `${pair.recipient.slice(0, -1)}${pair.recipient.endsWith('q') ? 'p' : 'q'}`;
    for (const input of [pair.identity, broken, 'age1', '', 'ssh-ed25519 AAAA']) {
      expect(await addExtraRecipient(input)).toEqual({ ok: false, messageKey: 'settings:backup.recipients.invalid' });
    }
    await addExtraRecipient(pair.recipient);
    expect(await addExtraRecipient(pair.recipient)).toEqual({ ok: false, messageKey: 'settings:backup.recipients.duplicate' });
    for (let i = 0; i < 4; i += 1) await addExtraRecipient((await keyPair()).recipient);
    expect(await addExtraRecipient((await keyPair()).recipient)).toEqual({ ok: false, messageKey: 'settings:backup.recipients.tooMany' });
    expect(await getExtraRecipients()).toHaveLength(5);
  });

  it('ignores a tampered stored list instead of encrypting to garbage', async () => {
    const pair = await keyPair();
    await db.settings.put({ key: 'backupRecipients', value: [pair.recipient, 'age1garbage', 42] });
    expect(await getExtraRecipients()).toEqual([]);
    await db.settings.put({ key: 'backupRecipients', value: [pair.recipient, 'age1garbage'] });
    expect(await getExtraRecipients()).toEqual([pair.recipient]);
  });

  it('shows a stable 64-bit fingerprint', async () => {
    const { recipient } = await keyPair();
    const fingerprint = await recipientFingerprint(recipient);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
    expect(await recipientFingerprint(recipient)).toBe(fingerprint);
  });
});
