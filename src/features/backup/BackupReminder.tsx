import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { hasDataToBackUp, lastVerifiedBackup } from '../../db/backup/verified';
import { storageStatus } from '../../db/storage';
import { backupReminderDue, daysSince } from '../../domain/backupReminder';
import './backup.css';

/** A gentle line on the home screen when there has been no verified backup for 7 days (or ever). */
export function BackupReminder() {
  const { t } = useTranslation('settings');
  const reminder = useLiveQuery(async () => {
    const [last, hasData] = [await lastVerifiedBackup(), await hasDataToBackUp()];
    const now = Date.now();
    if (!backupReminderDue(last?.at ?? null, now, hasData)) return null;
    return { days: last ? daysSince(last.at, now) : null, persisted: (await storageStatus()).persisted };
  }, []);
  if (!reminder) return null;
  return (
    <p className="backup-reminder" role="status">
      {reminder.days === null ? t('backup.reminder.never') : t('backup.reminder.since', { count: reminder.days })}{' '}
      {reminder.persisted ? null : `${t('backup.reminder.notPersistent')} `}
      <a href={routeHash({ name: 'settings' })}>{t('backup.reminder.link')}</a>
    </p>
  );
}
