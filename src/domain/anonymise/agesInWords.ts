import type { Finding } from './types';

/*
 * Ages written in words, and ages that only their context makes ages: "I'm 34", "is now 12", "her 70th",
 * "in his forties", "fifty-something", "quarant'anni", "trentaquattrenne", "sulla settantina".
 */

const UNITS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_EN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_EN = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "nine", "fifteen", "twenty-three", "twenty three", "a hundred": the number words of an age. */
const NUMBER_WORD_EN = `(?:(?:${TENS_EN.join('|')})(?:[-\\s](?:${UNITS_EN.join('|')}))?|${TEENS_EN.join('|')}|${UNITS_EN.join('|')}|a hundred|one hundred)`;
const DIGITS = '\\d{1,3}';
const AGE_EN = `(?:${DIGITS}|${NUMBER_WORD_EN})`;

const TENS_IT = ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];
const UNITS_IT = ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
const TEENS_IT = ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
/** Italian number words as they stand before "anni": "cinquantadue", "sessantun", "quarant'", "cent'". */
const NUMBER_WORD_IT = `(?:(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:a|i)?(?:uno|un|due|tre|tré|quattro|cinque|sei|sette|otto|nove)?|${TEENS_IT.join('|')}|${UNITS_IT.join('|')}|un|cento|cent)`;
/** The "-enne" adjective of an age: "trentaquattrenne", "ottantenne", "diciottenne", "ventunenne". */
const ENNE_WORD = `(?:${[...TENS_IT.map((word) => word.slice(0, -1)), 'vent', 'cent', 'dici', 'undic', 'dodic', 'tredic', 'quattordic', 'quindic', 'sedic', 'diciassett', 'diciott', 'diciannov'].join('|')})\\p{L}*enn[ei]`;
const DECADES_EN = '(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|teens)';
const DECADES_IT = '(?:ventina|trentina|quarantina|cinquantina|sessantina|settantina|ottantina|novantina)';
const ORDINALS_EN =
  '(?:\\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|eighteenth|sixteenth|twenty-first|twenty first))';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** What may follow an age given without a unit: the end of a clause, or a word that cannot be its noun. */
const CLAUSE_END = `(?=\\s*(?:[.,;:!?)\\n]|$|and${E}|but${E}|now${E}|when${E}|this${E}|last${E}|next${E}|in${E}|today${E}|already${E}|and${E}|so${E}|I${E}|he${E}|she${E}|we${E}|they${E}|e${E}|ma${E}))`;

interface AgePattern {
  pattern: RegExp;
  /** A cheap test: the pattern cannot match a text that fails it. */
  hint: RegExp;
  /** The capturing group that is the age, when it is not the whole match. */
  group?: number;
}

