import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useGroup } from '../../db/repositories/groups';
import { useParticipants } from '../../db/repositories/participants';
import { useSession, useSessions } from '../../db/repositories/sessions';
import { agendaBalance, agendaWarnings } from '../../domain/agenda';
import type { Lang } from '../../domain/types';
import { formatIsoDate } from '../../i18n/format';
import { AgendaChecks } from './AgendaChecks';
import { AgendaEditor } from './AgendaEditor';
import { AttendancePanel } from './AttendancePanel';
import { SessionDetailsForm } from './SessionDetailsForm';
import './sessions.css';

/** The session planner: details, the agenda with its checks, attendance, and the way to run it. */
export function SessionScreen({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { t, i18n } = useTranslation('sessions');
  const lang = i18n.language as Lang;
  const group = useGroup(groupId);
  const session = useSession(sessionId);
  const programme = useSessions(groupId);
  const participants = useParticipants(groupId);

  if (group === undefined || session === undefined || programme === undefined || participants === undefined) {
    return <p className="status">{t('common:loading')}</p>;
  }
  if (group === null || session === null || session.groupId !== groupId) {
    return (
      <section className="empty-state">
        <h1>{t('planner.notFound')}</h1>
        <p>
          <a href={group ? routeHash({ name: 'group', groupId, tab: 'sessions' }) : '#/'}>{t('planner.backToSessions')}</a>
        </p>
      </section>
    );
  }

  const warnings = agendaWarnings(session, programme, participants.length);
  return (
    <div className="session-screen">
      <nav aria-label={t('planner.breadcrumb')} className="breadcrumb">
        <a href={routeHash({ name: 'group', groupId, tab: 'sessions' })}>
          <span aria-hidden="true">← </span>
          {t('planner.backTo', { group: group.name })}
        </a>
      </nav>
      <header className="page-header">
        <div>
          <h1>
            {t('planner.heading', { number: session.number, title: session.title })}
          </h1>
          <p className="muted">
            {t(`parts.${session.part}`)}
            {session.date ? ` · ${formatIsoDate(session.date, lang)}` : ''}
            {` · ${t('common:minutes', { count: session.plannedMinutes })}`}
          </p>
        </div>
        <div className="button-row">
          <a className="button button--primary" href={routeHash({ name: 'run', groupId, sessionId })}>
            {t('planner.run')}
          </a>
          <a className="button" href={routeHash({ name: 'record', groupId, sessionId })}>
            {t('planner.record')}
          </a>
          <a className="button" href={routeHash({ name: 'export', groupId, sessionId })}>
            {t('planner.export')}
          </a>
          <a className="button" href={routeHash({ name: 'certificates', groupId, sessionId })}>
            {t('room:certificates.link')}
          </a>
        </div>
      </header>
      <div className="session-screen__layout">
        <div className="session-screen__agenda">
          <AgendaChecks balance={agendaBalance(session)} warnings={warnings} />
          <AgendaEditor session={session} groupLang={group.lang} />
        </div>
        <aside className="session-screen__side">
          <SessionDetailsForm key={session.id} session={session} />
          <AttendancePanel session={session} participants={participants} />
        </aside>
      </div>
    </div>
  );
}
