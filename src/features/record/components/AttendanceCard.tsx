import { useTranslation } from 'react-i18next';
import { routeHash } from '../../../app/routes';
import { attendanceCounts } from '../../../domain/attendance';
import { formatCell, type SuppressedBreakdown } from '../../../domain/suppression';
import type { SummaryAttendance } from '../../../domain/summary/model';
import type { Participant, Session } from '../../../domain/types';

interface AttendanceCardProps {
  groupId: string;
  session: Session;
  participants: readonly Participant[];
  /** The same counts as the summary will show them, after suppression. */
  summary: SummaryAttendance;
  k: number;
}

/**
 * Attendance read from the session (taken in the planner): exact counts for the facilitator, next to what
 * the summary will show after small-count suppression. No per-person list here: that lives in the planner.
 */
export function AttendanceCard({ groupId, session, participants, summary, k }: AttendanceCardProps) {
  const { t } = useTranslation('record');
  const counts = attendanceCounts(
    session.attendance,
    participants.map((p) => p.id),
  );
  const cell = (breakdown: SuppressedBreakdown | null, index: number): string => {
    if (!breakdown) return '–';
    if (breakdown.withheld) return t('attendance.withheld');
    const c = breakdown.cells[index];
    return c ? formatCell(c, k) : '–';
  };
  const rows: [string, number | string, string][] = [
    [t('attendance.planned'), participants.length, String(summary.planned)],
    [t('attendance.attended'), counts.attended, String(summary.attended)],
    [t('attendance.present'), counts.present, cell(summary.timing, 0)],
    [t('attendance.late'), counts.late, cell(summary.timing, 1)],
    [t('attendance.leftEarly'), counts.leftEarly, cell(summary.timing, 2)],
    [t('attendance.absent'), counts.absent, '–'],
    [t('attendance.notMarked'), counts.unrecorded, '–'],
  ];
  if (summary.continuity) {
    const returning = summary.continuity;
    rows.push([t('attendance.returning'), '', cell(returning, 0)], [t('attendance.isNew'), '', cell(returning, 1)]);
  }
  if (summary.guests) rows.push([t('attendance.guests'), session.guests, formatCell(summary.guests, k)]);
  const edit = routeHash({ name: 'session', groupId, sessionId: session.id });

  return (
    <section className="card record-card" aria-labelledby="record-attendance">
      <h2 id="record-attendance">{t('sections.attendance')}</h2>
      {!summary.recorded && <p className="warning">{t('attendance.notRecorded')}</p>}
      <table className="record-table record-table--compact">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('sections.attendance')}</span>
            </th>
            <th scope="col" className="num">
              {t('attendance.count')}
            </th>
            <th scope="col" className="num">
              {t('attendance.inSummary')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, exact, shown]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{exact}</td>
              <td className="num">{shown}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {session.number > 1 && !summary.continuity && <p className="field__hint">{t('attendance.continuityUnknown')}</p>}
      <p className="field__hint">{t('attendance.suppressionNote', { k, max: k - 1 })}</p>
      <p>
        <a href={edit}>{t('attendance.edit')}</a>
      </p>
    </section>
  );
}
