/**
 * Folding for accent- and case-insensitive matching. The folded text keeps a map back to the input, so a match
 * in folded text gives exact input offsets even when a character folds to nothing (a combining accent) or to
 * more than one character.
 */

export interface FoldedText {
  /** Lower case, accents removed, typographic apostrophes and dashes made plain. */
  text: string;
  /** origin[i] is the input index of folded character i; origin[text.length] is the input length. */
  origin: number[];
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '\u00B4']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013']);
const COMBINING_MARKS = /\p{M}/gu;

function foldCharacter(character: string): string {
  if (character.length === 1 && character.charCodeAt(0) < 128) return character.toLowerCase();
  if (APOSTROPHES.has(character)) return "'";
  if (DASHES.has(character)) return '-';
  return character.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Folds a text for matching, keeping the way back to input offsets. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[index] ?? '');
      origin.push(index);
      index += 1;
      continue;
    }
    const character = String.fromCodePoint(text.codePointAt(index) ?? code);
    const result = foldCharacter(character);
    parts.push(result);
    for (let k = 0; k < result.length; k++) origin.push(index);
    index += character.length;
  }
  origin.push(text.length);
  return { text: parts.join(''), origin };
}

/** Folds a word or phrase to the key used in lexicon look-ups: lower case, no accents, plain apostrophes. */
export function foldWord(word: string): string {
  let folded = '';
  for (const character of word) folded += foldCharacter(character);
  return folded;
}

/** Maps a span of folded text back to input offsets. */
export function toInputSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.origin[start] ?? 0, end: folded.origin[end] ?? folded.origin.length - 1 };
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a string starts with a capital letter ("Grace", "Élodie", "NICO"). */
export function startsCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** Turns regular-expression source into source that matches its letters in any case ("ab" → "[aA][bB]"). */
export function anyCase(source: string): string {
  return source.replace(/\p{L}/gu, (letter) => {
    const upper = letter.toUpperCase();
    return upper === letter ? letter : `[${letter}${upper}]`;
  });
}
