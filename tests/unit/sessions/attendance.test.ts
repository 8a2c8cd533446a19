import { describe, expect, it } from 'vitest';
import { attendanceCounts, hasAttendance, isAttendanceStatus } from '../../../src/domain/attendance';

describe('attendance counts', () => {
  it('counts each status over the current roster only', () => {
    const counts = attendanceCounts({ a: 'present', b: 'late', c: 'leftEarly', d: 'absent', gone: 'present' }, ['a', 'b', 'c', 'd', 'e']);
    expect(counts).toEqual({ present: 1, late: 1, leftEarly: 1, absent: 1, unrecorded: 1, attended: 3 });
  });
  it('handles an empty roster and nothing recorded', () => {
    expect(attendanceCounts({}, [])).toMatchObject({ attended: 0, unrecorded: 0 });
    expect(hasAttendance({}, ['a'])).toBe(false);
    expect(hasAttendance({ a: 'absent' }, ['a'])).toBe(true);
  });
  it('knows the four statuses', () => {
    expect(isAttendanceStatus('late')).toBe(true);
    expect(isAttendanceStatus('maybe')).toBe(false);
  });
});
