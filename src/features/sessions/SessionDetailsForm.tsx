import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { detailsOf, updateSession } from '../../db/repositories/sessions';
import { LIMITS, METHOD_PARTS, validateSessionDetails, type SessionDetails } from '../../domain/agenda';
import type { MethodPart, Session } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';

interface Draft {
  number: string;
  part: MethodPart;
  title: string;
  date: string;
  plannedMinutes: string;
  startTime: string;
}

function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

/** A session's number, part, title, date, start time and length; refused input stays as typed. */
export function SessionDetailsForm({ session }: { session: Session }) {
  const { t } = useTranslation('sessions');
  const [draft, setDraft] = useState<Draft>(() => ({
    number: String(session.number),
    part: session.part,
    title: session.title,
    date: session.date ?? '',
    plannedMinutes: String(session.plannedMinutes),
    startTime: session.startTime ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const { run, error, busy } = useAction();
  const formRef = useRef<HTMLFormElement>(null);

  function change(patch: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const details: SessionDetails = {
      ...detailsOf(session),
      number: toNumber(draft.number),
      part: draft.part,
      title: draft.title.trim(),
      date: draft.date || null,
      plannedMinutes: toNumber(draft.plannedMinutes),
      startTime: draft.startTime || null,
    };
    const next: Record<string, string> = {};
    for (const issue of validateSessionDetails(details)) next[issue.field] ??= t(`validation.${issue.code}`, issue.values);
    setErrors(next);
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const { guests: _guests, ...patch } = details;
    const ok = await run(() => updateSession(session.id, patch).then(() => true));
    setSaved(Boolean(ok));
  }

  return (
    <form ref={formRef} className="card session-details" aria-labelledby="session-details-title" noValidate onSubmit={submit}>
      <h2 id="session-details-title">{t('details.title')}</h2>
      <div className="session-details__grid">
        <Field label={t('details.name')} error={errors.title}>
          {(props) => <input {...props} type="text" value={draft.title} onChange={(event) => change({ title: event.target.value })} />}
        </Field>
        <Field label={t('details.number')} error={errors.number}>
          {(props) => <input {...props} type="number" min={1} max={LIMITS.sessionNumberMax} value={draft.number} onChange={(event) => change({ number: event.target.value })} />}
        </Field>
        <Field label={t('details.part')} error={errors.part}>
          {(props) => (
            <select {...props} value={draft.part} onChange={(event) => change({ part: event.target.value as MethodPart })}>
              {METHOD_PARTS.map((part) => (
                <option key={part} value={part}>
                  {t(`parts.${part}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('details.date')} error={errors.date}>
          {(props) => <input {...props} type="date" value={draft.date} onChange={(event) => change({ date: event.target.value })} />}
        </Field>
        <Field label={t('details.startTime')} hint={t('details.startTimeHint')} error={errors.startTime}>
          {(props) => <input {...props} type="time" value={draft.startTime} onChange={(event) => change({ startTime: event.target.value })} />}
        </Field>
        <Field label={t('details.length')} error={errors.plannedMinutes}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={LIMITS.sessionMinutesMin}
              max={LIMITS.sessionMinutesMax}
              value={draft.plannedMinutes}
              onChange={(event) => change({ plannedMinutes: event.target.value })}
            />
          )}
        </Field>
      </div>
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('details.save')}
        </button>
        {saved && (
          <span className="status" role="status">
            {t('common:saved')}
          </span>
        )}
      </div>
    </form>
  );
}
