import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setAttendance, updateSession } from '../../db/repositories/sessions';
import { LIMITS } from '../../domain/agenda';
import { ATTENDANCE_STATUSES, attendanceCounts } from '../../domain/attendance';
import type { AttendanceStatus, Participant, Session } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';
import { inkFor, SymbolIcon } from '../roster/SymbolIcon';

interface Props {
  session: Session;
  participants: readonly Participant[];
}

/**
 * Attendance for one session: each participant (alias and symbol, never a name) with present / late /
 * left early / absent as a native radio group, so one click or the arrow keys record it.
 */
export function AttendancePanel({ session, participants }: Props) {
  const { t } = useTranslation('sessions');
  const { run, error } = useAction();
  // What was just chosen, shown until the stored session catches up (no flicker back to the old value).
  const [pending, setPending] = useState<{ basedOn: number; attendance: Session['attendance'] } | null>(null);
  const attendance = pending && pending.basedOn === session.updatedAt ? pending.attendance : session.attendance;
  const counts = attendanceCounts(attendance, participants.map((participant) => participant.id));

  async function choose(participantId: string, status: AttendanceStatus) {
    setPending({ basedOn: session.updatedAt, attendance: { ...attendance, [participantId]: status } });
    const ok = await run(() => setAttendance(session.id, participantId, status).then(() => true));
    if (!ok) setPending(null);
  }

  return (
    <section className="attendance card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      {participants.length === 0 ? (
        <p className="muted">{t('attendance.noParticipants')}</p>
      ) : (
        <>
          <p className="attendance__summary" aria-live="polite">
            {ATTENDANCE_STATUSES.map((status) => t(`attendance.count.${status}`, { count: counts[status] })).join(' · ')}
            {counts.unrecorded > 0 ? ` · ${t('attendance.count.unrecorded', { count: counts.unrecorded })}` : ''}
          </p>
          <ErrorMessage message={error} />
          <ul className="attendance__list">
            {participants.map((participant) => {
              const labelId = `attendance-${participant.id}`;
              return (
                <li key={participant.id} className="attendance__row">
                  <span className="attendance__who" id={labelId}>
                    <span className="attendance__symbol" style={{ background: participant.color, color: inkFor(participant.color) }}>
                      <SymbolIcon symbol={participant.symbol} size={18} />
                    </span>
                    {participant.alias}
                  </span>
                  <div className="attendance__choices" role="radiogroup" aria-labelledby={labelId}>
                    {ATTENDANCE_STATUSES.map((status) => (
                      <label key={status} className={`attendance__choice attendance__choice--${status}`}>
                        <input
                          type="radio"
                          name={`attendance-${session.id}-${participant.id}`}
                          value={status}
                          checked={attendance[participant.id] === status}
                          onChange={() => void choose(participant.id, status)}
                        />
                        <span>{t(`attendance.status.${status}`)}</span>
                      </label>
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {session.part === 'celebration' && <GuestsForm session={session} />}
    </section>
  );
}

/** Guests at the celebration: a count only, never names (DOMAIN.md §5.1). */
function GuestsForm({ session }: { session: Session }) {
  const { t } = useTranslation('sessions');
  const [value, setValue] = useState(String(session.guests));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { run, error } = useAction();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const guests = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isInteger(guests) || guests < 0 || guests > LIMITS.guestsMax) {
      setFieldError(t('validation.guestsRange', { min: 0, max: LIMITS.guestsMax }));
      return;
    }
    setFieldError(null);
    const ok = await run(() => updateSession(session.id, { guests }).then(() => true));
    setSaved(Boolean(ok));
  }

  return (
    <form className="guests-form" noValidate onSubmit={submit}>
      <Field label={t('attendance.guests')} hint={t('attendance.guestsHint')} error={fieldError}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={0}
            max={LIMITS.guestsMax}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit">{t('attendance.saveGuests')}</button>
        {saved && (
          <span className="status" role="status">
            {t('common:saved')}
          </span>
        )}
      </div>
    </form>
  );
}
