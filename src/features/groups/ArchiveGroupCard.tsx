import { useTranslation } from 'react-i18next';
import { archiveGroup, unarchiveGroup } from '../../db/repositories/groups';
import type { Group } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

/** Archive a finished group (hidden from the active list, nothing deleted) or bring it back. */
export function ArchiveGroupCard({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const { run, error, busy } = useAction();
  const archived = group.archivedAt !== null;
  return (
    <section className="card settings-card" aria-labelledby="archive-group-title">
      <h2 id="archive-group-title">{t('settings.archiveTitle')}</h2>
      <p className="muted">{archived ? t('settings.archivedText') : t('settings.archiveText')}</p>
      <ErrorMessage message={error} />
      <button
        type="button"
        disabled={busy}
        onClick={() => run(() => (archived ? unarchiveGroup(group.id) : archiveGroup(group.id)))}
      >
        {archived ? t('actions.unarchive') : t('actions.archive')}
      </button>
    </section>
  );
}
