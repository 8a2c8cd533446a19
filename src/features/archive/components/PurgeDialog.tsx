import { useTranslation } from 'react-i18next';
import type { Retention } from '../../../domain/archiveRules';
import type { ArchiveEntry, Lang } from '../../../domain/types';
import { formatDateTime } from '../../../i18n/format';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

interface PurgeDialogProps {
  expired: readonly { entry: ArchiveEntry; retention: Retention }[];
  lang: Lang;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Purge expired": lists exactly what will be deleted, and why, before anything is. */
export function PurgeDialog({ expired, lang, busy, onConfirm, onCancel }: PurgeDialogProps) {
  const { t } = useTranslation('archive');
  const count = expired.length;
  return (
    <ConfirmDialog
      open
      title={t('purge.title')}
      confirmLabel={t('purge.confirm', { count })}
      confirmDisabled={count === 0 || busy}
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {count === 0 ? (
        <p>{t('purge.none')}</p>
      ) : (
        <>
          <p>{t('purge.intro', { count })}</p>
          <ul className="archive-purge__list">
            {expired.map(({ entry, retention }) => (
              <li key={entry.id}>
                {t('purge.item', {
                  name: entry.fileName,
                  group: entry.groupCode,
                  session: entry.sessionNumber,
                  date: formatDateTime(retention.expiresAt, lang),
                  rule: t(`retention.${retention.rule}`, { count: retention.days }).toLocaleLowerCase(lang),
                })}
              </li>
            ))}
          </ul>
          <p>{t('purge.irreversible')}</p>
        </>
      )}
    </ConfirmDialog>
  );
}
