import type { Finding } from './types';

/** Italian codice fiscale; digits may be replaced by letters for homonyms (omocodia). */
const CODICE_FISCALE = /(?<![\p{L}\p{N}])[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\p{L}\p{N}])/giu;
/** NHS number: ten digits, usually 3-3-4. */
const NHS_NUMBER = /(?<![\w+/.-])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\w/-]|\.\d)/g;
/** US social security number, with the ranges that are never issued left out. */
const SSN = /(?<![\w-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])/g;
/** An identifier introduced by its label: "hospital number RTH4471923", "tessera sanitaria n. 8038…". */
const LABELLED_ID =
  /(?<![\p{L}])(?:hospital (?:number|no\.?)|patient (?:id|number|no\.?)|mrn|medical record number|nhs (?:number|no\.?)|ssn|tessera sanitaria|numero (?:di )?(?:cartella|tessera|pratica)|cartella(?: clinica)?|codice paziente|id paziente|n\.? cartella|case number|record number|file number)(?:\s*(?::|#|n\.|nr\.?|numero|is|was|è|=))*\s*([A-Z0-9][A-Z0-9/-]{3,24})(?![\p{L}\p{N}])/giud;

const PHONE_WORDS = /(?:phone|tel|call|ring|mobile|cell|fax|telefono|cellulare|chiama|numero di telefono)[^\n]{0,20}$/i;

/** The NHS check digit: weights 10..2 over the first nine digits, mod 11. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/** Finds ID numbers: codice fiscale, NHS numbers (checked), US SSNs and labelled identifiers. */
export function findIdNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, original: string): void => {
    findings.push({ start, end: start + original.length, type: 'ID_NUMBER', original });
  };
  for (const match of text.matchAll(CODICE_FISCALE)) {
    if ((match[0].match(/\d/g)?.length ?? 0) >= 2) add(match.index, match[0]);
  }
  for (const match of text.matchAll(NHS_NUMBER)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.startsWith('0') || !isValidNhsNumber(digits)) continue;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (PHONE_WORDS.test(before) && !/nhs/i.test(before)) continue;
    add(match.index, match[0]);
  }
  for (const match of text.matchAll(SSN)) add(match.index, match[0]);
  for (const match of text.matchAll(LABELLED_ID)) {
    const id = match[1];
    const indices = match.indices?.[1];
    if (id && indices && (id.match(/\d/g)?.length ?? 0) >= 3) add(indices[0], id);
  }
  return findings;
}
