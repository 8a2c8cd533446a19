import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/useRoute';
import { useGroupSummaries } from '../../db/repositories/groups';
import { loadSampleGroup } from '../../db/repositories/sample';
import { useSettings } from '../../db/repositories/settings';
import { localIsoDate } from '../../domain/sample';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { ArchivedGroups } from './ArchivedGroups';
import { CreateGroupForm } from './CreateGroupForm';
import { GroupCard } from './GroupCard';
import { BackupReminder } from '../backup/BackupReminder';
import { StorageWarning } from '../settings/StorageWarning';
import { RetentionNotice } from './RetentionNotice';
import './groups.css';

/**
 * The start screen: active groups newest first, creating a group, the sample group, and archived groups.
 * `create` opens the create-group form at once (the application menu's "New group").
 */
export function HomeScreen({ create = false }: { create?: boolean }) {
  const { t } = useTranslation('groups');
  const settings = useSettings();
  const [today] = useState(() => localIsoDate(new Date()));
  const summaries = useGroupSummaries(today);
  const [creating, setCreating] = useState(create);
  const createButton = useRef<HTMLButtonElement>(null);
  const { run, error, busy } = useAction();

  if (!summaries || !settings) return <p className="status">{t('common:loading')}</p>;
  const lang = settings.lang;
  const active = summaries.filter((summary) => summary.group.archivedAt === null);
  const archived = summaries.filter((summary) => summary.group.archivedAt !== null);

  async function loadSample() {
    const groupId = await run(() => loadSampleGroup(lang));
    if (groupId) navigate({ name: 'group', groupId, tab: 'roster' });
  }

  return (
    <div className="home">
      <div className="page-header">
        <div>
          <h1>{t('home.title')}</h1>
          <p className="muted home__tagline">{t('common:tagline')}</p>
        </div>
        <div className="button-row">
          <button
            ref={createButton}
            type="button"
            className="button--primary"
            aria-expanded={creating}
            onClick={() => setCreating((open) => !open)}
          >
            {t('home.create')}
          </button>
          <button type="button" disabled={busy} onClick={loadSample}>
            {t('home.loadSample')}
          </button>
        </div>
      </div>
      <ErrorMessage message={error} />
      <RetentionNotice lang={lang} />
      <StorageWarning lang={lang} />
      <BackupReminder />
      {creating && (
        <CreateGroupForm
          lang={lang}
          onCancel={() => {
            setCreating(false);
            createButton.current?.focus();
          }}
        />
      )}
      {active.length === 0 ? (
        <EmptyState title={archived.length > 0 ? t('home.noActiveTitle') : t('home.emptyTitle')}>
          <p>{t('home.emptyIntro')}</p>
          <ol className="home__steps">
            <li>{t('home.emptyStep1')}</li>
            <li>{t('home.emptyStep2')}</li>
            <li>{t('home.emptyStep3')}</li>
          </ol>
          <p>{t('home.emptySample')}</p>
          <p className="muted">{t('home.emptyPrivacy')}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="active-groups-title">
          <h2 id="active-groups-title">{t('home.activeTitle', { count: active.length })}</h2>
          <ul className="card-list group-list">
            {active.map((summary) => (
              <GroupCard key={summary.group.id} summary={summary} lang={lang} />
            ))}
          </ul>
        </section>
      )}
      {archived.length > 0 && <ArchivedGroups summaries={archived} lang={lang} />}
    </div>
  );
}
