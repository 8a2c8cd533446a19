import type { Finding } from './types';

/*
 * Identifiers with letters and separators: UK national insurance numbers (with or without spaces), IBANs (with a
 * valid check), and reference numbers with letters, hyphens or slashes ("HSG-2024/0417", "CR/88123/B").
 */

/** UK national insurance number: two letters (any: HMRC's own examples use "QQ"), three pairs of digits, A–D. */
const NI_NUMBER = /(?<![\p{L}\p{N}])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\p{L}\p{N}])/gu;
/** IBAN: country, two check digits, then up to 30 letters and digits, in groups of four or not. */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
/** Letters and digits in two to six parts joined by hyphens or slashes. */
const REFERENCE = /(?<![\p{L}\p{N}/-])[A-Z0-9]{1,12}(?:[/-][A-Z0-9]{1,12}){1,5}(?![\p{L}\p{N}]|[/-][\p{L}\p{N}])/gu;
const DATE_LIKE = /^\d{1,4}[/-]\d{1,2}(?:[/-]\d{1,4})?$/;
/** A reference introduced by its label: "reference 4471", "protocollo n. 12345", "passport number 5333…". */
const LABELLED =
  /(?<![\p{L}])(?:ref(?:erence)?(?:\s+(?:number|no\.?))?|ref\.|claim number|passport(?:\s+(?:number|no\.?))?|numero di passaporto|passaporto|protocollo|prot\.|pratica|codice pratica|n\.\s*pratica|iban)(?:\s*(?::|#|n\.|nr\.?|numero|number|is|was|è|=))*\s*([A-Z0-9][A-Z0-9/-]{3,30})(?![\p{L}\p{N}])/giud;

/** The ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 must be 1. */
export function isValidIban(candidate: string): boolean {
  const compact = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function digitCount(text: string): number {
  return text.match(/\d/g)?.length ?? 0;
}

/** 16 to 20 digits in one run: a card, tessera sanitaria or account number (phone numbers are shorter). */
const LONG_NUMBER = /(?<![\p{L}\p{N}+])\d{16,20}(?![\p{L}\p{N}])/gu;

/** Finds NI numbers, IBANs and reference numbers. */
export function findReferences(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, original: string): void => {
    findings.push({ start, end: start + original.length, type: 'ID_NUMBER', original });
  };
  for (const match of text.matchAll(NI_NUMBER)) add(match.index, match[0]);
  for (const match of text.matchAll(LONG_NUMBER)) add(match.index, match[0]);
  for (const match of text.matchAll(IBAN)) if (isValidIban(match[0])) add(match.index, match[0].trimEnd());
  for (const match of text.matchAll(REFERENCE)) {
    const reference = match[0];
    if (DATE_LIKE.test(reference) || digitCount(reference) < 3) continue;
    // Digits only it may be a phone number, a ZIP+4 or a date: those count only after a label (below).
    if (!/[A-Z]/.test(reference)) continue;
    add(match.index, reference);
  }
  for (const match of text.matchAll(LABELLED)) {
    const id = match[1];
    const indices = match.indices?.[1];
    if (id && indices && digitCount(id) >= 3) add(indices[0], id);
  }
  return findings;
}
