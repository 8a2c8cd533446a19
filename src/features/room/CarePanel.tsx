import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { resumeAfterCare, saveCareNote } from '../../db/repositories/care';
import { CARE_LIMITS, CARE_OUTCOMES, GROUNDING_EXERCISES, type CareOutcome } from '../../domain/care';
import type { Group, Session } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAction } from '../../ui/useAction';

/**
 * The care plan, shown while the session is paused for care: a grounding exercise from the method library,
 * the group's support contacts, the facilitator's private note (never projected, never summarised, can be
 * deleted), and resuming with the one thing the summary may keep: a safety flag category.
 */
export function CarePanel({ group, session }: { group: Group; session: Session }) {
  const { t } = useTranslation('room');
  const [note, setNote] = useState(session.careNote ?? '');
  const [noteStatus, setNoteStatus] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CareOutcome | null>(null);
  const [outcomeError, setOutcomeError] = useState<string | null>(null);
  const { run, error } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  async function save(text: string, done: string) {
    const ok = await run(async () => {
      await saveCareNote(session.id, text);
      return true;
    });
    if (ok) {
      setNote(text);
      setNoteStatus(done);
    }
  }

  function resume() {
    if (!outcome) {
      setOutcomeError(t('care.errors.outcome'));
      return;
    }
    setOutcomeError(null);
    void run(() => resumeAfterCare(session.id, outcome));
  }

  return (
    <section className="care-panel card" aria-labelledby="care-title">
      <h2 id="care-title" ref={heading} tabIndex={-1}>
        {t('care.title')}
      </h2>
      <p>{t('care.intro')}</p>
      <ErrorMessage message={error} />

      <section aria-labelledby="care-grounding">
        <h3 id="care-grounding">{t('care.grounding')}</h3>
        {GROUNDING_EXERCISES.map((exercise) => (
          <div key={exercise.id} className="care-panel__exercise" lang={group.lang}>
            <h4>{exercise.title[group.lang]}</h4>
            <ol>
              {exercise.steps.map((step) => (
                <li key={step.en}>{step[group.lang]}</li>
              ))}
            </ol>
          </div>
        ))}
      </section>

      <section aria-labelledby="care-contacts">
        <h3 id="care-contacts">{t('care.contacts')}</h3>
        {group.careContacts ? (
          <p className="care-panel__contacts" data-testid="care-contacts">
            {group.careContacts}
          </p>
        ) : (
          <p>
            <a href={routeHash({ name: 'group', groupId: group.id, tab: 'settings' })}>{t('care.noContacts')}</a>
          </p>
        )}
      </section>

      <section aria-labelledby="care-note-title">
        <h3 id="care-note-title">{t('care.note')}</h3>
        <label htmlFor="care-note" className="muted">
          {t('care.noteHint')}
        </label>
        <textarea
          id="care-note"
          rows={3}
          value={note}
          maxLength={CARE_LIMITS.noteMax}
          onChange={(event) => {
            setNote(event.target.value);
            setNoteStatus(null);
          }}
        />
        <div className="button-row">
          <button type="button" onClick={() => void save(note, t('care.noteSaved'))}>
            {t('care.saveNote')}
          </button>
          <button type="button" onClick={() => void save('', t('care.noteDeleted'))} disabled={!note && !session.careNote}>
            {t('care.deleteNote')}
          </button>
        </div>
        <p aria-live="polite" className="muted">
          {noteStatus}
        </p>
      </section>

      <fieldset className="choice-group">
        <legend>{t('care.outcome')}</legend>
        {CARE_OUTCOMES.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="care-outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
            <span>{t(`care.outcomes.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <ErrorMessage message={outcomeError} />
      <p className="muted">{t('care.resumeHint')}</p>
      <button type="button" className="button--primary" onClick={resume}>
        {t('care.resume')}
      </button>
    </section>
  );
}
