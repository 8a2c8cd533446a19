import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { navigate } from '../../app/useRoute';
import { useParticipants } from '../../db/repositories/participants';
import { addSession, deleteSession, useSessions } from '../../db/repositories/sessions';
import { plannedTotal } from '../../domain/agenda';
import { attendanceCounts, hasAttendance } from '../../domain/attendance';
import type { Lang, Session } from '../../domain/types';
import { formatIsoDate } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';
import { CreateProgrammeForm } from './CreateProgrammeForm';
import './sessions.css';

/** A group's sessions: the programme at a glance, creating it from a template, adding and deleting sessions. */
export function SessionsTab({ groupId }: { groupId: string }) {
  const { t, i18n } = useTranslation('sessions');
  const lang = i18n.language as Lang;
  const sessions = useSessions(groupId);
  const participants = useParticipants(groupId);
  const [showTemplates, setShowTemplates] = useState(false);
  const [toDelete, setToDelete] = useState<Session | null>(null);
  const { run, error } = useAction();

  if (sessions === undefined || participants === undefined) return <p className="status">{t('common:loading')}</p>;
  const participantIds = participants.map((participant) => participant.id);

  async function add() {
    const session = await run(() => addSession(groupId));
    if (session) navigate({ name: 'session', groupId, sessionId: session.id });
  }

  async function confirmDelete() {
    const session = toDelete;
    setToDelete(null);
    if (session) await run(() => deleteSession(session.id));
  }

  const form = showTemplates || sessions.length === 0 ? (
    <CreateProgrammeForm groupId={groupId} existing={sessions.length} onDone={() => setShowTemplates(false)} onCancel={sessions.length > 0 ? () => setShowTemplates(false) : undefined} />
  ) : null;

  return (
    <section className="sessions-tab" aria-labelledby="sessions-tab-title">
      <div className="page-header">
        <h2 id="sessions-tab-title">{t('list.title')}</h2>
        {sessions.length > 0 && (
          <div className="button-row">
            {!showTemplates && (
              <button type="button" onClick={() => setShowTemplates(true)}>
                {t('list.fromTemplate')}
              </button>
            )}
            <button type="button" className="button--primary" onClick={() => void add()}>
              {t('list.addSession')}
            </button>
          </div>
        )}
      </div>
      <ErrorMessage message={error} />
      {sessions.length === 0 && (
        <EmptyState title={t('list.emptyTitle')}>
          <p>{t('list.emptyText')}</p>
          {participants.length === 0 && <p className="muted">{t('list.emptyRosterHint')}</p>}
        </EmptyState>
      )}
      {form}
      {sessions.length === 0 && (
        <p>
          <button type="button" onClick={() => void add()}>
            {t('list.addEmptySession')}
          </button>
        </p>
      )}
      {sessions.length > 0 && (
        <table className="sessions-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.number')}</th>
              <th scope="col">{t('list.session')}</th>
              <th scope="col">{t('list.part')}</th>
              <th scope="col">{t('list.date')}</th>
              <th scope="col">{t('list.planned')}</th>
              <th scope="col">{t('list.attendance')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => {
              const counts = attendanceCounts(session.attendance, participantIds);
              const total = plannedTotal(session.blocks);
              return (
                <tr key={session.id}>
                  <td>{session.number}</td>
                  <td>
                    <a href={routeHash({ name: 'session', groupId, sessionId: session.id })}>{session.title}</a>
                    {session.endedAt !== null && <span className="session-tag">{t('list.held')}</span>}
                  </td>
                  <td>{t(`parts.${session.part}`)}</td>
                  <td>{session.date ? formatIsoDate(session.date, lang) : <span className="muted">{t('list.noDate')}</span>}</td>
                  <td>
                    {t('list.plannedOf', { planned: total, length: session.plannedMinutes })}
                    {total !== session.plannedMinutes && (
                      <span className="muted"> · {total > session.plannedMinutes ? t('balance.over', { count: total - session.plannedMinutes }) : t('balance.under', { count: session.plannedMinutes - total })}</span>
                    )}
                  </td>
                  <td>
                    {hasAttendance(session.attendance, participantIds)
                      ? t('list.attended', { attended: counts.attended, total: participantIds.length })
                      : <span className="muted">{t('list.notRecorded')}</span>}
                  </td>
                  <td>
                    <button type="button" className="button--small" onClick={() => setToDelete(session)} aria-label={t('list.deleteLabel', { title: session.title })}>
                      {t('common:actions.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {toDelete && (
      <ConfirmDialog
        open
        title={t('list.deleteTitle', { title: toDelete.title })}
        confirmLabel={t('list.deleteConfirm')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('list.deleteText')}</p>
      </ConfirmDialog>
      )}
    </section>
  );
}
