import {
  KIN_EN,
  NAME_STOPPERS,
  NOT_NAMES,
  PET_WORDS,
  SAINT_WORDS,
  SPEECH_VERBS,
  SUBJECT_FOLLOWERS,
  SURNAME_PARTICLES,
  VERB_USE_FOLLOWERS,
  WORD_MAKERS,
} from './lexicon/personWords';
import { MONTH_LOOKALIKES, NOUN_LOOKALIKES } from './lexicon/wordLookalikes';
import {
  followedBy,
  GIVEN_NAMES,
  isCapitalisedWord,
  isNameLookalike,
  isNameWord,
  nameCore,
  onlySpaceBetween,
  phraseSet,
  PLACE_KEYS,
  previousWord,
  SURNAME_KEYS,
  surnameAfter,
  type NameContext,
} from './nameContext';
import { foldWord, startsCapitalised } from './normalise';
import { findNamesByContext } from './personTriggers';
import { isSentenceStart, tokenize } from './tokens';
import type { Finding, Span } from './types';

const SPEECH = phraseSet(SPEECH_VERBS);
const KIN_WORDS = phraseSet(KIN_EN);
const SUBJECT_VERBS = phraseSet(SUBJECT_FOLLOWERS);
const QUOTES = new Set(["'", '"', '‘', '’', '“', '”', '«', '»']);

/** Verbs after which a capitalised virtue or plant is the word chosen, not a person ("chose Hope as its word"). */
const CHOOSING = new Set(['chose', 'choose', 'chosen', 'picked', 'voted', 'wrote', 'written', 'scelto', 'scelta', 'scritto', 'scritta', 'votato']);

/**
 * Whether a noun lookalike is the word itself: after a verb of choosing, before "as (its|a|the|our) word", or
 * in a list of other noun lookalikes ("Faith, Hope, Patience, Joy").
 */
function usedAsWord(context: NameContext, index: number): boolean {
  const { tokens, text } = context;
  const previous = tokens[index - 1];
  if (previous && CHOOSING.has(foldWord(previous.text))) return true;
  const after = text.slice(tokens[index]?.end ?? 0, (tokens[index]?.end ?? 0) + 20);
  if (/^\s+(?:as|come)\s+(?:its|a|the|our|their|parola|nostra)\b/iu.test(after)) return true;
  const neighbour = (at: number): boolean => {
    const other = tokens[at];
    if (!other) return false;
    const between = at < index ? text.slice(other.end, tokens[index]!.start) : text.slice(tokens[index]!.end, other.start);
    return /^\s*,\s*$/.test(between) && NOUN_LOOKALIKES.has(foldWord(other.text));
  };
  return neighbour(index - 1) || neighbour(index + 1);
}

/**
 * Whether a capitalised word that is also an everyday word (Grace, May, Speranza) is a name here. It is when
 * a speech verb follows ("Mark said"); never when quoted as a word ("we chose 'Hope'") or when a pronoun after
 * it makes it a verb ("Will you"). At the start of a sentence it needs a known surname after it, or, unless it
 * is a noun like Hope or Poppy, a verb ("Frank talked"). Elsewhere it is a name unless an article or
 * preposition makes it a noun ("la Speranza", "in May") or it is part of a longer proper noun ("Amazing
 * Grace"). Months need a surname after them ("May Lee").
 */
function lookalikeIsName(context: NameContext, index: number, key: string): boolean {
  if (followedBy(context, index, SPEECH)) return true;
  const token = context.tokens[index];
  if (!token) return false;
  const quoted = QUOTES.has(context.text[token.start - 1] ?? '') && QUOTES.has(context.text[token.end] ?? '');
  if (quoted) return false;
  if (NOUN_LOOKALIKES.has(key) && usedAsWord(context, index)) return false;
  const next = context.tokens[index + 1];
  if (next && onlySpaceBetween(context.text, token.end, next.start) && VERB_USE_FOLLOWERS.has(foldWord(next.text))) {
    return false;
  }
  if (isSentenceStart(context.text, token.start)) {
    const surname = surnameAfter(context, index);
    if (surname !== undefined && SURNAME_KEYS.has(foldWord(surname.text))) return true;
    if (NOUN_LOOKALIKES.has(key) || MONTH_LOOKALIKES.has(key)) return false;
    return followedBy(context, index, SUBJECT_VERBS);
  }
  const previous = previousWord(context, index);
  if (previous && (WORD_MAKERS.has(foldWord(previous.text)) || startsCapitalised(previous.text))) return false;
  if (MONTH_LOOKALIKES.has(key)) return surnameAfter(context, index) !== undefined;
  return true;
}

