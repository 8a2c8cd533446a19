import type { Lang } from '../types';
import type { Finding, FindingType } from './types';

const PLACEHOLDERS: Record<Lang, Record<FindingType, string>> = {
  en: {
    ROSTER_NAME: '[name]',
    PERSON: '[name]',
    EMAIL: '[email]',
    PHONE: '[phone]',
    DATE: '[date]',
    AGE: '[age]',
    ADDRESS: '[address]',
    POSTCODE: '[postcode]',
    ID_NUMBER: '[id]',
    URL: '[link]',
    LOCATION: '[place]',
    ORGANISATION: '[organisation]',
    HANDLE: '[handle]',
    CONDITION: '[condition]',
    DENY_LIST: '[redacted]',
  },
  it: {
    ROSTER_NAME: '[nome]',
    PERSON: '[nome]',
    EMAIL: '[email]',
    PHONE: '[telefono]',
    DATE: '[data]',
    AGE: '[età]',
    ADDRESS: '[indirizzo]',
    POSTCODE: '[CAP]',
    ID_NUMBER: '[codice]',
    URL: '[link]',
    LOCATION: '[luogo]',
    ORGANISATION: '[struttura]',
    HANDLE: '[profilo]',
    CONDITION: '[condizione]',
    DENY_LIST: '[omesso]',
  },
};

/** The neutral text that stands in for a finding of this type, in the text's language. */
export function placeholderFor(type: FindingType, lang: Lang): string {
  return PLACEHOLDERS[lang][type];
}

/**
 * Rebuilds the output text from a list of findings over `text`, for instance after the facilitator has undone
 * a finding or added one by hand on the review screen. Findings may come in any order; ranges outside the text
 * are clamped, and a finding that overlaps an earlier one is merged into it so no character is left showing.
 */
export function applyFindings(text: string, findings: readonly Finding[], lang: Lang): string {
  const sorted = findings
    .map((finding) => ({
      ...finding,
      start: Math.max(0, Math.min(text.length, finding.start)),
      end: Math.max(0, Math.min(text.length, finding.end)),
    }))
    .filter((finding) => finding.end > finding.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let output = '';
  let cursor = 0;
  for (const finding of sorted) {
    if (finding.start < cursor) {
      cursor = Math.max(cursor, finding.end);
      continue;
    }
    output += text.slice(cursor, finding.start) + (finding.label ?? placeholderFor(finding.type, lang));
    cursor = finding.end;
  }
  return output + text.slice(cursor);
}
