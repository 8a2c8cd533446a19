import type { TFunction } from 'i18next';
import { BackupEncryptError, BackupReadError } from '../../db/backup/errors';
import { SafetyCopyError } from '../../db/backup/restore';
import { describeError } from '../../ui/useAction';

/** A plain sentence for anything a backup, check or restore can refuse; each ends with what was kept. */
export function describeBackupError(caught: unknown, t: TFunction): string {
  if (caught instanceof BackupReadError) {
    const where = caught.detail.table ? ` ${t('settings:backup.errors.where', { table: caught.detail.table, row: caught.detail.row ?? '—' })}` : '';
    return `${t(`settings:backup.errors.${caught.reason}`)}${where} ${t('settings:backup.errors.nothingChanged')}`;
  }
  if (caught instanceof BackupEncryptError) return t(`settings:backup.errors.encrypt.${caught.reason}`);
  if (caught instanceof SafetyCopyError) return t('settings:backup.errors.safetyCopy');
  return describeError(caught, t);
}
