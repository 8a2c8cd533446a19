import {
  HEALTH_AUTHORITIES_IT,
  KNOWN_ORGANISATIONS,
  ORGANISATION_ENDS_EN,
  ORGANISATION_STARTS_EN,
  ORGANISATION_STARTS_IT,
  ORGANISATION_STARTS_IT_LOWER,
  WARD_SPECIALTIES,
} from './lexicon/organisations';
import { GENERIC_INSTITUTION_WORDS } from './lexicon/places';
import { NOT_NAMES } from './lexicon/personWords';
import { PLACE_KEYS } from './nameContext';
import { escapeRegExp, foldWord, startsCapitalised, type FoldedText } from './normalise';
import { findIndexedPhrases, indexPhrases } from './phrases';
import type { Finding, Span } from './types';

/*
 * Organisations: hospitals, wards, health services, associations, schools, parishes. Found from the words
 * that end or start their names ("… Carers Network", "Associazione …", "reparto …"), named wards ("Ward 23",
 * "Rainbow Ward"), specialties written as a ward ("in Neurologia"), Italian health authorities ("ASL Roma 2")
 * and a list of well-known names used alone ("Niguarda", "Addenbrooke's", "Macmillan").
 */

const KNOWN = indexPhrases(KNOWN_ORGANISATIONS);
const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|');

/** A capitalised word of a name, possessive allowed: "Bede's", "Children's", "Alzheimer's", "NeMO", "7B". */
const WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|\\d+[A-Z]?)";
/** Small words inside a name: "Hospital for Wales", "Lega del Filo d'Oro", "Comunità di Sant'Egidio". */
const JOIN_EN = '(?:of|for|and|&|the|on)';
const JOIN_IT = "(?:di|del|della|dello|dei|degli|delle|per|e|d'|dell'|San|Santa|Sant'|Santo)";

const ENDS_EN = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])${WORD}(?:\\s+(?:${JOIN_EN}\\s+)?${WORD}){0,4}\\s+(?:${alternatives(ORGANISATION_ENDS_EN)})(?:\\s+(?:for|of)\\s+${WORD}(?:\\s+${WORD})?)?(?![\\p{L}])`,
  'gu',
);
const STARTS_EN = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(ORGANISATION_STARTS_EN)})\\s+(?:(?:of|for)\\s+)?(?:St\\.?\\s+)?${WORD}(?:\\s+${WORD}){0,3}`,
  'gu',
);
const STARTS_IT = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(ORGANISATION_STARTS_IT)})(?:\\s+(?:${JOIN_IT})\\s*|\\s+)${WORD}(?:(?:\\s+(?:${JOIN_IT})\\s*|\\s+)${WORD}){0,5}`,
  'gu',
);
const STARTS_IT_LOWER = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(ORGANISATION_STARTS_IT_LOWER)})\\s+${WORD}(?:(?:\\s+(?:${JOIN_IT})\\s*|\\s+)${WORD}){0,4}`,
  'gu',
);
/** "Ward 23", "Ward 7B", "reparto 4". */
const NUMBERED_WARD = /(?<![\p{L}])(?:Ward|Bay|Reparto|reparto|Padiglione|padiglione)\s+\d+[A-Z]?(?![\p{L}\p{N}])/gu;
const SPECIALTY = new RegExp(`(?<![\\p{L}])(?:${alternatives(WARD_SPECIALTIES)})(?![\\p{L}])`, 'gu');
const AUTHORITY = new RegExp(
  `(?<![\\p{L}])(?:${HEALTH_AUTHORITIES_IT.join('|')})(?:\\s+(?:di\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\d+)?|\\s+\\d+)(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Cheap tests that skip the slower patterns when none of their words is in the text at all. */
const HAS_END_EN = new RegExp(`(?:${alternatives(ORGANISATION_ENDS_EN)})(?![\\p{L}])`, 'u');
const HAS_START_EN = new RegExp(`(?:${alternatives(ORGANISATION_STARTS_EN)})\\s`, 'u');
const HAS_START_IT = new RegExp(`(?:${alternatives([...ORGANISATION_STARTS_IT, ...ORGANISATION_STARTS_IT_LOWER])})\\s`, 'u');

/** Drops leading words that open a sentence or are articles ("The", "Our", "Il"). */
function trimLeading(text: string, span: Span): Span | null {
  let { start } = span;
  for (;;) {
    const word = /^\S+/.exec(text.slice(start, span.end))?.[0] ?? '';
    const key = foldWord(word);
    if (!NOT_NAMES.has(key) && !['our', 'my', 'their', 'local'].includes(key)) break;
    const next = text.slice(start + word.length, span.end).search(/\S/);
    if (next < 0) return null;
    start += word.length + next;
  }
  return { start, end: span.end };
}

/** Whether every word but the last is generic ("the Day Hospital", "Primary School"): no name in it. */
function isGeneric(name: string): boolean {
  const words = name.split(/\s+/).slice(0, -1);
  return words.length === 0 || words.every((word) => GENERIC_INSTITUTION_WORDS.has(foldWord(word)) || /^(?:primary|secondary|high|catholic|junior|infant|nursery|sixth|form|grammar|comprehensive|carers|care|support|day|family|youth|community|church|parish|hospital|cancer)$/i.test(word));
}

function spansOf(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Ends an Italian name before the city after it ("Policlinico Gemelli | di Roma"): the city is a place of its own. */
function cutBeforeCity(text: string, span: Span): Span {
  const name = text.slice(span.start, span.end);
  for (const match of name.matchAll(/\s+(?:di|del|della)\s+(\p{Lu}[\p{L}\p{M}'’-]*)/gu)) {
    if (match.index > 0 && PLACE_KEYS.has(foldWord(match[1] ?? ''))) return { start: span.start, end: span.start + match.index };
  }
  return span;
}

/** Finds organisation names. */
export function findOrganisations(text: string, folded: FoldedText): Finding[] {
  const spans: Span[] = findIndexedPhrases(folded, KNOWN, { capitalisedIn: text })
    .filter((match) => startsCapitalised(text.slice(match.start)))
    .map(({ start, end }) => ({ start, end }));
  const endsEn = HAS_END_EN.test(text) ? spansOf(text, ENDS_EN) : [];
  for (const span of endsEn) {
    const trimmed = trimLeading(text, span);
    if (trimmed && !isGeneric(text.slice(trimmed.start, trimmed.end))) spans.push(trimmed);
  }
  for (const span of HAS_START_EN.test(text) ? spansOf(text, STARTS_EN) : []) {
    const trimmed = trimLeading(text, span);
    if (trimmed && /\s\S/.test(text.slice(trimmed.start, trimmed.end))) spans.push(trimmed);
  }
  if (HAS_START_IT.test(text)) {
    for (const span of [...spansOf(text, STARTS_IT), ...spansOf(text, STARTS_IT_LOWER)]) spans.push(cutBeforeCity(text, span));
  }
  spans.push(...spansOf(text, NUMBERED_WARD));
  spans.push(...spansOf(text, SPECIALTY), ...spansOf(text, AUTHORITY));
  return spans.map((span) => ({ ...span, type: 'ORGANISATION', original: text.slice(span.start, span.end) }));
}
