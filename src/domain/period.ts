import type { DatePrecision } from './types';

/**
 * The period a summary covers and the file name it is saved under. A rare-disease group can be
 * re-identified from condition + place + date, so groups may choose ISO weeks instead of exact days
 * (DOMAIN.md §6.4); file names carry only the group code, the session number and that period (§6.3).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a calendar date "yyyy-mm-dd" into UTC midnight, or null when it is not a real date. */
export function parseIsoDate(isoDate: string): Date | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/** The ISO 8601 week of a calendar date: week-numbering year and week 1..53. */
export function isoWeek(isoDate: string): { year: number; week: number } | null {
  const date = parseIsoDate(isoDate);
  if (!date) return null;
  // The week belongs to the year of its Thursday (ISO 8601).
  const day = date.getUTCDay() || 7;
  const thursday = new Date(date.getTime() + (4 - day) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - firstDay) / 86_400_000 / 7) + 1;
  return { year, week };
}

/** "2026-W48" for a date, or null when the date is not valid. */
export function isoWeekLabel(isoDate: string): string | null {
  const week = isoWeek(isoDate);
  return week ? `${week.year}-W${String(week.week).padStart(2, '0')}` : null;
}

/** The local calendar date (yyyy-mm-dd) of a moment: the day a facilitator would write on paper. */
export function localIsoDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The period label of a summary: the exact date ("2026-11-24") or the ISO week ("2026-W48") as the group
 * chose, or null when the session has no date at all.
 */
export function periodLabel(isoDate: string | null, precision: DatePrecision): string | null {
  if (!isoDate || !parseIsoDate(isoDate)) return null;
  return precision === 'isoWeek' ? isoWeekLabel(isoDate) : isoDate;
}

/** The date a session happened: its planned date, else the day it was run, else none. */
export function sessionIsoDate(session: { date: string | null; startedAt: number | null }): string | null {
  if (session.date && parseIsoDate(session.date)) return session.date;
  return session.startedAt !== null ? localIsoDate(session.startedAt) : null;
}

const UNSAFE = /[^A-Za-z0-9_-]+/g;
const MAX_CODE_CHARS = 40;

/** Reduce any text to file-name-safe characters (letters, digits, dash, underscore); never empty. */
export function sanitiseFilePart(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNSAFE, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, MAX_CODE_CHARS);
  return cleaned || 'group';
}

/**
 * The summary PDF's file name from the group code, the session number and the period only, e.g.
 * "GRV-24A_S2_2026-W48.pdf" — never from a group's display name or anything a person wrote.
 */
export function summaryFileName(groupCode: string, sessionNumber: number, period: string | null): string {
  const session = Number.isInteger(sessionNumber) && sessionNumber > 0 ? sessionNumber : 0;
  const parts = [sanitiseFilePart(groupCode), `S${session}`];
  if (period) parts.push(sanitiseFilePart(period));
  return `${parts.join('_')}.pdf`;
}
