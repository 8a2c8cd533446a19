import { describe, expect, it } from 'vitest';
import {
  isoWeekLabel,
  parseIsoDate,
  periodLabel,
  sanitiseFilePart,
  sessionIsoDate,
  summaryFileName,
} from '../../../src/domain/period';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-24', '2026-W48'],
    ['2026-01-01', '2026-W01'], // a Thursday
    ['2027-01-01', '2026-W53'], // Friday: belongs to the last week of 2026
    ['2024-12-30', '2025-W01'], // Monday of the first week of 2025
    ['2021-01-03', '2020-W53'],
    ['2020-02-29', '2020-W09'],
  ])('%s is %s', (date, week) => {
    expect(isoWeekLabel(date)).toBe(week);
  });

  it('refuses dates that do not exist', () => {
    expect(parseIsoDate('2026-02-30')).toBeNull();
    expect(isoWeekLabel('2026-13-01')).toBeNull();
    expect(isoWeekLabel('24/11/2026')).toBeNull();
  });
});

describe('periodLabel', () => {
  it('follows the group date precision', () => {
    expect(periodLabel('2026-11-24', 'day')).toBe('2026-11-24');
    expect(periodLabel('2026-11-24', 'isoWeek')).toBe('2026-W48');
    expect(periodLabel(null, 'day')).toBeNull();
    expect(periodLabel('nonsense', 'isoWeek')).toBeNull();
  });

  it('uses the day a session was run when it has no planned date', () => {
    const ran = new Date(2026, 10, 24, 10, 0).getTime();
    expect(sessionIsoDate({ date: null, startedAt: ran })).toBe('2026-11-24');
    expect(sessionIsoDate({ date: '2026-11-20', startedAt: ran })).toBe('2026-11-20');
    expect(sessionIsoDate({ date: null, startedAt: null })).toBeNull();
  });
});

describe('summaryFileName', () => {
  it('is made of the group code, session number and period only', () => {
    expect(summaryFileName('GRV-24A', 2, '2026-W48')).toBe('GRV-24A_S2_2026-W48.pdf');
    expect(summaryFileName('GRV-24A', 3, '2026-11-24')).toBe('GRV-24A_S3_2026-11-24.pdf');
    expect(summaryFileName('GRV-24A', 1, null)).toBe('GRV-24A_S1.pdf');
  });

  it('sanitises anything unsafe for a file name', () => {
    expect(summaryFileName('../etc/passwd', 1, null)).toBe('etc-passwd_S1.pdf');
    expect(summaryFileName('Città  nuova', 1, null)).toBe('Citta-nuova_S1.pdf');
    expect(summaryFileName('', 0, null)).toBe('group_S0.pdf');
    expect(sanitiseFilePart('a'.repeat(80))).toHaveLength(40);
    expect(summaryFileName('A:B*C?', 4, '2026-W01')).toMatch(/^[A-Za-z0-9_-]+\.pdf$/);
  });
});
