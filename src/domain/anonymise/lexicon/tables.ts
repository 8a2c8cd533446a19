import { GIVEN_NAME_KEYS, NAME_WORD_KEYS, SURNAME_KEYS_DATA } from './generated/names';
import { COUNTRY_KEYS, STRONG_PLACE_KEYS, WEAK_PLACE_KEYS } from './generated/places';

/*
 * The generated lookup tables (see generated/SOURCES.md), split once into sets of folded keys. They are
 * shipped as one "|"-separated string each: about a third of the size of an array literal.
 */

const keys = (data: string): ReadonlySet<string> => new Set(data.split('|'));

/** Given names from the faker locales of the communities in Italian and British groups. */
export const DATA_GIVEN_NAMES = keys(GIVEN_NAME_KEYS);
/** Surnames from the same locales, minus the given names. */
export const DATA_SURNAMES = keys(SURNAME_KEYS_DATA);
/** Names that are also everyday words: they need a name-like context. */
export const DATA_NAME_WORDS = keys(NAME_WORD_KEYS);
/** GeoNames towns and ISTAT comuni that are a place wherever they are capitalised. */
export const DATA_STRONG_PLACES = keys(STRONG_PLACE_KEYS);
/** One-word places that are also words or names: a place only after a locative word ("from Reading"). */
export const DATA_WEAK_PLACES = keys(WEAK_PLACE_KEYS);
/** Countries in English and Italian: not a town, not a name, not redacted. */
export const DATA_COUNTRIES = keys(COUNTRY_KEYS);
