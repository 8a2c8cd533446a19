import { foldWord, toInputSpan, type FoldedText } from './normalise';
import type { Span } from './types';

/**
 * Whole-word phrase look-up over folded text (any case, accents ignored). Phrases and text are both cut into
 * words of letters and digits; a phrase matches a run of text words whose letters, joined, equal the phrase's
 * letters, joined. So "O'Brien" matches "O'Brien", "O Brien" and "OBrien" (and "Damico" matches "D'Amico"),
 * "Smith-Jones" matches "Smith Jones", and a name never matches inside a longer word ("Ann" in "annual").
 */
export interface PhraseIndex {
  /** Joined folded letters → the phrase as written. */
  keys: ReadonlyMap<string, string>;
  /** The longest key, to stop joining words early. */
  maxKeyLength: number;
  /** The most words any phrase has, likewise. */
  maxWords: number;
}

export interface PhraseMatch extends Span {
  /** The phrase that matched, as written in the list. */
  phrase: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may separate the words of one phrase in the text: spaces, an apostrophe, a hyphen. */
const JOINT = /^[\s'-]{1,4}$/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

/** The words of each folded text, computed once however many lists are looked up in it. */
const wordsOfText = new WeakMap<FoldedText, Word[]>();

function foldedWords(folded: FoldedText): Word[] {
  let cached = wordsOfText.get(folded);
  if (!cached) {
    cached = words(folded.text);
    wordsOfText.set(folded, cached);
  }
  return cached;
}

/** Whether the word ending at `end` ends in a possessive "s'" ("Annas' garden"). */
function isPossessiveS(text: string, key: string, end: number): boolean {
  return key.endsWith('s') && text[end] === "'" && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '');
}

/**
 * Indexes phrases for `findIndexedPhrases`. Phrases with fewer than two letters or digits are ignored: "[x]" or
 * "C++" would otherwise match every lone "x" or "c".
 */
export function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const keys = new Map<string, string>();
  let maxKeyLength = 0;
  let maxWords = 0;
  for (const phrase of phrases) {
    const parts = words(foldWord(phrase));
    const key = parts.map((part) => part.text).join('');
    if (key.length < 2) continue;
    if (!keys.has(key)) keys.set(key, phrase.trim());
    maxKeyLength = Math.max(maxKeyLength, key.length);
    maxWords = Math.max(maxWords, parts.length);
  }
  return { keys, maxKeyLength, maxWords };
}

/**
 * Finds indexed phrases in folded text, longest first at each word, as input spans. With `possessive`, a
 * word ending in "s'" also matches without its "s" ("Annas'" → "Anna"). With `capitalisedIn` (the input text),
 * a match must start at a word that starts with a capital letter there.
 */
export function findIndexedPhrases(
  folded: FoldedText,
  index: PhraseIndex,
  options: { possessive?: boolean; capitalisedIn?: string } = {},
): PhraseMatch[] {
  if (index.keys.size === 0) return [];
  const text = folded.text;
  const tokens = foldedWords(folded);
  const matches: PhraseMatch[] = [];
  const capitalised = options.capitalisedIn;
  for (let first = 0; first < tokens.length; first++) {
    // Lists of proper names match only where the input word starts with a capital: most words are skipped at once.
    if (capitalised !== undefined) {
      const character = capitalised[folded.origin[tokens[first]?.start ?? 0] ?? 0] ?? '';
      if (character === character.toLowerCase()) continue;
    }
    let key = '';
    let found: { last: number; end: number; phrase: string } | undefined;
    const lastWord = Math.min(tokens.length, first + index.maxWords);
    for (let last = first; last < lastWord && key.length < index.maxKeyLength; last++) {
      const token = tokens[last];
      const previous = tokens[last - 1];
      if (!token) break;
      if (last > first && previous) {
        const joint = text.slice(previous.end, token.start);
        // An initial's full stop joins too: "J. R.", "P. Raman".
        const afterInitial = previous.end - previous.start === 1 && /^\.\s?$/u.test(joint);
        if (!JOINT.test(joint) && !afterInitial) break;
      }
      key += token.text;
      const end = token.end;
      const phrase = index.keys.get(key);
      if (phrase !== undefined) found = { last, end, phrase };
      else if (options.possessive && isPossessiveS(text, key, end)) {
        const withoutS = index.keys.get(key.slice(0, -1));
        if (withoutS !== undefined) found = { last, end: end - 1, phrase: withoutS };
      }
    }
    const start = tokens[first]?.start;
    if (!found || start === undefined) continue;
    matches.push({ ...toInputSpan(folded, start, found.end), phrase: found.phrase });
    first = found.last;
  }
  return matches;
}
