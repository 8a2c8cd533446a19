import type { AttendanceStatus, Session } from './types';

/** The four attendance states, in the order the planner offers them. */
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'leftEarly', 'absent'];

export function isAttendanceStatus(value: unknown): value is AttendanceStatus {
  return typeof value === 'string' && (ATTENDANCE_STATUSES as readonly string[]).includes(value);
}

export interface AttendanceCounts {
  present: number;
  late: number;
  leftEarly: number;
  absent: number;
  /** Participants with nothing recorded yet. */
  unrecorded: number;
  /** Everyone who came at all: present + late + left early. */
  attended: number;
}

/**
 * Counts for one session over the group's current roster. Entries for participants no longer in the
 * roster are ignored, so a removed participant never inflates a count.
 */
export function attendanceCounts(attendance: Session['attendance'], participantIds: readonly string[]): AttendanceCounts {
  const counts: AttendanceCounts = { present: 0, late: 0, leftEarly: 0, absent: 0, unrecorded: 0, attended: 0 };
  for (const id of participantIds) {
    const status = attendance[id];
    if (status === undefined) counts.unrecorded += 1;
    else counts[status] += 1;
  }
  counts.attended = counts.present + counts.late + counts.leftEarly;
  return counts;
}

/** Whether any attendance has been recorded for the session. */
export function hasAttendance(attendance: Session['attendance'], participantIds: readonly string[]): boolean {
  return participantIds.some((id) => attendance[id] !== undefined);
}
