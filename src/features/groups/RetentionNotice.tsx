import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useGroupsDueForWipe } from '../../db/repositories/wipe';
import type { Lang } from '../../domain/types';
import { formatIsoDate } from '../../i18n/format';

/** A reminder on the home screen for programmes whose retention period has passed and still hold raw content. */
export function RetentionNotice({ lang }: { lang: Lang }) {
  const { t } = useTranslation('groups');
  const due = useGroupsDueForWipe();
  if (!due?.length) return null;
  return (
    <section className="warning" aria-labelledby="retention-notice-title">
      <h2 id="retention-notice-title">{t('wipe.noticeTitle')}</h2>
      <ul>
        {due.map(({ group, status }) => (
          <li key={group.id}>
            {t('wipe.noticeItem', { code: group.code, date: formatIsoDate(status.dueDate!, lang) })}{' '}
            <a href={routeHash({ name: 'group', groupId: group.id, tab: 'settings' })}>{t('wipe.noticeLink', { code: group.code })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
