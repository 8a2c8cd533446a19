import type { TFunction } from 'i18next';
import { BackupEncryptError, BackupReadError } from '../../db/backup/errors';
import { SafetyCopyError } from '../../db/backup/restore';
import { VerifyError } from '../../db/backup/verified';
import { HOST_ERRORS } from '../../host';
import { describeError } from '../../ui/useAction';

/** A plain sentence for anything a backup, check or restore can refuse; each ends with what was kept. */
export function describeBackupError(caught: unknown, t: TFunction): string {
  if (caught instanceof BackupReadError) {
    const where = caught.detail.table ? ` ${t('settings:backup.errors.where', { table: caught.detail.table, row: caught.detail.row ?? '—' })}` : '';
    return `${t(`settings:backup.errors.${caught.reason}`)}${where} ${t('settings:backup.errors.nothingChanged')}`;
  }
  if (caught instanceof BackupEncryptError) return t(`settings:backup.errors.encrypt.${caught.reason}`);
  if (caught instanceof SafetyCopyError) return t('settings:backup.errors.safetyCopy');
  if (caught instanceof VerifyError) return t(`settings:backup.errors.verify.${caught.step}`);
  const hostError = caught instanceof Error ? caught.message : '';
  if (hostError === HOST_ERRORS.writeFailed || hostError === HOST_ERRORS.verifyFailed) return t('settings:backup.errors.verify.write');
  return describeError(caught, t);
}