const PATTERNS: readonly AgePattern[] = [
  // "I'm 34", "I am fifty-two", "she's 87", "he is now 12", "is now 12", "was ten when"
  { hint: /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred/i, pattern: new RegExp(
      `${B}(?:I['’]m|I am|[Ss]he['’]s|[Hh]e['’]s|[Ss]he is|[Hh]e is|(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere)\\s+(?:now|only|just|barely|nearly|almost)|I was|[Hh]e was|[Ss]he was|[Ww]e were|[Tt]hey were)\\s+(${AGE_EN})${CLAUSE_END}`,
      'gud',
    ),
    group: 1,
  },
  // "turned four", "turns 70", "just turned four"
  { hint: /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred/i, pattern: new RegExp(`${B}(?:turned|turns|turning)\\s+(${AGE_EN})${E}`, 'giud'), group: 1 },
  // "At fifteen I was…", "married at 19", "died at sixty"
  { hint: /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred/i, pattern: new RegExp(
      `(?:(?<=(?:married|died|diagnosed|retired|left school|left home|widowed|pregnant|orphaned|came here|arrived|emigrated|started work|started working)\\s+)at\\s+(${AGE_EN})${E}|(?<![\\p{L}])[Aa]t\\s+(${AGE_EN})(?=\\s*,|\\s+(?:I|he|she|we|they|my|his|her)${E}|\\s*[.;]|\\s+and\\s))`,
      'gud',
    ),
    group: 1,
  },
  // "nine years old", "a nine-year-old", "aged seventeen"
  { hint: /years?[\s-]+old|months?[\s-]+old/i, pattern: new RegExp(`${B}${NUMBER_WORD_EN}[\\s-]+(?:years?|months?)[\\s-]+old${E}`, 'giu') },
  { hint: /aged/i, pattern: new RegExp(`${B}aged\\s+(${NUMBER_WORD_EN})${E}`, 'giud'), group: 1 },
  // "her 70th", "his fiftieth birthday", "my 40th"
  { hint: /\d(?:st|nd|rd|th)|ieth|first|second|third|fifth|ninth|eighth/i, pattern: new RegExp(`${B}(?:my|his|her|their|your|our)\\s+(${ORDINALS_EN})(?!\\s+(?:time|session|week|day|year|anniversary|visit)${E})${E}`, 'giud'), group: 1 },
  { hint: /birthday/i, pattern: new RegExp(`${B}(${ORDINALS_EN})\\s+birthday${E}`, 'giud'), group: 1 },
  // "in his forties", "in her early seventies", "late thirties", "mid-fifties"
  { hint: /ties|teens/i, pattern: new RegExp(`${B}(?:in\\s+(?:my|his|her|their|your|our)\\s+)((?:(?:early|mid|late)[\\s-]+)?${DECADES_EN})${E}`, 'giud'), group: 1 },
  { hint: /ties|teens/i, pattern: new RegExp(`${B}((?:early|mid|late)[\\s-]+${DECADES_EN})${E}`, 'giud'), group: 1 },
  // "fifty-something", "a forty-something"
  { hint: /something/i, pattern: new RegExp(`${B}(?:${TENS_EN.join('|')})-something${E}`, 'giu') },
  // Italian: "quarant'anni", "cinquantadue anni", "diciotto anni" after a verb or preposition of age
  { hint: /anni|mesi/i, pattern: new RegExp(
      `${B}(?:ho|hai|ha|abbiamo|hanno|avevo|aveva|avevano|avrà|compie|compio|compiuto|compiuti|fatto|a|A|di|età di|morto a|morta a)\\s+(${NUMBER_WORD_IT}['’]?\\s?anni|${NUMBER_WORD_IT}\\s+mesi)(?!\\s+(?:fa|dopo|prima|di\\s+\\p{Ll})${E})${E}`,
      'giud',
    ),
    group: 1,
  },
  // "ha appena compiuto 16 e…", "compie 40!": a birthday number without its unit
  { hint: /compi|festeggia/i, pattern: new RegExp(`${B}(?:compiuto|compiuti|compie|compirà|compio|festeggia|festeggiato)\\s+(${DIGITS})(?=\\s*(?:[.,;:!?)]|$|e${E}|ma${E}|anni${E}))`, 'giud'), group: 1 },
  // "quarant'anni" on its own is always an age or a span of years; with "fa" it is a time ago
  { hint: /anni/i, pattern: new RegExp(`(?<!(?<![\\p{L}])(?:da|per|dopo|tra|fra|in|circa|quasi|oltre)\\s)${B}((?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant|cent)['’]anni)(?!\\s+fa${E})${E}`, 'giud'), group: 1 },
  // "trentaquattrenne", "ottantenne", "sessantenne"
  { hint: /enn[ei]/i, pattern: new RegExp(`${B}${ENNE_WORD}${E}`, 'giu') },
  // "sulla cinquantina", "sui settanta"
  { hint: /ina/i, pattern: new RegExp(`${B}(?:sulla|sulle|verso la|oltre la)\\s+(${DECADES_IT})${E}`, 'giud'), group: 1 },
];

/** Finds ages that the number-and-unit rules of `ages.ts` do not: words, contexts, decades, birthdays. */
export function findAgesInWords(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, hint, group } of PATTERNS) {
    if (!hint.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      // A pattern with two alternatives has the age in whichever group took part.
      const taken = group !== undefined && match[group] === undefined && match[group + 1] !== undefined ? group + 1 : group;
      const indices = taken === undefined ? [match.index, match.index + match[0].length] : match.indices?.[taken];
      const start = indices?.[0];
      const end = indices?.[1];
      if (start === undefined || end === undefined) continue;
      const original = text.slice(start, end);
      const value = Number(/^\d+/.exec(original)?.[0] ?? '0');
      if (value > 120) continue;
      findings.push({ start, end, type: 'AGE', original });
    }
  }
  return findings;
}
