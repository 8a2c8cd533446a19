/**
 * The anonymiser: finds personal data in free text before it can reach an exported summary, and replaces each
 * finding with a neutral placeholder. Pure and synchronous; the review screen shows the findings, lets the
 * facilitator undo or add some, and rebuilds the text with `applyFindings`.
 */
import { findAddresses, findPostcodes } from './addresses';
import { findAges } from './ages';
import { findAgesInWords } from './agesInWords';
import { findConditions } from './conditions';
import { findOtherMembers } from './crossMember';
import { findEmails, findHandles, findLinks, findPhones } from './contacts';
import { findDates } from './dates';
import { findDenyListed } from './denyList';
import { findIdNumbers } from './identifiers';
import { detectLanguage } from './language';
import { foldText, foldWord } from './normalise';
import { resolveOverlaps } from './overlaps';
import { otherMentions, personWords } from './mentions';
import { findPersons } from './persons';
import { findLocatives } from './locatives';
import { findOrganisations } from './organisations';
import { findPlaces } from './places';
import { findReferences } from './references';
import { applyFindings } from './placeholders';
import { findMisspeltRosterNames, findRosterNames } from './roster';
import type { AnonymiseContext, AnonymiseResult, Finding } from './types';

export type { AnonymiseContext, AnonymiseResult, Finding, FindingType } from './types';
export { applyFindings, placeholderFor } from './placeholders';
export { detectLanguage } from './language';
export { personWords } from './mentions';
export { createPseudonymBook, personPlaceholder, type PseudonymBook } from './pseudonyms';

/**
 * Finds every piece of personal data in `text` — participants' real names from the roster, other people's
 * names, contact details, dates, ages, addresses, postcodes, ID numbers, links, places, conditions and the
 * group's deny-list terms — and returns the text with each replaced by a placeholder in the text's language.
 * Findings index the input text, are sorted and never overlap. Aliases are never redacted.
 */
export function anonymise(text: string, context: AnonymiseContext): AnonymiseResult {
  const lang = context.lang ?? detectLanguage(text);
  if (text.length === 0) return { text, findings: [] };
  const folded = foldText(text);
  const aliases = new Set(context.roster.map((entry) => foldWord(entry.alias.trim())));

  const addresses = findAddresses(text);
  const postcodes = findPostcodes(text, addresses);
  const rosterNames = findRosterNames(text, folded, context.roster);
  const candidates: Finding[] = [
    ...rosterNames,
    ...findMisspeltRosterNames(text, context.roster, rosterNames),
    ...(context.author === undefined ? [] : findOtherMembers(text, context.roster, context.author)),
    ...findDenyListed(text, folded, context.denyList ?? []),
    ...findEmails(text),
    ...findLinks(text),
    ...findHandles(text),
    ...findIdNumbers(text),
    ...findReferences(text),
    ...findPhones(text),
    ...addresses,
    ...postcodes,
    ...findDates(text),
    ...findAges(text),
    ...findAgesInWords(text),
    ...findPersons(text, aliases),
    ...findPlaces(text, folded, [...addresses, ...postcodes]),
    ...findOrganisations(text, folded),
    ...findLocatives(text),
    ...findConditions(text, folded),
  ];
  const resolved = resolveOverlaps(text, candidates);
  // Second mentions of a name found once, here or (from the caller) elsewhere in the same record.
  const words = [...personWords(resolved), ...(context.knownNames ?? [])];
  const mentions = otherMentions(text, words, resolved);
  const findings = mentions.length > 0 ? resolveOverlaps(text, [...resolved, ...mentions]) : resolved;
  return { text: applyFindings(text, findings, lang), findings };
}
