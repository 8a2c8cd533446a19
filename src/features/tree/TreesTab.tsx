import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useGroup } from '../../db/repositories/groups';
import { useTreeOverview } from '../../db/repositories/trees';
import { showsOutsideOwnTree } from '../../domain/visibility';
import { ZONES } from '../../domain/zones';
import { EmptyState } from '../../ui/EmptyState';
import { useZoneLabels } from './useZoneLabels';
import type { Group } from '../../domain/types';
import './tree.css';

/**
 * The group screen's "Trees" tab: one card per participant with their tree's progress (counts only, no
 * content), links to open the tree or hand it over in participant mode, and the way to the forest.
 */
export function TreesTab({ groupId }: { groupId: string }) {
  const { t } = useTranslation('tree');
  const group = useGroup(groupId);
  const overview = useTreeOverview(groupId);
  if (group === undefined || overview === undefined) return <p className="muted">{t('common:loading')}</p>;
  if (group === null) return null;
  return <TreesList group={group} overview={overview} />;
}

function TreesList({ group, overview }: { group: Group; overview: NonNullable<ReturnType<typeof useTreeOverview>> }) {
  const { t } = useTranslation('tree');
  const labels = useZoneLabels(group);
  const inForest = overview.filter((row) => showsOutsideOwnTree(row.participant)).length;
  return (
    <section className="trees-tab" aria-labelledby="trees-tab-title">
      <div className="page-header">
        <h2 id="trees-tab-title">{t('tab.title')}</h2>
        <a className="button button--primary" href={routeHash({ name: 'forest', groupId: group.id })}>
          {t('tab.openForest', { count: inForest })}
        </a>
      </div>
      {overview.length === 0 ? (
        <EmptyState title={t('tab.emptyTitle')}>
          <p>{t('tab.emptyBody')}</p>
          <p>
            <a href={routeHash({ name: 'group', groupId: group.id, tab: 'roster' })}>{t('tab.toRoster')}</a>
          </p>
        </EmptyState>
      ) : (
        <ul className="trees-tab__list">
          {overview.map(({ participant, tree, counts, total }) => {
            const done = tree?.doneZones.length ?? 0;
            const busiest = ZONES.filter((zone) => counts[zone] > 0).map((zone) => `${labels[zone]} ${counts[zone]}`);
            return (
              <li key={participant.id} className="card" data-participant-id={participant.id}>
                <h3>
                  <span className="trees-tab__swatch" style={{ background: participant.color }} aria-hidden="true" />
                  {participant.alias}
                </h3>
                <p className="trees-tab__progress">
                  {t('tab.progress', { done, total: ZONES.length })} · {t('tab.items', { count: total })}
                </p>
                {busiest.length > 0 && (
                  <p className="muted" lang={group.lang}>
                    {busiest.join(' · ')}
                  </p>
                )}
                {!showsOutsideOwnTree(participant) && <p className="muted">{t('tab.notInForest')}</p>}
                <div className="button-row">
                  <a className="button button--small button--primary" href={routeHash({ name: 'tree', groupId: group.id, participantId: participant.id })} aria-label={t('tab.openTreeOf', { alias: participant.alias })}>
                    {t('tab.openTree')}
                  </a>
                  <a className="button button--small" href={routeHash({ name: 'participant', groupId: group.id, participantId: participant.id })} aria-label={t('tab.handOverOf', { alias: participant.alias })}>
                    {t('tab.handOver')}
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
