import { describe, expect, it } from 'vitest';
import { anonymise, createPseudonymBook, type AnonymiseContext, type FindingType } from '../../src/domain/anonymise';
import { findAgesInWords } from '../../src/domain/anonymise/agesInWords';
import { findOtherMembers } from '../../src/domain/anonymise/crossMember';
import { DATA_COUNTRIES, DATA_GIVEN_NAMES, DATA_STRONG_PLACES, DATA_WEAK_PLACES } from '../../src/domain/anonymise/lexicon/tables';
import { findLocatives } from '../../src/domain/anonymise/locatives';
import { foldText } from '../../src/domain/anonymise/normalise';
import { findOrganisations } from '../../src/domain/anonymise/organisations';
import { findReferences, isValidIban } from '../../src/domain/anonymise/references';
import { withinOneEdit } from '../../src/domain/anonymise/roster';

/** Unit tests for each rule added for issue 11; the corpora are scored in tests/bench/anonymiseCorpus.bench.ts. */

const found = (text: string, context: Partial<AnonymiseContext> = {}): [FindingType, string][] =>
  anonymise(text, { roster: [], lang: 'en', ...context }).findings.map((f) => [f.type, f.original]);
/** The distinct texts found, in order (a finder may propose the same span twice; overlaps are resolved later). */
const originals = (findings: { original: string }[]): string[] => [...new Set(findings.map((f) => f.original))];

describe('generated tables', () => {
  it('hold names and places from the data packages, and keep countries out of places', () => {
    expect(DATA_STRONG_PLACES.has('pontecagnano faiano')).toBe(true); // an ISTAT comune
    expect(DATA_STRONG_PLACES.has('clitheroe')).toBe(true); // a GeoNames town
    expect(DATA_WEAK_PLACES.has('reading')).toBe(true); // a town that is a word
    expect(DATA_GIVEN_NAMES.has('oksana')).toBe(true); // transliterated from faker's uk locale
    expect(DATA_GIVEN_NAMES.has('chinedu')).toBe(true);
    expect(DATA_COUNTRIES.has('italia')).toBe(true);
    expect(DATA_STRONG_PLACES.has('italia')).toBe(false);
  });
});

describe('places after locative words', () => {
  it('takes a town that is also a word only after a locative', () => {
    expect(originals(findLocatives('We moved here from Reading last year.'))).toEqual(['Reading']);
    expect(originals(findLocatives('Reading helps me sleep.'))).toEqual([]);
    expect(originals(findLocatives('Vicino a Bra c’è la cascina.'))).toEqual(['Bra']);
  });

  it('takes an unlisted village after a word that only introduces places', () => {
    expect(originals(findLocatives('She grew up in Ballyfeeny Upper and moved away.'))).toEqual(['Ballyfeeny Upper']);
    expect(originals(findLocatives('Abito in provincia di Frosinone.'))).toEqual(['Frosinone']);
    expect(originals(findLocatives('Il Comune di Pontecagnano Faiano ci ha aiutato.'))).toEqual(['Pontecagnano Faiano']);
  });

  it('leaves months, countries, languages and first names after ordinary locatives', () => {
    expect(findLocatives('We met in May, from Italy, in Punjabi, with Marco and from Maria.')).toEqual([]);
  });
});

describe('organisations', () => {
  const orgs = (text: string) => originals(findOrganisations(text, foldText(text)));
  it('finds associations, schools, wards and well-known hospitals', () => {
    expect(orgs('She found the Rotherham Carers Network at the pharmacy.')).toEqual(['Rotherham Carers Network']);
    expect(orgs('We were on Ward 7B, then the Rainbow Ward.')).toEqual(expect.arrayContaining(['Ward 7B', 'Rainbow Ward']));
    expect(orgs('Al Niguarda e al Gaslini.')).toEqual(['Niguarda', 'Gaslini']);
    expect(orgs("L'Associazione Genitori Insieme Onlus ci ha seguiti.")).toEqual(['Associazione Genitori Insieme Onlus']);
    expect(orgs('La mia ASL è la ASL Roma 2.')).toEqual(['ASL Roma 2']);
  });

  it('leaves generic institutions and cuts the city off an Italian name', () => {
    expect(orgs('The primary school and the day centre were closed.')).toEqual([]);
    expect(orgs('Policlinico Gemelli di Roma')).toContain('Policlinico Gemelli');
    expect(orgs('Policlinico Gemelli di Roma')).not.toContain('Policlinico Gemelli di Roma');
  });
});

describe('ages in words and in context', () => {
  const ages = (text: string) => originals(findAgesInWords(text));
  it('finds English ages in words, decades and birthdays', () => {
    expect(ages("I'm 52 and I started drawing again.")).toEqual(['52']);
    expect(ages('He is now 12, and asks questions.')).toEqual(['12']);
    expect(ages('For her 70th we hired the hall.')).toEqual(['70th']);
    expect(ages('Dad was in his forties; mum is in her early seventies.')).toEqual(['forties', 'early seventies']);
    expect(ages('I was twenty-three when I came.')).toEqual(['twenty-three']);
    expect(ages('Her grandson is only seven and her son died at nineteen with Duchenne.')).toEqual(['seven', 'nineteen']);
  });

  it("finds Italian ages in words and leaves durations alone", () => {
    expect(ages("Mio figlio ha compiuto quarant'anni a marzo.")).toEqual(["quarant'anni"]);
    expect(ages('Una trentaquattrenne e un ottantenne.')).toEqual(['trentaquattrenne', 'ottantenne']);
    expect(ages('Mia madre è sulla settantina.')).toEqual(['settantina']);
    expect(ages("Fa la colf a Monza da vent'anni; trent'anni fa era a Roma.")).toEqual([]);
  });
});

