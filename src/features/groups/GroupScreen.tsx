import { useTranslation } from 'react-i18next';
import { routeHash, type GroupTab } from '../../app/routes';
import { useGroup } from '../../db/repositories/groups';
import { RosterTab } from '../roster/RosterTab';
import { SessionsTab } from '../sessions/SessionsTab';
import { TreesTab } from '../tree/TreesTab';
import { GroupSettingsTab } from './GroupSettingsTab';
import './groups.css';

const TABS: readonly GroupTab[] = ['roster', 'sessions', 'trees', 'settings'];

/** One group: its header (code, name, the Forest) and the roster / sessions / trees / settings tabs. */
export function GroupScreen({ groupId, tab }: { groupId: string; tab: GroupTab }) {
  const { t } = useTranslation('groups');
  const group = useGroup(groupId);

  if (group === undefined) return <p className="status">{t('common:loading')}</p>;
  if (group === null) {
    return (
      <section className="empty-state">
        <h1>{t('group.notFoundTitle')}</h1>
        <p>{t('group.notFoundText')}</p>
        <p>
          <a href="#/">{t('common:goHome')}</a>
        </p>
      </section>
    );
  }

  return (
    <div className="group-screen">
      <header className="page-header group-header">
        <div>
          <p className="group-header__code">
            <span className="group-code">{group.code}</span>
            {group.archivedAt !== null && <span className="tag">{t('group.archivedTag')}</span>}
          </p>
          <h1>{group.name}</h1>
        </div>
        <a className="button" href={routeHash({ name: 'forest', groupId })}>
          {t('group.openForest')}
        </a>
      </header>
      <nav aria-label={t('group.tabsLabel')}>
        <ul className="tabs group-tabs">
          {TABS.map((item) => (
            <li key={item}>
              <a href={routeHash({ name: 'group', groupId, tab: item })} aria-current={item === tab ? 'page' : undefined}>
                {t(`tabs.${item}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="group-tab-panel">
        {tab === 'roster' && <RosterTab groupId={groupId} />}
        {tab === 'sessions' && <SessionsTab groupId={groupId} />}
        {tab === 'trees' && <TreesTab groupId={groupId} />}
        {tab === 'settings' && <GroupSettingsTab group={group} />}
      </div>
    </div>
  );
}
