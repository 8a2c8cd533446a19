import { NOT_NAMES } from './lexicon/personWords';
import { DATA_COUNTRIES, DATA_WEAK_PLACES } from './lexicon/tables';
import { MONTH_LOOKALIKES } from './lexicon/wordLookalikes';
import { GIVEN_NAMES, isNameLookalike, SURNAME_KEYS } from './nameContext';
import { foldWord } from './normalise';
import { tokenize, type Token } from './tokens';
import type { Finding } from './types';

/*
 * Places told by the words before them: "from Reading", "vicino a Bra", "in provincia di Frosinone",
 * "Comune di Pontecagnano Faiano", "abita a Durazzo". After any locative word, a town from the gazetteer that
 * is also a word or a name counts; after a word that can only introduce a place ("near", "vicino a", "abito
 * a", "originally from"), so does a capitalised name nobody has listed, the small village the gazetteer lacks.
 */

/** Words after which a known town that is also a word or a name is the town ("from Reading", "a Bra"). */
const ANY_LOCATIVE = [
  'from', 'in', 'near', 'to', 'at', 'outside', 'around', 'between', 'a', 'ad', 'da', 'di', 'in', 'presso', 'verso',
  'tra', 'fra', 'vicino a', 'and', 'e',
];

/** Words that can only introduce a place: any capitalised name after them is one. */
const PLACE_ONLY = [
  'near', 'nearby', 'outside', 'just outside', 'on the outskirts of', 'the outskirts of', 'vicino a', 'nei pressi di',
  'dalle parti di', 'in provincia di', 'provincia di', 'comune di', 'paese di', 'paesino di', 'frazione di',
  'village of', 'town of', 'city of', 'village called', 'town called', 'a village called', 'a town called',
  'born in', 'grew up in', 'brought up in', 'raised in', 'live in', 'lives in', 'living in', 'lived in',
  'moved to', 'moved from', 'move to', 'originally from', "i'm from", 'i am from', "we're from", 'we are from',
  'comes from', 'came from', 'come from', 'drove from', 'drove down from', 'drove up from', 'came up from',
  'came down from', 'travelled from', 'home is', 'home for me is', 'nato a', 'nata a', 'nati a', 'nate a',
  'cresciuto a', 'cresciuta a', 'cresciuti a', 'abito a', 'abita a', 'abitano a', 'abitiamo a', 'vivo a',
  'vive a', 'vivono a', 'viviamo a', 'vengo da', 'viene da', 'veniamo da', 'vengono da', 'sono di', 'è di',
  'era di', 'siamo di', 'sono originaria di', 'sono originario di', 'originaria di', 'originario di',
  'trasferiti a', 'trasferita a', 'trasferito a', 'trasferiti da', 'partiti da', 'partita da', 'partito da',
  'arrivati a', 'arrivata a', 'arrivato a', 'arrivati da', 'arrivata da', 'arrivato da', 'stanno a', 'sta a',
  'lavora a', 'lavoro a', 'lavorano a', 'torno a', 'tornata a', 'tornato a',
];

/** Capitalised words that follow locative words and are not places: languages, platforms, seasons. */
const NOT_PLACES: ReadonlySet<string> = new Set([
  'english', 'italian', 'punjabi', 'urdu', 'arabic', 'romanian', 'albanian', 'ukrainian', 'russian', 'polish',
  'spanish', 'french', 'tagalog', 'hindi', 'bengali', 'yoruba', 'igbo', 'twi', 'wolof', 'welsh', 'scottish',
  'italiano', 'inglese', 'arabo', 'rumeno', 'albanese', 'ucraino', 'russo', 'polacco', 'spagnolo', 'francese',
  'whatsapp', 'zoom', 'teams', 'facebook', 'instagram', 'reddit', 'tiktok', 'twitter', 'youtube', 'google',
  'ramadan', 'eid', 'diwali', 'ferragosto', 'capodanno', 'pentecoste', 'advent', 'lent', 'quaresima',
  'christmas', 'easter', 'natale', 'pasqua', 'session', 'sessione', 'week', 'settimana', 'part', 'parte',
  'ward', 'room', 'stanza', 'sala', 'tree', 'forest', 'europe', 'europa', 'africa', 'asia', 'america',
]);

