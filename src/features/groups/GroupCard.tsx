import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import type { GroupSummary } from '../../db/repositories/groups';
import type { Lang } from '../../domain/types';
import { formatIsoDate } from '../../i18n/format';

/** One active group on the home screen: what it is, how many people, and when it meets next. */
export function GroupCard({ summary, lang }: { summary: GroupSummary; lang: Lang }) {
  const { t } = useTranslation('groups');
  const { group, participantCount, nextSessionDate } = summary;
  return (
    <li className="card group-card">
      <h3 className="group-card__title">
        <a href={routeHash({ name: 'group', groupId: group.id, tab: 'roster' })}>
          <span className="group-code">{group.code}</span>
          <span className="group-card__name">{group.name}</span>
        </a>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('card.setting')}</dt>
          <dd>{t(`settingTypes.${group.settingType}`)}</dd>
        </div>
        <div>
          <dt>{t('card.participants')}</dt>
          <dd>{participantCount}</dd>
        </div>
        <div>
          <dt>{t('card.nextSession')}</dt>
          <dd>{nextSessionDate ? formatIsoDate(nextSessionDate, lang) : t('card.noSession')}</dd>
        </div>
      </dl>
    </li>
  );
}