/** Extends a name over the surname words after it: "Dave" → "Dave Collins", "Paolo" → "Paolo De Luca". */
function extendOverSurname(context: NameContext, index: number, span: Span): Span {
  const { tokens, text } = context;
  let end = span.end;
  let next = index + 1;
  for (let words = 0; words < 2; words++) {
    const token = tokens[next];
    if (!token || !onlySpaceBetween(text, end, token.start) || !isCapitalisedWord(token.text)) break;
    if (SURNAME_PARTICLES.has(foldWord(token.text))) {
      const after = tokens[next + 1];
      if (!after || !onlySpaceBetween(text, token.end, after.start) || !isCapitalisedWord(after.text)) break;
      if (!isNameWord(after.text, context, false)) break;
      const core = nameCore(after);
      end = core.end;
      next += 2;
      if (core.end !== after.end) break;
      continue;
    }
    if (!isNameWord(token.text, context, false) || MONTH_LOOKALIKES.has(foldWord(token.text))) break;
    const core = nameCore(token);
    end = core.end;
    next += 1;
    if (core.end !== token.end) break;
  }
  return { start: span.start, end };
}

/**
 * Names found from the lexicons, from speech verbs after an unknown capitalised word ("Kezia told me") and
 * from a possessive before a kinship word ("Mia's mum").
 */
function findByLexicon(context: NameContext, covered: (offset: number) => boolean): Span[] {
  const spans: Span[] = [];
  const { tokens } = context;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token || token.text === token.text.toLowerCase() || covered(token.start)) continue;
    const core = nameCore(token);
    if (!isCapitalisedWord(core.text)) continue;
    const key = foldWord(core.text);
    if (NOT_NAMES.has(key) || NAME_STOPPERS.has(key) || context.aliases.has(key) || PLACE_KEYS.has(key)) continue;
    const previous = context.tokens[index - 1];
    const previousKey = previous ? foldWord(previous.text) : '';
    if (previous && (SAINT_WORDS.has(previousKey) || PET_WORDS.has(previousKey))) continue;

    const ownsKin = core.end !== token.end && /['’]s$/u.test(token.text) && followedBy(context, index, KIN_WORDS);
    const known = GIVEN_NAMES.has(key) || SURNAME_KEYS.has(key);
    if (!ownsKin) {
      if (!known && !followedBy(context, index, SPEECH)) continue;
      if (known && isNameLookalike(key) && !lookalikeIsName(context, index, key)) continue;
    }

    const span = core.end === token.end ? extendOverSurname(context, index, core) : core;
    spans.push(span);
    while (tokens[index + 1] && (tokens[index + 1]?.start ?? Infinity) < span.end) index++;
  }
  return spans;
}

/**
 * Finds other people's names: after titles and kinship words ("Dr Patel", "nonna Pina", "my sister Hope"),
 * after greetings and naming words ("Grazie Speranza", "a friend called Will"), after verbs that take a person
 * ("ho chiamato Fortunata"), from EN and IT given-name and surname lexicons, and before speech verbs
 * ("Kezia told me"), and in attendance lists. Words that are also names (hope, grace, may, serena…) count only
 * in a name-like context. Aliases are never found. The span covers the name only, not the title or kinship word.
 */
export function findPersons(text: string, aliases: ReadonlySet<string>): Finding[] {
  const context: NameContext = { text, tokens: tokenize(text), aliases };
  const triggered = findNamesByContext(context);
  const covered = (offset: number): boolean => triggered.some((span) => span.start <= offset && offset < span.end);
  const spans = [...triggered, ...findByLexicon(context, covered)];
  return spans.map((span) => ({ ...span, type: 'PERSON', original: text.slice(span.start, span.end) }));
}
