import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import type { RecordContext } from '../../db/repositories/records';
import { buildSummaryModel } from '../../domain/summary/build';
import { RECORD_LIMITS } from '../../domain/summary/record';
import { formatIsoDate } from '../../i18n/format';
import { AttendanceCard } from './components/AttendanceCard';
import { DeliveryCard } from './components/DeliveryCard';
import { FeedbackCard } from './components/FeedbackCard';
import { SafetyCard } from './components/SafetyCard';
import { SaveStatus } from './components/SaveStatus';
import { SupportMapCard } from './components/SupportMapCard';
import { TextAreaField } from './components/TextAreaField';
import { ThemesCard } from './components/ThemesCard';
import { useRecordAutosave } from './useRecordAutosave';
import { SessionContextGate } from './SessionContextGate';
import './record.css';

/** The facilitator's group-level record of one session, saved field by field as it is written. */
export function RecordScreen({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  return (
    <SessionContextGate groupId={groupId} sessionId={sessionId}>
      {(context) => <RecordForm key={sessionId} context={context} />}
    </SessionContextGate>
  );
}

function RecordForm({ context }: { context: RecordContext }) {
  const { t, i18n } = useTranslation('record');
  const { group, session, participants, treeItems } = context;
  const { draft, update, errors, state, saveError, invalid, retry } = useRecordAutosave(session.id, context.record);
  const lang = i18n.language === 'it' ? 'it' : 'en';
  // The same model the summary uses, so the screen shows counts exactly as the summary will.
  const preview = buildSummaryModel({
    group,
    session,
    otherSessions: context.otherSessions,
    record: draft,
    participants,
    reviewedOn: '',
  });
  const text = (
    field: 'collectiveDocument' | 'messageToOthers' | 'groupProcess' | 'reflection' | 'nextSteps',
    label: string,
    hint: string,
    rows = 4,
    hideLabel = false,
  ) => (
    <TextAreaField
      label={label}
      hideLabel={hideLabel}
      hint={hint}
      value={draft[field]}
      max={RECORD_LIMITS.textMax}
      error={errors[field]}
      rows={rows}
      onChange={(value) => update({ [field]: value })}
    />
  );

  return (
    <article className="record" aria-labelledby="record-title">
      <header className="page-header record-header">
        <div>
          <p className="record-header__crumb">
            <a href={routeHash({ name: 'session', groupId: group.id, sessionId: session.id })}>{t('backToSession')}</a>
          </p>
          <h1 id="record-title">{t('title')}</h1>
          <p className="muted">
            {group.code} · {t('subtitle', { number: session.number, part: t(`parts.${session.part}`) })}
            {session.date ? ` · ${formatIsoDate(session.date, lang)}` : ''}
          </p>
        </div>
      </header>
      <div className="record-bar">
        <SaveStatus state={state} invalid={invalid} error={saveError} onRetry={() => void retry()} />
        <a className="button button--primary" href={routeHash({ name: 'export', groupId: group.id, sessionId: session.id })}>
          {t('toExport')}
        </a>
      </div>
      <p className="record-intro">{t('intro')}</p>

      <section className="card record-card" aria-labelledby="record-facilitators">
        <h2 id="record-facilitators">{t('sections.facilitators')}</h2>
        <div className={errors.facilitatorRoles ? 'field field--invalid' : 'field'}>
          <label htmlFor="record-roles">{t('facilitators.label')}</label>
          <input
            id="record-roles"
            type="text"
            value={draft.facilitatorRoles}
            aria-describedby={`record-roles-hint${errors.facilitatorRoles ? ' record-roles-error' : ''}`}
            aria-invalid={Boolean(errors.facilitatorRoles)}
            onChange={(event) => update({ facilitatorRoles: event.target.value })}
          />
          <p className="field__hint" id="record-roles-hint">
            {t('facilitators.hint')}
          </p>
          {errors.facilitatorRoles && (
            <p className="field__error" id="record-roles-error" role="alert">
              {t(errors.facilitatorRoles.key, errors.facilitatorRoles.values)}
            </p>
          )}
        </div>
      </section>

      <AttendanceCard groupId={group.id} session={session} participants={participants} summary={preview.attendance} k={preview.k} />
      <DeliveryCard session={session} draft={draft} errors={errors} update={update} />
      <ThemesCard group={group} draft={draft} participants={participants} treeItems={treeItems} error={errors.themes} update={update} />

      <section className="card record-card" aria-labelledby="record-collective">
        <h2 id="record-collective">{t('sections.collective')}</h2>
        {text('collectiveDocument', t('collective.document'), t('collective.documentHint'), 5)}
        {text('messageToOthers', t('collective.message'), t('collective.messageHint'), 4)}
      </section>

      <SupportMapCard draft={draft} errors={errors} update={update} />

      <section className="card record-card" aria-labelledby="record-process">
        <h2 id="record-process">{t('sections.groupProcess')}</h2>
        {text('groupProcess', t('groupProcess.label'), t('groupProcess.hint'), 4, true)}
      </section>

      <SafetyCard draft={draft} update={update} />
      <FeedbackCard draft={draft} k={preview.k} error={errors.feedbackRatings} update={update} />

      <section className="card record-card" aria-labelledby="record-reflection">
        <h2 id="record-reflection">{t('sections.reflection')}</h2>
        {text('reflection', t('reflection.label'), t('reflection.hint'), 5, true)}
      </section>

      <section className="card record-card" aria-labelledby="record-next">
        <h2 id="record-next">{t('sections.nextSteps')}</h2>
        {text('nextSteps', t('nextSteps.label'), t('nextSteps.hint'), 4, true)}
      </section>

      <section className="card record-card record-private" aria-labelledby="record-private">
        <h2 id="record-private">
          {t('sections.privateNotes')} <span className="private-badge">{t('common:visibility.private')}</span>
        </h2>
        <TextAreaField
          label={t('privateNotes.label')}
          hideLabel
          hint={t('privateNotes.hint')}
          value={draft.privateNotes}
          max={RECORD_LIMITS.textMax}
          error={errors.privateNotes}
          rows={4}
          onChange={(value) => update({ privateNotes: value })}
        />
      </section>

      <div className="record-footer">
        <a className="button button--primary" href={routeHash({ name: 'export', groupId: group.id, sessionId: session.id })}>
          {t('toExport')}
        </a>
      </div>
    </article>
  );
}
