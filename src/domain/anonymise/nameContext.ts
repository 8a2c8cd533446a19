import { GIVEN_NAMES_EN } from './lexicon/givenNamesEn';
import { GIVEN_NAMES_IT } from './lexicon/givenNamesIt';
import { ELISIONS, NAME_STOPPERS, NOT_NAMES } from './lexicon/personWords';
import { HOSPITAL_NAMES, PLACES } from './lexicon/places';
import { SURNAMES } from './lexicon/surnames';
import { DATA_GIVEN_NAMES, DATA_NAME_WORDS, DATA_STRONG_PLACES, DATA_SURNAMES } from './lexicon/tables';
import { WORD_LOOKALIKES } from './lexicon/wordLookalikes';
import { foldWord, startsCapitalised } from './normalise';
import type { Token } from './tokens';

/* Word-level helpers shared by the two ways of finding people's names (context words and lexicons). */

/** A look-up over the hand-kept list and the generated table together, without copying the table. */
function union(hand: readonly string[], data: ReadonlySet<string>): Pick<ReadonlySet<string>, 'has'> {
  const own = new Set(hand.map(foldWord));
  return { has: (key) => own.has(key) || data.has(key) };
}

export const GIVEN_NAMES = union([...GIVEN_NAMES_EN, ...GIVEN_NAMES_IT], DATA_GIVEN_NAMES);
export const SURNAME_KEYS = union(SURNAMES, DATA_SURNAMES);
export const PLACE_KEYS = union([...PLACES, ...HOSPITAL_NAMES], DATA_STRONG_PLACES);

const HAND_GIVEN_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAMES_EN, ...GIVEN_NAMES_IT].map(foldWord));

/**
 * Names that are also everyday words, so a name only in a name-like context: the hand-kept list, and the
 * generated names that are dictionary words, except those the hand-kept name lists say are plainly names.
 */
export function isNameLookalike(key: string): boolean {
  return WORD_LOOKALIKES.has(key) || (DATA_NAME_WORDS.has(key) && !HAND_GIVEN_NAMES.has(key));
}

/** The text being searched, its words, and the group's aliases (folded), which are never names. */
export interface NameContext {
  text: string;
  tokens: Token[];
  aliases: ReadonlySet<string>;
}

/** Phrases of one to three words, folded, for "is this token followed by …" checks. */
export function phraseSet(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map(foldWord));
}

/** Whether a capitalised word can be part of a name here. Titles say "person" strongly enough to skip places. */
export function isNameWord(word: string, context: NameContext, allowPlaces: boolean): boolean {
  const key = foldWord(word);
  if (NOT_NAMES.has(key) || NAME_STOPPERS.has(key) || context.aliases.has(key)) return false;
  return allowPlaces || !PLACE_KEYS.has(key);
}

/** The part of a word that is the name: without a possessive "'s" or an elided article ("dall'Anna"). */
export function nameCore(token: Token): Token {
  let { start, end, text } = token;
  if (/['’]s$/u.test(text)) {
    end -= 2;
    text = text.slice(0, -2);
  }
  const elision = /^(\p{L}{1,5})['’](?=\p{Lu})/u.exec(text);
  if (elision?.[1]) {
    const prefix = elision[1];
    const rest = text.slice(prefix.length + 1);
    const isArticle = ELISIONS.has(foldWord(prefix));
    const lowerCase = !startsCapitalised(prefix);
    if (isArticle && (lowerCase || (!SURNAME_KEYS.has(foldWord(text)) && GIVEN_NAMES.has(foldWord(rest))))) {
      start += prefix.length + 1;
      text = rest;
    }
  }
  return { start, end, text };
}

/** A word that starts with a capital and is not all capitals ("Anna", not "NHS"). */
export function isCapitalisedWord(text: string): boolean {
  return startsCapitalised(text) && /\p{Ll}/u.test(text);
}

/** Whether only spaces or tabs separate two offsets (no punctuation, no line break). */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return /^[ \t\u00A0]+$/.test(text.slice(from, to));
}

/** Whether the words after token `index` begin with one of the phrases (one to three words). */
export function followedBy(context: NameContext, index: number, phrases: ReadonlySet<string>): boolean {
  const { tokens, text } = context;
  let phrase = '';
  let previousEnd = tokens[index]?.end ?? 0;
  for (let next = index + 1; next <= index + 3; next++) {
    const token = tokens[next];
    if (!token || !onlySpaceBetween(text, previousEnd, token.start)) return false;
    phrase = phrase ? `${phrase} ${foldWord(token.text)}` : foldWord(token.text);
    if (phrases.has(phrase)) return true;
    previousEnd = token.end;
  }
  return false;
}

/** The token right before `index` when only spaces separate them. */
export function previousWord(context: NameContext, index: number): Token | undefined {
  const previous = context.tokens[index - 1];
  const current = context.tokens[index];
  if (!previous || !current) return undefined;
  return onlySpaceBetween(context.text, previous.end, current.start) ? previous : undefined;
}

/** The capitalised word right after `index` that could be a surname. */
export function surnameAfter(context: NameContext, index: number): Token | undefined {
  const current = context.tokens[index];
  const next = context.tokens[index + 1];
  if (!current || !next || !onlySpaceBetween(context.text, current.end, next.start)) return undefined;
  if (!isCapitalisedWord(next.text) || !isNameWord(next.text, context, false)) return undefined;
  return next;
}
