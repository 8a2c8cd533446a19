/** Words of a text with their input offsets, and where sentences start. */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letters joined by apostrophes or hyphens make one word: "O'Brien", "dall'Anna", "Smith-Jones", "Anna's". */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** The last text split, and its words: several finders split the same text one after the other. */
let last: { text: string; tokens: Token[] } | undefined;

/** Splits a text into words. The result is shared with the next caller for the same text: do not change it. */
export function tokenize(text: string): Token[] {
  if (last?.text === text) return last.tokens;
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  last = { text, tokens };
  return tokens;
}

/** Abbreviations whose full stop does not end a sentence ("Dr. Patel", "sig.ra Colombo", "Tel. 06…"). */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'dott', 'ssa', 'sig', 'ra', 'na', 'avv', 'ing', 'rev', 'tel',
  'n', 'no', 'nr', 'vs', 'eg', 'ie', 'ecc', 'etc', 'cfr', 'es', 'p', 'pag',
]);

/** Characters skipped when looking back for the end of the previous sentence. */
const OPENERS = new Set([' ', '\t', '"', '“', '”', '«', '(', '[', "'", '‘', '’', '*', '•', '-', '–', '—', '>']);

/**
 * Whether the word at `index` opens a sentence: it starts the text or a line, or follows ".", "!", "?", "…"
 * or ":" (a full stop after an abbreviation such as "Dr." does not count), possibly through quotes, brackets
 * or a bullet.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let position = index - 1;
  while (position >= 0 && OPENERS.has(text[position] ?? '')) position--;
  if (position < 0) return true;
  const character = text[position] ?? '';
  if (character === '\n' || character === '\r' || '!?…:'.includes(character)) return true;
  if (character !== '.') return false;
  let wordStart = position;
  while (wordStart > 0 && /[\p{L}]/u.test(text[wordStart - 1] ?? '')) wordStart--;
  const word = text.slice(wordStart, position).toLowerCase();
  return !ABBREVIATIONS.has(word);
}
