import { db } from '../db';
import { loadInto } from './check';
import { createEncryptedBackup, type CreatedBackup, type Progress } from './create';
import { TABLES, type BackupSummary, type ParsedBackup } from './format';

/**
 * Settings that describe this computer rather than the data (its recovery key's public half, where its
 * automatic backups go, when it last verified one). A restore keeps this computer's values.
 */
export const MACHINE_SETTINGS = ['recoveryRecipient', 'backupFolder', 'lastVerifiedBackup'] as const;

/** True when nothing worth a safety copy is stored (a new computer). */
export async function isDatabaseEmpty(): Promise<boolean> {
  for (const name of TABLES) {
    if (name === 'settings') continue;
    if ((await db.table(name).count()) > 0) return false;
  }
  return true;
}

export class SafetyCopyError extends Error {
  constructor() {
    super('restore: the safety copy of the current data could not be saved');
    this.name = 'SafetyCopyError';
  }
}

/**
 * Restores a validated backup, all or nothing. When anything is stored now, an encrypted safety copy of it
 * is made first and handed to `saveSafetyCopy`; if that copy cannot be made or saved, nothing is restored.
 */
export async function restoreBackup(
  backup: ParsedBackup,
  saveSafetyCopy: (copy: CreatedBackup) => Promise<boolean>,
  onProgress?: Progress,
): Promise<BackupSummary> {
  if (!(await isDatabaseEmpty())) {
    const copy = await createEncryptedBackup();
    if (!(await saveSafetyCopy(copy))) throw new SafetyCopyError();
  }
  onProgress?.(0.1);
  const keep = await db.settings.where('key').anyOf([...MACHINE_SETTINGS]).toArray();
  await loadInto(db, backup, onProgress, keep);
  onProgress?.(1);
  return backup.summary;
}
