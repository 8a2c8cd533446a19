import {
  ATTENDANCE_LABELS,
  GREETINGS,
  KIN_EN,
  KIN_IT,
  KIN_PLURAL,
  NAMING_WORDS,
  SURNAME_PARTICLES,
  TITLES_ANY_CASE,
  TITLES_CAPITALISED,
  VERBS_BEFORE_NAME,
} from './lexicon/personWords';
import { MONTH_LOOKALIKES } from './lexicon/wordLookalikes';
import { isNameWord, type NameContext } from './nameContext';
import { anyCase, escapeRegExp, foldWord } from './normalise';
import type { Span } from './types';

/*
 * Names found from the words around them, whatever the name: after titles and kinship words ("Dr Patel",
 * "nonna Pina", "my sister Hope"), greetings and naming words ("Grazie Speranza", "a friend called Will"),
 * verbs that take a person ("ho chiamato Fortunata"), plural kinship words with a list ("i figli: Salvo e
 * Giusi") and attendance labels ("Presenti: ...").
 */

/** A capitalised name word: "Anna", "O'Brien", "Dell'Acqua", "McDonald", "Hughes-Whitaker", "Lucía". */
const NAME_WORD = "(?:\\p{Lu}\\p{Ll}{0,3}['’])?\\p{Lu}[\\p{Ll}\\p{M}]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)*";
const PARTICLE = '(?:De|Di|Da|Del|Della|Dal|Dalla|Van|Von|Lo|La|Le|Mac)';
/** Up to three name words, with an optional initial ("J. Smith") and particles ("De Luca"). */
const NAME_SEQUENCE = `(?:\\p{Lu}\\.\\s?)?${NAME_WORD}(?:[ \\u00A0](?:${PARTICLE} )?${NAME_WORD}){0,2}`;

function wordsSource(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => anyCase(escapeRegExp(word)).replace(/ /g, '\\s+'))
    .join('|');
}

/** "<trigger> Name": the name is group 1. A comma may follow the trigger ("my nan, Betty"), or a colon. */
function triggerPattern(triggerSource: string, separator = ','): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${triggerSource})(?:\\s*[${separator}])?\\s+(${NAME_SEQUENCE})`, 'gud');
}

const TITLE_PATTERN = triggerPattern(
  [...TITLES_ANY_CASE.map(anyCase), ...TITLES_CAPITALISED].sort((a, b) => b.length - a.length).join('|'),
);
const KIN_PATTERN = triggerPattern(`${wordsSource(KIN_EN)}|(?:${wordsSource(KIN_IT)})(?:\\s+di)?`);
const GREETING_PATTERN = triggerPattern(`${wordsSource(GREETINGS)}|${wordsSource(NAMING_WORDS)}`);
const VERB_PATTERN = triggerPattern(wordsSource(VERBS_BEFORE_NAME));
const KIN_LIST_PATTERN = triggerPattern(wordsSource(KIN_PLURAL), ',:');
const ATTENDANCE_PATTERN = new RegExp(`(?<![\\p{L}])(?:${wordsSource(ATTENDANCE_LABELS)})\\s*:`, 'gu');
/** One item of an attendance list: a name, maybe with a note in brackets ("Rosa (nuova)"). */
const LIST_ITEM = new RegExp(`^[ \\t]*(${NAME_SEQUENCE})(?:[ \\t]*\\([^)\\n]*\\))?`, 'u');
const LIST_SEPARATOR = /^[ \t]*(?:,|;|&|[ \t](?:e|ed|and)[ \t])[ \t]*/u;
/** The next name of a list: ", Ella", " and Ella", " e Giusi". */
const LIST_NEXT = new RegExp(`^(?:\\s*,\\s*|\\s+(?:and|e|ed|&)\\s+)(${NAME_SEQUENCE})`, 'u');

/** Cuts a matched name sequence at the first word that cannot be part of a name; null if the first cannot. */
function trimNameSequence(
  sequence: string,
  start: number,
  context: NameContext,
  allowPlaces: boolean,
  allowMonths: boolean,
): Span | null {
  const words = [...sequence.matchAll(/\p{Lu}\.|[^\s\u00A0]+/gu)];
  let end = start;
  for (const [position, word] of words.entries()) {
    const text = word[0];
    const isInitial = /^\p{Lu}\.$/u.test(text);
    const isParticle = SURNAME_PARTICLES.has(foldWord(text)) && position > 0;
    if (!isInitial && !isParticle) {
      const key = foldWord(text);
      if (!isNameWord(text, context, allowPlaces)) break;
      if (!allowMonths && MONTH_LOOKALIKES.has(key)) break;
      end = start + word.index + text.length;
    }
  }
  return end > start ? { start, end } : null;
}

/** The names after the first one in a list ("Salvo e Giusi", "Tom, Ella and Kai"). */
function listedNames(context: NameContext, after: number): Span[] {
  const spans: Span[] = [];
  let cursor = after;
  for (;;) {
    const next = LIST_NEXT.exec(context.text.slice(cursor));
    const sequence = next?.[1];
    if (!next || sequence === undefined) return spans;
    const start = cursor + next[0].length - sequence.length;
    const span = trimNameSequence(sequence, start, context, false, false);
    if (!span || span.end !== start + sequence.length) return span ? [...spans, span] : spans;
    spans.push(span);
    cursor = span.end;
  }
}

/** Names in attendance lists ("Presenti: Quercia, Salice, Nives"); aliases are skipped, not names. */
function findInAttendanceLists(context: NameContext): Span[] {
  const spans: Span[] = [];
  for (const label of context.text.matchAll(ATTENDANCE_PATTERN)) {
    let cursor = label.index + label[0].length;
    for (;;) {
      const item = LIST_ITEM.exec(context.text.slice(cursor));
      const sequence = item?.[1];
      if (!item || sequence === undefined) break;
      const start = cursor + item[0].indexOf(sequence);
      const span = trimNameSequence(sequence, start, context, false, false);
      if (span) spans.push(span);
      cursor += item[0].length;
      const separator = LIST_SEPARATOR.exec(context.text.slice(cursor));
      if (!separator) break;
      cursor += separator[0].length;
    }
  }
  return spans;
}

/** Names after one kind of trigger word; `list` also takes the names listed after the first. */
function findByTrigger(
  pattern: RegExp,
  context: NameContext,
  allowPlaces: boolean,
  allowMonths: boolean,
  list = false,
): Span[] {
  const spans: Span[] = [];
  for (const match of context.text.matchAll(pattern)) {
    const indices = match.indices?.[1];
    const sequence = match[1];
    if (!indices || sequence === undefined) continue;
    const span = trimNameSequence(sequence, indices[0], context, allowPlaces, allowMonths);
    if (!span) continue;
    spans.push(span);
    if (list && span.end === indices[1]) spans.push(...listedNames(context, span.end));
  }
  return spans;
}

/** Every name that a title, kinship word, greeting, verb or attendance label introduces. */
export function findNamesByContext(context: NameContext): Span[] {
  return [
    ...findByTrigger(TITLE_PATTERN, context, true, true),
    ...findByTrigger(KIN_PATTERN, context, false, true),
    ...findByTrigger(GREETING_PATTERN, context, false, true),
    ...findByTrigger(VERB_PATTERN, context, false, false),
    ...findByTrigger(KIN_LIST_PATTERN, context, false, false, true),
    ...findInAttendanceLists(context),
  ];
}
