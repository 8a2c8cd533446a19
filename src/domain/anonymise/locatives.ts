import { NOT_NAMES } from './lexicon/personWords';
import { DATA_COUNTRIES, DATA_WEAK_PLACES } from './lexicon/tables';
import { MONTH_LOOKALIKES } from './lexicon/wordLookalikes';
import { GIVEN_NAMES, isNameLookalike, SURNAME_KEYS } from './nameContext';
import { anyCase, escapeRegExp, foldWord } from './normalise';
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

const source = (phrases: readonly string[]): string =>
  [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => anyCase(escapeRegExp(phrase)).replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');

/** One to three capitalised words of a place name, with the small words inside Italian names. */
const PLACE_NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:(?:di|del|della|dei|sul|sulla|on|upon|le|la|in)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}";
const AFTER_ANY = new RegExp(`(?<![\\p{L}])(?:${source(ANY_LOCATIVE)})\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]*)`, 'gud');
const AFTER_PLACE_ONLY = new RegExp(`(?<![\\p{L}])(?:${source(PLACE_ONLY)})\\s+(${PLACE_NAME})`, 'gud');

/** Whether a capitalised word after a place-only locative may be a place nobody listed. */
function mayBeUnlistedPlace(word: string): boolean {
  const key = foldWord(word.replace(/['’]s$/u, ''));
  if (NOT_NAMES.has(key) || NOT_PLACES.has(key) || DATA_COUNTRIES.has(key) || MONTH_LOOKALIKES.has(key)) return false;
  // A known first name here is more likely a person ("a letter from Maria"), unless it is also a word.
  return !(GIVEN_NAMES.has(key) && !isNameLookalike(key) && !DATA_WEAK_PLACES.has(key)) || SURNAME_KEYS.has(key);
}

/** Cuts a matched place name at its first word that cannot be part of a place ("Bra e" → "Bra"). */
function trimName(name: string): string {
  const words = name.split(/\s+/);
  let kept = 0;
  for (const [index, word] of words.entries()) {
    if (/^\p{Lu}/u.test(word) && index > 0 && (NOT_NAMES.has(foldWord(word)) || NOT_PLACES.has(foldWord(word)))) break;
    if (/^\p{Lu}/u.test(word)) kept = index + 1;
  }
  return words.slice(0, kept).join(' ');
}

/** Finds places told by a locative word before them. */
export function findLocatives(text: string): Finding[] {
  const findings: Finding[] = [];
  const add = (start: number, original: string): void => {
    if (original) findings.push({ start, end: start + original.length, type: 'LOCATION', original });
  };
  for (const match of text.matchAll(AFTER_ANY)) {
    const word = match[1];
    const indices = match.indices?.[1];
    if (!word || !indices) continue;
    const key = foldWord(word);
    // "da Marco", "con Rosa": a town that is also a first name needs a place-only word before it.
    if (GIVEN_NAMES.has(key) && !isNameLookalike(key)) continue;
    if (DATA_WEAK_PLACES.has(key) && !DATA_COUNTRIES.has(key) && !NOT_NAMES.has(key) && !NOT_PLACES.has(key)) add(indices[0], word);
  }
  for (const match of text.matchAll(AFTER_PLACE_ONLY)) {
    const name = match[1];
    const indices = match.indices?.[1];
    if (!name || !indices) continue;
    const first = name.split(/\s+/)[0] ?? '';
    if (!mayBeUnlistedPlace(first)) continue;
    add(indices[0], trimName(name));
  }
  return findings;
}
