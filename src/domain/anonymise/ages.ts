import { anyCase } from './normalise';
import type { Finding } from './types';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const NUMBER = '\\d{1,3}';

/** "54 years old", "54-year-old", "18 months old", "54 years of age", "54 yrs old". */
const WITH_UNIT_EN = new RegExp(
  `${B}${NUMBER}(?:[\\s-]+(?:years?|yrs?|months?|weeks?)[\\s-]+old|\\s+years\\s+of\\s+age)${E}`,
  'giu',
);
/** "54yo", "54 y.o.", "54 y/o". */
const SHORT_EN = new RegExp(`${B}${NUMBER}\\s?(?:yo|y\\.o\\.|y\\/o)(?![\\p{L}\\p{N}])`, 'giu');
/** "aged 54", "age: 54", "età 60", "età: 60": the keyword is part of the span when no unit follows. */
const KEYWORD_FIRST = new RegExp(
  `${B}(?:aged|age|et[àa]|eta')(?:\\s*:)?\\s+${NUMBER}(?!\\d|\\s*(?:anni|mesi|years?|months?|yrs?)${E})${E}`,
  'giu',
);
/** "she is 45", "who is 81", "Anna is 45", "turned 70": the number only, when nothing counted follows it. */
const SUBJECT = "(?:[sS]he|[hH]e|I|[wW]ho|[yY]ou|[tT]hey|(?!(?:It|This|That|There|Here|What|Which|Today|Session|Room|Group)\\s)\\p{Lu}\\p{Ll}+)";
const VERB_FIRST = new RegExp(
  `${B}(?:${SUBJECT}(?:,?\\s+(?:is|was|am)|['’]s)|[tT]urned|[tT]urns|[tT]urning|will be)\\s+(${NUMBER})(?=\\s*(?:[.,;!?)]|and\\b|but\\b|last\\b|this\\b|next\\b|in\\b|now\\b|today\\b|$))`,
  'gud',
);
/** "Jo (72)": a bracketed age straight after a capitalised name. */
const AFTER_NAME = /(?<=\p{Lu}[\p{Ll}]+\s?)\((\d{1,3})\)/gud;
/**
 * "ha 54 anni", "di 72 anni", "a 40 anni", "compie 40 anni", "all'età di 60 anni": number and unit. Durations
 * ("da 3 anni", "10 anni fa", "5 anni di cure") are left alone; "12 anni di Loredana" is still an age.
 */
const VERBS_IT = [
  'ho', 'hai', 'ha', 'abbiamo', 'hanno', 'avevo', 'aveva', 'avevano', 'avrà', 'avrebbe', 'compie', 'compio',
  'compirà', 'compiuto', 'compiuti', 'fatto', 'a', 'età di',
].map((word) => anyCase(word).replace(/ /g, '\\s+'));
/** "di 72 anni", but not "più di 10 anni". */
const OF_IT = '(?<!(?:più|meno|oltre|circa|quasi)\\s)[dD]i';
const WITH_UNIT_IT = new RegExp(
  `${B}(?:${VERBS_IT.join('|')}|${OF_IT})\\s+(${NUMBER}\\s+(?:anni|mesi))(?!\\s+(?:fa|dopo|prima)${E}|\\s+di\\s+\\p{Ll})${E}`,
  'gud',
);
/** "Daniel Osei, 52, from Wigan": a bare number between commas straight after a capitalised name. */
const APPOSITION_NUMBER = /(?<=\p{Lu}\p{Ll}+,\s)(\d{1,3})(?=\s*,)/gud;
/** "il compleanno di Vera: 50 anni!", "her birthday - 40 years": a number of years after a birthday word. */
const BIRTHDAY = /(?<![\p{L}])(?:compleanno|compie|festeggia\p{L}*|birthday)[^.!?\n\d]{0,40}?(\d{1,3}\s+(?:anni|years))(?![\p{L}])/giud;
/** "Samira, 34 anni, …", "(34 anni)", "34 anni compiuti". */
const APPOSITION_IT = new RegExp(`(?<=[,(]\\s?)(${NUMBER}\\s+anni)(?=\\s*[,)])|${B}(${NUMBER}\\s+anni)(?=\\s+compiuti)`, 'giud');
/** "54enne", "40enni". */
const ENNE = new RegExp(`${B}${NUMBER}enn[ei]${E}`, 'giu');

function plausibleAge(text: string): boolean {
  const value = Number(/\d+/.exec(text)?.[0] ?? 'NaN');
  return value >= 0 && value <= 120;
}

/** Finds ages: "aged 54", "54 years old", "54-year-old", "she is 45", "ha 54 anni", "di 72 anni", "età 60". */
export function findAges(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, original: string): void => {
    if (plausibleAge(original)) findings.push({ start, end: start + original.length, type: 'AGE', original });
  };
  for (const pattern of [WITH_UNIT_EN, SHORT_EN, KEYWORD_FIRST, ENNE]) {
    for (const match of text.matchAll(pattern)) add(match.index, match[0]);
  }
  for (const pattern of [VERB_FIRST, AFTER_NAME, APPOSITION_NUMBER, WITH_UNIT_IT, APPOSITION_IT, BIRTHDAY]) {
    for (const match of text.matchAll(pattern)) {
      const group = match[1] !== undefined ? 1 : 2;
      const indices = match.indices?.[group];
      const value = match[group];
      if (indices && value !== undefined) add(indices[0], value);
    }
  }
  return findings;
}
