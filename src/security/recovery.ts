import { recoveryRecipient } from './vault';

/** The age recipient that automatic backups are encrypted to: the recovery key's public half. */
export async function getRecoveryRecipient(): Promise<string | null> {
  return recoveryRecipient();
}
