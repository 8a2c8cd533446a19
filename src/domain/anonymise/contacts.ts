import type { Finding, FindingType } from './types';

const EMAIL = /(?<![\w.+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL = /(?<![\w@./-])(?:https?:\/\/|www\.)[^\s<>"'“”«»]+/giu;
/** A bare domain with a usual ending, optionally with a path: "facebook.com/anna", "grove.org.uk". */
const DOMAIN = /(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|info|io|eu|it|uk|ie|us)(?:\/[^\s<>"']*)?(?![\w@])/giu;
/** "@mari.draws", "@Rosaria.Sorride", and Reddit's "u/sleepy_fern". */
const HANDLE = /(?<![\w@./])(?:@|u\/)[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/g;

/** Trailing punctuation that ends the sentence rather than the link. */
function trimTrailingPunctuation(text: string): string {
  return text.replace(/[.,;:!?)\]}'"]+$/u, '');
}

function collect(text: string, pattern: RegExp, type: FindingType, trim: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    const original = trim ? trimTrailingPunctuation(match[0]) : match[0];
    if (original.length < 2) continue;
    findings.push({ start: match.index, end: match.index + original.length, type, original });
  }
  return findings;
}

/** Finds e-mail addresses. */
export function findEmails(text: string): Finding[] {
  return collect(text, EMAIL, 'EMAIL', false);
}

/** Finds links (http(s)://, www., bare domains). */
export function findLinks(text: string): Finding[] {
  return [...collect(text, URL, 'URL', true), ...collect(text, DOMAIN, 'URL', true)];
}

/** Finds online handles: "@name", "u/name". */
export function findHandles(text: string): Finding[] {
  return collect(text, HANDLE, 'HANDLE', false);
}

/**
 * A run of digits that may be a phone number: an optional +country or 00 prefix with an optional "(0)", an
 * optional area code in brackets, then digits in groups split by single spaces, dots, slashes or hyphens.
 */
const PHONE = /(?<![\w+/.-])(?:(?:\+|00)\d{1,3}[ .-]?(?:\(0\)[ ]?)?)?(?:\(\d{1,5}\)[ .-]?)?\d(?:[ ./-]?\d){5,15}(?![\w@]|[./-]\d)/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const YEAR = /^(?:19|20)\d{2}$/;
const ZIP_PLUS_FOUR = /^\d{5}-\d{4}$/;

/** Whether a candidate looks like a phone number rather than a date, a year list or a count. */
function isPhoneNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  const international = /^(?:\+|00)/.test(candidate);
  if (international ? digits.length < 8 || digits.length > 15 : digits.length < 9 || digits.length > 12) {
    return false;
  }
  if (DATE_LIKE.test(candidate) || ZIP_PLUS_FOUR.test(candidate)) return false;
  const groups = candidate.split(/[^\d]+/).filter((group) => group.length > 0);
  if (!international && groups.length > 1 && groups.every((group) => group.length <= 2)) return false;
  if (groups.length > 1 && groups.every((group) => YEAR.test(group))) return false;
  return true;
}

/** Finds phone numbers: Italian, UK, US and international formats. */
export function findPhones(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(PHONE)) {
    if (!isPhoneNumber(match[0])) continue;
    findings.push({ start: match.index, end: match.index + match[0].length, type: 'PHONE', original: match[0] });
  }
  return findings;
}
