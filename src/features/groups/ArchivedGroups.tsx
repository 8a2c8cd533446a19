import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { unarchiveGroup, type GroupSummary } from '../../db/repositories/groups';
import type { Lang } from '../../domain/types';
import { formatDateTime } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

/** Archived groups, folded away under the active ones; each can be brought back. */
export function ArchivedGroups({ summaries, lang }: { summaries: GroupSummary[]; lang: Lang }) {
  const { t } = useTranslation('groups');
  const { run, error, busy } = useAction();
  return (
    <details className="archived-groups">
      <summary>{t('home.archivedTitle', { count: summaries.length })}</summary>
      <ErrorMessage message={error} />
      <ul className="archived-groups__list">
        {summaries.map(({ group, participantCount }) => (
          <li key={group.id} className="archived-groups__item">
            <div>
              <a href={routeHash({ name: 'group', groupId: group.id, tab: 'roster' })}>
                <span className="group-code">{group.code}</span> {group.name}
              </a>
              <p className="muted archived-groups__meta">
                {t('home.archivedMeta', { count: participantCount, date: formatDateTime(group.archivedAt ?? 0, lang) })}
              </p>
            </div>
            <button type="button" className="button--small" disabled={busy} onClick={() => run(() => unarchiveGroup(group.id))}>
              {t('actions.unarchive')}
              <span className="visually-hidden"> {group.code}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
