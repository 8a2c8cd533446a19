import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useRecordContext, type RecordContext } from '../../db/repositories/records';
import { EmptyState } from '../../ui/EmptyState';

/**
 * Load what the record and export screens need for one session; show "loading" meanwhile and a way back
 * when the session no longer exists. The screen itself is keyed by session, so its draft starts once.
 */
export function SessionContextGate({ groupId, sessionId, children }: { groupId: string; sessionId: string; children: (context: RecordContext) => ReactNode }) {
  const { t } = useTranslation('record');
  const context = useRecordContext(groupId, sessionId);
  if (context === undefined) return <p className="status">{t('common:loading')}</p>;
  if (context === null) {
    return (
      <EmptyState title={t('notFound')}>
        <p>
          <a href={routeHash({ name: 'group', groupId, tab: 'sessions' })}>{t('backToSession')}</a>
        </p>
      </EmptyState>
    );
  }
  return children(context);
}
