import { db } from '../db/db';

/**
 * The public half ("age1…") of the recovery key, to which every backup is encrypted; null when no
 * recovery key has been made yet.
 *
 * Stand-in until the encryption-at-rest work lands: it reads a plain settings row. Backup code calls only
 * this function, so the lead can replace its body at merge without touching anything else.
 */
export async function getRecoveryRecipient(): Promise<string | null> {
  const row = await db.settings.get('recoveryRecipient');
  return typeof row?.value === 'string' && row.value.startsWith('age1') ? row.value : null;
}
