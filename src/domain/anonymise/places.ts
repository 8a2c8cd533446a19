import {
  GENERIC_INSTITUTION_WORDS,
  HOSPITAL_NAMES,
  INSTITUTIONS_EN,
  INSTITUTIONS_IT,
  PLACES,
  STREET_TYPES_EN_NAMED,
  STREET_TYPES_IT,
} from './lexicon/places';
import { NOT_NAMES } from './lexicon/personWords';
import { DATA_STRONG_PLACES } from './lexicon/tables';
import { anyCase, escapeRegExp, foldWord, startsCapitalised, type FoldedText } from './normalise';
import { findIndexedPhrases, indexPhrases, type PhraseIndex } from './phrases';
import type { Finding, Span } from './types';

/** Long GeoNames entries ("Sant'Agata di Militello") are kept; past 32 letters they only slow the look-up. */
let gazetteer: PhraseIndex | undefined;
/** Built on first use, not when the app starts: most screens never anonymise anything. */
const getGazetteer = (): PhraseIndex => (gazetteer ??= indexPhrases([...PLACES, ...[...DATA_STRONG_PLACES].filter((key) => key.length <= 32)]));
const HOSPITALS = indexPhrases(HOSPITAL_NAMES);
const HAND_PLACE_KEYS: ReadonlySet<string> = new Set(PLACES.map(foldWord));
const PLACE_KEYS = { has: (key: string): boolean => HAND_PLACE_KEYS.has(key) || DATA_STRONG_PLACES.has(key) };

/** A capitalised word of a place name, possessive allowed: "Thomas'", "Mary's", "Maggie's". */
const EN_WORD = "\\p{Lu}[\\p{L}\\p{M}-]*(?:['’]s(?![\\p{L}])|['’](?![\\p{L}]))?";
const IT_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const IT_PARTICLE = "(?:di|del|della|dello|dei|degli|delle|San|Santa|Sant'|Santo)";

/** "St Thomas' Hospital", "Manchester Royal Infirmary", "Maggie's Centre". */
const INSTITUTION_EN = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(?:(?:St\\.?|Saint)\\s+)?${EN_WORD}(?:\\s+${EN_WORD}){0,3}\\s+(?:${INSTITUTIONS_EN.join('|')}|Centre|Center)(?![\\p{L}])`,
  'gu',
);
/** "Ospedale San Raffaele", "ospedale Niguarda", "Clinica Mangiagalli", "Istituto Nazionale dei Tumori". */
const INSTITUTION_IT = new RegExp(
  `(?<![\\p{L}])(?:${INSTITUTIONS_IT.map((word) => anyCase(escapeRegExp(word))).join('|')})(?:\\s+${IT_PARTICLE})?(?:\\s+${IT_WORD})(?:\\s+(?:${IT_PARTICLE}\\s+)?${IT_WORD})*`,
  'gu',
);
/** "St Mary's", "St Luke's Church Hall": a saint's name standing for a school, church, hall or hospital. */
const SAINT_PLACE =
  /(?<![\p{L}])(?:St\.?|Saint)\s+\p{Lu}[\p{L}\p{M}-]*(?:['’]s(?![\p{L}])|['’](?![\p{L}]))?(?!\s+Day)(?:\s+(?:Church|Hall|Chapel|School|Primary|Academy|College|Surgery|Centre|Center))*/gu;
/** "Hope Street", "Baker St": a named street without a house number. */
const STREET_EN = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\s+){1,3}(?:${STREET_TYPES_EN_NAMED.join('|')})(?![\\p{L}])`,
  'gu',
);
/**
 * "piazza Duomo", "Via Roma", "via del Corso": an Italian street or square without a house number. Lower-case
 * "via" and "corso" count only before a particle, since "via Zoom" and "corso Base" are not places.
 */
const STREET_IT = new RegExp(
  `(?<![\\p{L}])(?:(?:Via|Corso|${STREET_TYPES_IT.filter((type) => type !== 'via' && type !== 'corso').map(anyCase).join('|')})\\s+(?:${IT_PARTICLE}\\s+)?|(?:via|corso)\\s+${IT_PARTICLE}\\s+)${IT_WORD}(?:\\s+${IT_WORD})*`,
  'gu',
);

