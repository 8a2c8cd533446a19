import { anyCase } from './normalise';
import type { Finding } from './types';

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_EN_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTHS_IT = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';

/** Italian months in any case; English months capitalised, or lower case after a day ("12 march"). */
const MONTH_AFTER_DAY = `(?:${MONTHS_EN}|${MONTHS_EN.toLowerCase()}|(?:${MONTHS_EN_SHORT})\\.?|${anyCase(MONTHS_IT)})`;
const MONTH_BEFORE_DAY = `(?:${MONTHS_EN}|(?:${MONTHS_EN_SHORT})\\.?)`;
const MONTH_BEFORE_YEAR = `(?:${MONTHS_EN}|${anyCase(MONTHS_IT)})`;
const YEAR = '(?:1[89]|20)\\d{2}';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const ORDINAL = '(?:st|nd|rd|th|°|º)';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** "12 March 2024", "3rd October", "12th of March", "3 maggio", "1° maggio 1958", "primo giugno". */
const DAY_MONTH = new RegExp(
  `${B}(?:${DAY}${ORDINAL}?|[pP]rimo)(?:\\s+of)?\\s+${MONTH_AFTER_DAY}(?:,?\\s+${YEAR})?${E}`,
  'gu',
);
/** "March 12, 2024", "March 12th". */
const MONTH_DAY = new RegExp(`${B}${MONTH_BEFORE_DAY}\\s+${DAY}${ORDINAL}?(?:,?\\s+${YEAR})?${E}`, 'gu');
/** "March 2024", "marzo 2025". */
const MONTH_YEAR = new RegExp(`${B}${MONTH_BEFORE_YEAR}\\s+${YEAR}${E}`, 'gu');
/** "12/03/2024", "12.03.24", "3-5-1958". */
const NUMERIC = /(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;
/** "2024-03-12", "2024/03/12". */
const ISO = /(?<![\p{L}\p{N}./-])((?:19|20)\d{2})([-/])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\p{L}\p{N}]|[./-]\d)/gu;
/** "il 18/04", "on 19/3": a day and month without a year, only after a word that introduces a date. */
const DAY_MONTH_NUMERIC =
  /(?<![\p{L}])(?:il|al|dal|del|entro il|fino al|on|from|until|by|since|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(\d{1,2}\/\d{1,2})(?![\p{L}\p{N}]|[./]\d)/giud;
/** A birth year: "born 1960", "born in 1960", "nato nel 1958", "classe 1958", "DOB: 1960". */
const BIRTH_YEAR =
  /(?<![\p{L}])(?:born|b\.|nat[oaie]|classe|dob|d\.o\.b\.|date of birth|data di nascita)(?:\s+(?:in|nel|il))?[\s:]+((?:19|20)\d{2})(?![\p{L}\p{N}])/giud;

function validDayMonth(first: number, second: number): boolean {
  if (first < 1 || second < 1) return false;
  return (first <= 31 && second <= 12) || (first <= 12 && second <= 31);
}

/**
 * Finds dates: numeric (12/03/2024, 12.03.24, 2024-03-12), written (12 March 2024, March 12, 2024,
 * 12 marzo 2024, 3 maggio, March 2024) and birth years (born 1960, nato nel 1958). A year alone is not a date.
 */
export function findDates(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, original: string): void => {
    findings.push({ start, end: start + original.length, type: 'DATE', original });
  };
  for (const pattern of [DAY_MONTH, MONTH_DAY, MONTH_YEAR]) {
    for (const match of text.matchAll(pattern)) add(match.index, match[0]);
  }
  for (const match of text.matchAll(NUMERIC)) {
    if (validDayMonth(Number(match[1]), Number(match[3]))) add(match.index, match[0]);
  }
  for (const match of text.matchAll(ISO)) add(match.index, match[0]);
  for (const pattern of [DAY_MONTH_NUMERIC, BIRTH_YEAR]) {
    for (const match of text.matchAll(pattern)) {
      const indices = match.indices?.[1];
      const value = match[1];
      if (!indices || value === undefined) continue;
      if (pattern === DAY_MONTH_NUMERIC) {
        const [day, month] = value.split('/').map(Number);
        if (!validDayMonth(day ?? 0, month ?? 0)) continue;
      }
      add(indices[0], value);
    }
  }
  return findings;
}
