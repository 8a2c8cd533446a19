import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastVerifiedBackup } from '../../db/backup/verified';
import type { Lang } from '../../domain/types';
import { host } from '../../host';
import { formatBytes, formatDateTime } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ProgressBar } from '../../ui/ProgressBar';
import { runVerifiedBackup } from './automaticBackup';
import { describeBackupError } from './describeBackupError';
import { useBackupStatus } from './useAutomaticBackups';

/**
 * "Last verified backup: when, where, what it holds", where automatic backups go (desktop app), and a
 * button to make a verified backup now. In a browser the button downloads the file instead.
 */
export function AutomaticBackupsCard({ lang }: { lang: Lang }) {
  const { t } = useTranslation('settings');
  const last = useLiveQuery(lastVerifiedBackup, []);
  const folder = useLiveQuery(async () => {
    const info = await host.backupFolder();
    return info.ok ? info.value.folder : null;
  }, []);
  const [folderError, setFolderError] = useState<string | null>(null);
  const status = useBackupStatus();

  async function changeFolder() {
    setFolderError(null);
    const chosen = await host.chooseBackupFolder();
    if (!chosen.ok && chosen.error !== 'cancelled') setFolderError(t('backup.auto.folderFailed', { reason: chosen.error }));
    else if (chosen.ok) await runVerifiedBackup('manual');
  }

  return (
    <div className="backup-auto" data-testid="backup-auto">
      <h3>{t('backup.auto.title')}</h3>
      <p className="muted">{host.isElectron ? t('backup.auto.introDesktop') : t('backup.auto.introBrowser')}</p>
      {last === undefined ? null : last === null ? (
        <p>{t('backup.auto.none')}</p>
      ) : (
        <dl className="facts facts--stacked" aria-label={t('backup.auto.lastLabel')}>
          <div>
            <dt>{t('backup.auto.when')}</dt>
            <dd>{formatDateTime(last.at, lang)}</dd>
          </div>
          <div>
            <dt>{t('backup.auto.where')}</dt>
            <dd className="about__path">{last.where}</dd>
          </div>
          <div>
            <dt>{t('backup.auto.holds')}</dt>
            <dd>
              {[
                t('backup.counts.groups', { count: last.counts.groups ?? 0 }),
                t('backup.counts.sessions', { count: last.counts.sessions ?? 0 }),
                t('backup.counts.trees', { count: last.counts.trees ?? 0 }),
                t('backup.counts.treeItems', { count: last.counts.treeItems ?? 0 }),
                t('backup.counts.archive', { count: last.counts.archive ?? 0 }),
              ].join(', ')}{' '}
              ({formatBytes(last.size, lang)})
            </dd>
          </div>
        </dl>
      )}
      {host.isElectron && folder && (
        <p>
          {t('backup.auto.folder')} <span className="about__path">{folder}</span>
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void runVerifiedBackup('manual')} disabled={status.running}>
          {host.isElectron ? t('backup.auto.now') : t('backup.auto.download')}
        </button>
        {host.isElectron && (
          <button type="button" onClick={() => void changeFolder()} disabled={status.running}>
            {t('backup.auto.changeFolder')}
          </button>
        )}
      </div>
      {status.running && <ProgressBar label={t('backup.progress.backup')} value={status.progress} />}
      <ErrorMessage message={folderError ?? (status.error ? describeBackupError(status.error, t) : null)} />
    </div>
  );
}
