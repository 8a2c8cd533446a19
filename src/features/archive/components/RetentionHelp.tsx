import { useTranslation } from 'react-i18next';
import { DEFAULT_RETENTION_DAYS } from '../../../domain/archiveRules';

/** Plain words on how retention works, including the rule for summaries of deleted groups. */
export function RetentionHelp() {
  const { t } = useTranslation('archive');
  return (
    <details className="archive-help">
      <summary>{t('retentionHelp.summary')}</summary>
      <p>{t('retentionHelp.group')}</p>
      <p>{t('retentionHelp.deleted', { days: DEFAULT_RETENTION_DAYS })}</p>
      <p>{t('retentionHelp.manual')}</p>
    </details>
  );
}