/** Cuts an Italian institution name before a particle that introduces a city ("Policlinico Gemelli | di Roma"). */
function cutBeforeCity(start: number, original: string): Span {
  const words = [...original.matchAll(/\S+/g)];
  for (let index = 2; index < words.length; index++) {
    const word = words[index];
    const previous = words[index - 1];
    if (word && previous && /^(?:di|del|della)$/i.test(previous[0]) && PLACE_KEYS.has(foldWord(word[0]))) {
      return { start, end: start + previous.index - 1 };
    }
  }
  return { start, end: start + original.length };
}

/** Drops leading words that open a sentence rather than a name ("The Royal Free Hospital"). */
function dropLeadingCommonWords(text: string, span: Span): Span | null {
  let { start } = span;
  for (;;) {
    const word = /^\S+/.exec(text.slice(start, span.end))?.[0] ?? '';
    if (!NOT_NAMES.has(foldWord(word))) break;
    const next = text.slice(start + word.length, span.end).search(/\S/);
    if (next < 0) return null;
    start += word.length + next;
  }
  return { start, end: span.end };
}

function isGenericInstitution(name: string): boolean {
  const words = name.split(/\s+/).slice(0, -1);
  return words.every((word) => GENERIC_INSTITUTION_WORDS.has(foldWord(word)));
}

function collectSpans(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The city after an address or a five-digit postcode ("…, Springfield, IL", "20121 Milano"). */
function citiesNear(text: string, anchors: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const anchor of anchors) {
    const after = /^,?\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?)(?=\s*,|\s+[A-Z]{2}\s+\d{5}|\s+\(|\s*[.;]|\s*$)/u.exec(
      text.slice(anchor.end),
    );
    const city = after?.[1];
    if (!after || !city || /^[A-Z]{2}$/.test(city) || NOT_NAMES.has(foldWord(city))) continue;
    const start = anchor.end + after[0].length - city.length;
    spans.push({ start, end: start + city.length });
  }
  return spans;
}

/**
 * Finds places and the institutions known by a place-like name: gazetteer towns and regions (LOCATION);
 * hospitals known by name and institution names ("Ospedale San Raffaele", "St Thomas' Hospital") as
 * ORGANISATION; streets and squares without a house number ("Hope Street", "piazza Duomo"); and the city
 * written after a street address or a postcode. Every place must be capitalised in the text.
 */
export function findPlaces(text: string, folded: FoldedText, addressesAndPostcodes: readonly Span[]): Finding[] {
  const spans: Span[] = findIndexedPhrases(folded, getGazetteer(), { capitalisedIn: text })
    .filter((match) => startsCapitalised(text.slice(match.start)))
    .map(({ start, end }) => ({ start, end }));
  const organisations: Span[] = findIndexedPhrases(folded, HOSPITALS, { capitalisedIn: text })
    .filter((match) => startsCapitalised(text.slice(match.start)))
    .map(({ start, end }) => ({ start, end }));
  for (const span of collectSpans(text, INSTITUTION_EN)) {
    const trimmed = dropLeadingCommonWords(text, span);
    if (!trimmed) continue;
    const name = text.slice(trimmed.start, trimmed.end);
    const isCentre = /(?:Centre|Center)$/.test(name) && !/(?:Medical|Health) (?:Centre|Center)$/.test(name);
    if (isCentre ? !/['’]s\s+(?:Centre|Center)$/.test(name) : isGenericInstitution(name)) continue;
    organisations.push(trimmed);
  }
  for (const match of text.matchAll(INSTITUTION_IT)) organisations.push(cutBeforeCity(match.index, match[0]));
  organisations.push(...collectSpans(text, SAINT_PLACE));
  for (const span of collectSpans(text, STREET_EN)) {
    const trimmed = dropLeadingCommonWords(text, span);
    if (trimmed && /\s/.test(text.slice(trimmed.start, trimmed.end))) spans.push(trimmed);
  }
  spans.push(...collectSpans(text, STREET_IT));
  spans.push(...citiesNear(text, addressesAndPostcodes));
  return [
    ...spans.map((span): Finding => ({ ...span, type: 'LOCATION', original: text.slice(span.start, span.end) })),
    ...organisations.map((span): Finding => ({ ...span, type: 'ORGANISATION', original: text.slice(span.start, span.end) })),
  ];
}
