import { PLACES, STREET_TYPES_EN, STREET_TYPES_IT, US_STATES } from './lexicon/places';
import { anyCase, foldWord } from './normalise';
import type { Finding, Span } from './types';

const PLACE_KEYS: ReadonlySet<string> = new Set(PLACES.map(foldWord));

/** A capitalised word of a street name: "Baker", "Thomas'", "Sant'Ambrogio". */
const STREET_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** Italian street-name particles and numerals: "via dei Mille", "Via XX Settembre", "Via 25 Aprile". */
const IT_PARTICLE = "(?:di|del|della|dello|dei|degli|delle|d'|dell'|San|Santa|Sant'|Santo)";
const IT_NAME_WORD = `(?:${STREET_WORD}|[IVXLC]+|\\d{1,2})`;

/** "12 Baker Street", "221B Baker St", "45 Elm Road": house number, one to three words, street type. */
const ADDRESS_EN = new RegExp(
  `(?<![\\p{L}\\p{N}])\\d{1,5}[A-Za-z]?\\s+(?:${STREET_WORD}\\s+){1,3}(?:${STREET_TYPES_EN.join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
/** "Via Roma 12", "via Garibaldi, 3", "Piazza Duomo 1", "Corso Italia 45", "viale Monza 140/B". */
const ADDRESS_IT = new RegExp(
  `(?<![\\p{L}])(?:${STREET_TYPES_IT.map(anyCase).join('|')})\\s+(?:${IT_PARTICLE}\\s*)?${IT_NAME_WORD}(?:\\s+(?:${IT_PARTICLE}\\s*)?${STREET_WORD})*,?\\s+\\d{1,4}[A-Za-z]?(?:\\/\\d{1,4}[A-Za-z]?|\\/[A-Za-z])?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** UK postcode: "SW1A 1AA", "M1 1AE", "LS6 2AB". */
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
/** Five digits (US ZIP, ZIP+4, Italian CAP); kept only in an address context. */
const FIVE_DIGITS = /(?<![\p{L}\p{N}.,/-])\d{5}(?:-\d{4})?(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const POSTCODE_WORD =
  /(?<![\p{L}])(?:cap|c\.a\.p\.|zip|zip code|postcode|post code|postal code|codice postale)(?![\p{L}])[^\n\d]{0,20}$/iu;
const STATE_BEFORE = /(?<![\p{L}])([A-Z]{2})\s+$/u;
const CITY_AFTER = /^\s+(\p{Lu}[\p{L}\p{M}'’-]+)/u;

/** Finds street addresses with a house number, English and Italian. The city and postcode are left out. */
export function findAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [ADDRESS_EN, ADDRESS_IT]) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ start: match.index, end: match.index + match[0].length, type: 'ADDRESS', original: match[0] });
    }
  }
  return findings;
}

/**
 * Finds postcodes: UK postcodes anywhere; five-digit codes (US ZIP, Italian CAP) only in an address context —
 * after "CAP", "ZIP" or "postcode", after a US state code ("IL 62704"), right after a street address, or before
 * a known city ("20121 Milano").
 */
export function findPostcodes(text: string, addresses: readonly Span[]): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(UK_POSTCODE)) {
    findings.push({ start: match.index, end: match.index + match[0].length, type: 'POSTCODE', original: match[0] });
  }
  for (const match of text.matchAll(FIVE_DIGITS)) {
    const start = match.index;
    const before = text.slice(Math.max(0, start - 40), start);
    const state = STATE_BEFORE.exec(before)?.[1];
    const city = CITY_AFTER.exec(text.slice(start + match[0].length))?.[1];
    const afterAddress = addresses.some((address) => address.end <= start && start - address.end <= 3);
    const inContext =
      POSTCODE_WORD.test(before) ||
      (state !== undefined && US_STATES.has(state)) ||
      afterAddress ||
      (city !== undefined && PLACE_KEYS.has(foldWord(city)));
    if (inContext) findings.push({ start, end: start + match[0].length, type: 'POSTCODE', original: match[0] });
  }
  return findings;
}
