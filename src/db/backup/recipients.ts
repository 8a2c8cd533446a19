import { z } from 'zod';
import { getRecoveryRecipient } from '../../security/recovery';
import { db } from '../db';
import { isValidRecipient } from './envelope';

/**
 * Who can open Grove's backups: the recovery key's public recipient (from the security layer) plus any
 * extra recipients the organisation added in Settings (a coordinator's public key), kept in the settings
 * row `backupRecipients`.
 */
export const BACKUP_RECIPIENTS_KEY = 'backupRecipients';
export const MAX_EXTRA_RECIPIENTS = 5;

const recipientSchema = z
  .string()
  .trim()
  .refine(isValidRecipient, { error: 'settings:backup.recipients.invalid' });

const storedList = z.array(z.string()).max(MAX_EXTRA_RECIPIENTS);

/** Extra recipients as stored (invalid stored values are dropped, never used). */
export async function getExtraRecipients(): Promise<string[]> {
  const row = await db.settings.get(BACKUP_RECIPIENTS_KEY);
  const parsed = storedList.safeParse(row?.value);
  return parsed.success ? parsed.data.filter(isValidRecipient) : [];
}

/** Every recipient a backup is encrypted to, recovery key first. Empty means no backup can be written. */
export async function backupRecipients(): Promise<string[]> {
  const recovery = await getRecoveryRecipient();
  const extra = await getExtraRecipients();
  return [...new Set([...(recovery ? [recovery] : []), ...extra])];
}

export type AddRecipientResult = { ok: true; recipient: string } | { ok: false; messageKey: string };

/** Validates and adds an extra recipient; refuses invalid keys, duplicates and more than the limit. */
export async function addExtraRecipient(input: string): Promise<AddRecipientResult> {
  const parsed = recipientSchema.safeParse(input);
  if (!parsed.success) return { ok: false, messageKey: 'settings:backup.recipients.invalid' };
  const recipient = parsed.data;
  return db.transaction('rw', db.settings, async () => {
    const current = await getExtraRecipients();
    if (current.includes(recipient)) return { ok: false, messageKey: 'settings:backup.recipients.duplicate' } as const;
    if (current.length >= MAX_EXTRA_RECIPIENTS) return { ok: false, messageKey: 'settings:backup.recipients.tooMany' } as const;
    await db.settings.put({ key: BACKUP_RECIPIENTS_KEY, value: [...current, recipient] });
    return { ok: true, recipient } as const;
  });
}

export async function removeExtraRecipient(recipient: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await getExtraRecipients();
    await db.settings.put({ key: BACKUP_RECIPIENTS_KEY, value: current.filter((value) => value !== recipient) });
  });
}

/**
 * A short fingerprint to compare a key read aloud or printed: the first 64 bits of SHA-256 of the
 * recipient, as four groups of four hex digits.
 */
export async function recipientFingerprint(recipient: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(recipient)));
  const hex = [...digest.subarray(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ').toUpperCase();
}