const ANY_LOCATIVE_KEYS: ReadonlySet<string> = new Set(ANY_LOCATIVE);
const PLACE_ONLY_KEYS: ReadonlySet<string> = new Set(PLACE_ONLY.map((phrase) => foldWord(phrase)));
const PLACE_ONLY_WORDS = Math.max(...PLACE_ONLY.map((phrase) => phrase.split(' ').length));
/** Small words inside an Italian or English place name: "Castelnuovo di Garfagnana", "Stoke on Trent". */
const INNER_WORDS: ReadonlySet<string> = new Set(['di', 'del', 'della', 'dei', 'sul', 'sulla', 'on', 'upon', 'le', 'la', 'in']);

/** Whether a capitalised word after a place-only locative may be a place nobody listed. */
function mayBeUnlistedPlace(word: string): boolean {
  const key = foldWord(word.replace(/['’]s$/u, ''));
  if (NOT_NAMES.has(key) || NOT_PLACES.has(key) || DATA_COUNTRIES.has(key) || MONTH_LOOKALIKES.has(key)) return false;
  // A known first name here is more likely a person ("a letter from Maria"), unless it is also a word.
  return !(GIVEN_NAMES.has(key) && !isNameLookalike(key) && !DATA_WEAK_PLACES.has(key)) || SURNAME_KEYS.has(key);
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** The locative phrase (folded, one to several words) that ends right before token `index`, if any. */
function phraseBefore(text: string, tokens: readonly Token[], index: number, words: number): string | undefined {
  const parts: string[] = [];
  for (let back = index - 1; back >= 0 && parts.length < words; back--) {
    const token = tokens[back];
    const next = tokens[back + 1];
    if (!token || !next || !/^\s+$/.test(text.slice(token.end, next.start))) break;
    parts.unshift(foldWord(token.text));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The place name that starts at token `index`: up to three capitalised words, with small words between. */
function placeNameAt(text: string, tokens: readonly Token[], index: number): { start: number; end: number } {
  const first = tokens[index]!;
  let end = first.end;
  let words = 1;
  for (let next = index + 1; next < tokens.length && words < 3; next++) {
    const token = tokens[next]!;
    if (!/^\s+$/.test(text.slice(tokens[next - 1]!.end, token.start))) break;
    if (INNER_WORDS.has(token.text)) continue;
    const key = foldWord(token.text);
    if (!isCapitalised(token.text) || NOT_NAMES.has(key) || NOT_PLACES.has(key)) break;
    end = token.end;
    words++;
  }
  return { start: first.start, end };
}

/** Finds places told by a locative word before them. */
export function findLocatives(text: string): Finding[] {
  const findings: Finding[] = [];
  const tokens = tokenize(text);
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!isCapitalised(token.text)) continue;
    const key = foldWord(token.text);
    let span: { start: number; end: number } | undefined;
    for (let words = PLACE_ONLY_WORDS; words >= 1 && !span; words--) {
      const phrase = phraseBefore(text, tokens, index, words);
      if (phrase !== undefined && PLACE_ONLY_KEYS.has(phrase) && mayBeUnlistedPlace(token.text)) span = placeNameAt(text, tokens, index);
    }
    // "da Marco", "con Rosa": a town that is also a first name needs a place-only word before it.
    const weak = DATA_WEAK_PLACES.has(key) && !DATA_COUNTRIES.has(key) && !NOT_NAMES.has(key) && !NOT_PLACES.has(key);
    if (!span && weak && !(GIVEN_NAMES.has(key) && !isNameLookalike(key))) {
      const previous = phraseBefore(text, tokens, index, 1);
      if (previous !== undefined && ANY_LOCATIVE_KEYS.has(previous)) span = { start: token.start, end: token.end };
    }
    if (!span) continue;
    findings.push({ ...span, type: 'LOCATION', original: text.slice(span.start, span.end) });
    while (index + 1 < tokens.length && tokens[index + 1]!.start < span.end) index++;
  }
  return findings;
}
