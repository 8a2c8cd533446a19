import { useTranslation } from 'react-i18next';
import type { CheckReport } from '../../db/backup/check';
import type { Lang } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';

/** What a restore drill found in a backup: when and by which version it was made, and what it holds. */
export function CheckReportView({ report, fileName, lang }: { report: CheckReport; fileName: string; lang: Lang }) {
  const { t } = useTranslation('settings');
  const { summary } = report;
  return (
    <div className="backup-report" role="status" aria-live="polite">
      <p>
        <strong>{t('backup.check.ok', { file: fileName })}</strong>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('backup.check.made')}</dt>
          <dd>{formatDateTime(summary.createdAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('backup.check.appVersion')}</dt>
          <dd>{summary.appVersion ?? t('backup.check.unknownVersion')}</dd>
        </div>
        <div>
          <dt>{t('backup.check.holds')}</dt>
          <dd>
            {[
              t('backup.counts.groups', { count: report.groups }),
              t('backup.counts.sessions', { count: report.sessions }),
              t('backup.counts.trees', { count: report.trees }),
              t('backup.counts.treeItems', { count: report.treeItems }),
              t('backup.counts.archive', { count: report.summaries }),
            ].join(', ')}
          </dd>
        </div>
      </dl>
      <p className="muted">{t('backup.check.nothingTouched')}</p>
    </div>
  );
}