describe('identifiers', () => {
  it('finds NI numbers with spaces, valid IBANs, references and long numbers', () => {
    expect(originals(findReferences('NI number QQ 12 34 56 C, thanks.'))).toEqual(['QQ 12 34 56 C']);
    expect(isValidIban('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(isValidIban('GB29 NWBK 6016 1331 9268 18')).toBe(false);
    expect(originals(findReferences('Refund to GB29 NWBK 6016 1331 9268 19.'))).toEqual(['GB29 NWBK 6016 1331 9268 19']);
    expect(originals(findReferences('Reference HSG-2024/0417 and case CR/88123/B.'))).toEqual(['HSG-2024/0417', 'CR/88123/B']);
    expect(originals(findReferences('(n. 80380001200034567812)'))).toContain('80380001200034567812');
  });

  it('leaves dates, codes and phone numbers to their own rules', () => {
    expect(findReferences('On 12/03/2024 after COVID-19, call 555-987-6543.')).toEqual([]);
  });

  it('finds online handles', () => {
    expect(found('I post as u/sleepy_fern and @mari.draws.')).toEqual([
      ['HANDLE', 'u/sleepy_fern'],
      ['HANDLE', '@mari.draws'],
    ]);
  });
});

describe('names', () => {
  it('finds roster names written with initials, but not bare capitals', () => {
    const roster = [{ alias: 'Oak', names: ['Margaret Holloway'] }];
    expect(found('M. H. said no photos. P. Holloway? M. Holloway agreed.', { roster })).toEqual(
      expect.arrayContaining([['ROSTER_NAME', 'M. H'], ['ROSTER_NAME', 'M. Holloway']]),
    );
    expect(found('The MH team came.', { roster })).toEqual([]);
  });

  it('finds a roster name misspelt by one letter', () => {
    expect(withinOneEdit('antonnio', 'antonio')).toBe(true);
    expect(withinOneEdit('antonio', 'antonia')).toBe(true);
    expect(withinOneEdit('antonio', 'antonella')).toBe(false);
    expect(found('Antonnio è arrivato tardi.', { roster: [{ alias: 'Olmo', names: ['Antonio Russo'] }], lang: 'it' })).toEqual([
      ['ROSTER_NAME', 'Antonnio'],
    ]);
  });

  it('finds a name everywhere once it is found, in this text and from others of the same record', () => {
    expect(found('My brother Tendai came. Tendai drove.')).toEqual([
      ['PERSON', 'Tendai'],
      ['PERSON', 'Tendai'],
    ]);
    expect(found('Later Tendai drove home.', { knownNames: ['Tendai'] })).toEqual([['PERSON', 'Tendai']]);
  });

  it('finds names after kinship words of other languages, titles and "with"', () => {
    expect(found('Mama Nkechi raised six children.')).toEqual([['PERSON', 'Nkechi']]);
    expect(found('La mia bunica Floarea cucinava.', { lang: 'it' })).toEqual([['PERSON', 'Floarea']]);
    expect(found('Pastor Adeyemi visits on Thursdays.')).toEqual([['PERSON', 'Adeyemi']]);
    expect(found('Con la Daniela abbiamo preparato i cartelloni.', { lang: 'it' })).toEqual([['PERSON', 'Daniela']]);
  });

  it('leaves roster-like words used as words', () => {
    expect(found('The group chose Hope as its word. Words we chose: Faith, Hope, Patience, Joy.')).toEqual([]);
  });
});

describe('cross-member guard', () => {
  const roster = [
    { alias: 'Oak', names: ['Anna Bianchi'] },
    { alias: 'Willow', names: ['Rob Hughes'] },
  ];
  it("flags another member's alias in a participant's note, not their own", () => {
    expect(originals(findOtherMembers('Willow and Oak walked; an oak tree.', roster, 'Willow'))).toEqual(['Oak']);
    expect(found('Willow told me about Oak and Rob.', { roster, author: 'Willow' })).toEqual([
      ['ROSTER_NAME', 'Oak'],
      ['ROSTER_NAME', 'Rob'],
    ]);
  });
});

describe('pseudonym book', () => {
  it('numbers people by first mention, one number per person, in the summary language', () => {
    const book = createPseudonymBook([{ alias: 'Oak', names: ['Anna Bianchi', 'Annie'] }], 'it');
    expect(book.placeholder('PERSON', 'Marguerite Okonjo')).toBe('[Persona 1]');
    expect(book.placeholder('ROSTER_NAME', 'Annie')).toBe('[Persona 2]');
    expect(book.placeholder('ROSTER_NAME', 'Bianchi')).toBe('[Persona 2]');
    expect(book.placeholder('ROSTER_NAME', 'Oak')).toBe('[Persona 2]');
    expect(book.placeholder('PERSON', 'Okonjo')).toBe('[Persona 1]');
    expect(book.placeholder('PERSON', 'Delroy')).toBe('[Persona 3]');
    expect(book.placeholder('LOCATION', 'Cuneo')).toBeUndefined();
  });
});
