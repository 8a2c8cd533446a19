import type { Group, Session } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last scheduled session date of a programme (yyyy-mm-dd), or null when no session has a date. */
export function programmeEnd(sessions: readonly Pick<Session, 'date'>[]): string | null {
  const dates = sessions.map((session) => session.date).filter((date): date is string => Boolean(date));
  return dates.length ? dates.sort().at(-1)! : null;
}

export interface RetentionStatus {
  /** Last session date, or null while the programme has no dated session. */
  endDate: string | null;
  /** The day from which raw content should be wiped: end date + the group's retention days. */
  dueDate: string | null;
  due: boolean;
}

/**
 * Storage limitation (DOMAIN.md §6.3 rule 5): raw tree content, private notes and names kept for redaction
 * are due for wiping once the programme has ended and the group's grace period (default 30 days) has passed.
 * Grove never wipes on its own; it tells the facilitator, who decides.
 */
export function retentionStatus(group: Pick<Group, 'retentionDays'>, sessions: readonly Pick<Session, 'date'>[], now: number): RetentionStatus {
  const endDate = programmeEnd(sessions);
  if (!endDate) return { endDate: null, dueDate: null, due: false };
  const due = new Date(Date.parse(`${endDate}T00:00:00Z`) + group.retentionDays * DAY_MS);
  const dueDate = due.toISOString().slice(0, 10);
  const today = new Date(now).toISOString().slice(0, 10);
  return { endDate, dueDate, due: today >= dueDate };
}
