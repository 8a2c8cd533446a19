import {
  CONDITION_ABBREVIATIONS,
  CONDITION_PHRASES,
  EPONYM_NOUNS_AFTER,
  EPONYM_NOUNS_BEFORE,
  EPONYMS,
  EPONYMS_WITH_NOUN_ONLY,
} from './lexicon/conditions';
import { anyCase, escapeRegExp, type FoldedText } from './normalise';
import { findIndexedPhrases, indexPhrases } from './phrases';
import type { Finding, Span } from './types';

const PHRASES = indexPhrases(CONDITION_PHRASES);
const ABBREVIATIONS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CONDITION_ABBREVIATIONS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

function alternatives(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
const NOUN_AFTER = `\\s+(?:${EPONYM_NOUNS_AFTER.map(anyCase).join('|')})`;
const POSSESSIVE = "(?:['’]s)?";
/** "Huntington", "Huntington's", "Huntington's disease", "Duchenne muscular dystrophy". */
const EPONYM_ALONE = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(EPONYMS)})${POSSESSIVE}(?:${NOUN_AFTER})?(?![\\p{L}])`,
  'gu',
);
/** "Down syndrome", "Still's disease": eponyms that need their noun. */
const EPONYM_WITH_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(EPONYMS_WITH_NOUN_ONLY)})${POSSESSIVE}${NOUN_AFTER}(?![\\p{L}])`,
  'gu',
);
/** "malattia di Huntington", "sindrome di Rett", "linfoma di Hodgkin". */
const NOUN_THEN_EPONYM = new RegExp(
  `(?<![\\p{L}])(?:${EPONYM_NOUNS_BEFORE.map(anyCase).join('|')})\\s+di\\s+(?:${alternatives([...EPONYMS, ...EPONYMS_WITH_NOUN_ONLY])})(?![\\p{L}])`,
  'gu',
);

function collect(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Finds named conditions: rare diseases and chronic conditions in EN and IT ("fibrosi cistica", "lupus"),
 * capitalised abbreviations ("SLA", "MS") and eponyms ("Huntington's disease", "sindrome di Rett").
 */
export function findConditions(text: string, folded: FoldedText): Finding[] {
  const spans = [
    ...findIndexedPhrases(folded, PHRASES).map(({ start, end }) => ({ start, end })),
    ...collect(text, ABBREVIATIONS),
    ...collect(text, EPONYM_ALONE),
    ...collect(text, EPONYM_WITH_NOUN),
    ...collect(text, NOUN_THEN_EPONYM),
  ];
  return spans.map((span) => ({ ...span, type: 'CONDITION', original: text.slice(span.start, span.end) }));
}
