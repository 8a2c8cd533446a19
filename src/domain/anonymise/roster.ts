import { WORD_LOOKALIKES } from './lexicon/wordLookalikes';
import { foldWord, startsCapitalised, type FoldedText } from './normalise';
import { findIndexedPhrases, indexPhrases, type PhraseIndex } from './phrases';
import { tokenize } from './tokens';
import type { AnonymiseContext, Finding } from './types';

/** Lower-case particles that belong to the surname after them ("Di Stefano", "van Dijk"). */
const PARTICLES = new Set([
  'da', 'dal', 'dalla', 'de', 'dei', 'degli', 'del', 'della', 'delle', 'dello', 'der', 'den', 'di', 'dos', 'du',
  'la', 'le', 'lo', 'mac', 'san', 'st', 'van', 'von',
]);

/** The words of a name, each particle glued to the word after it: "Paola Di Stefano" → Paola, Di Stefano. */
function nameParts(name: string): string[] {
  const parts: string[] = [];
  let pending = '';
  for (const word of name.trim().split(/\s+/)) {
    if (PARTICLES.has(foldWord(word))) {
      pending = pending ? `${pending} ${word}` : word;
      continue;
    }
    parts.push(pending ? `${pending} ${word}` : word);
    pending = '';
  }
  if (pending) parts.push(pending);
  return parts;
}

/**
 * Every form of one roster name worth finding: the whole name, each run of consecutive parts ("Maria Grazia"
 * of "Maria Grazia Conti"), each part, each half of a hyphenated part ("Smith" of "Smith-Jones"), and the
 * name with its first part as an initial ("M. Conti").
 */
export function nameVariants(name: string): string[] {
  const parts = nameParts(name);
  const variants = new Set<string>();
  for (let from = 0; from < parts.length; from++) {
    for (let to = from + 1; to <= parts.length; to++) variants.add(parts.slice(from, to).join(' '));
  }
  for (const part of parts) {
    if (!part.includes(' ')) for (const half of part.split('-')) variants.add(half);
  }
  // Written with an initial: "P. Raman" (also "P Raman") for "Priya Raman".
  const initial = parts[0]?.[0];
  if (parts.length >= 2 && initial && /\p{L}/u.test(initial)) {
    variants.add(`${initial}. ${parts.slice(1).join(' ')}`);
    // Initials alone, "M. H." or "G.M.": found only when written with their full stops (see findRosterNames).
    variants.add(parts.map((part) => `${part[0]}.`).join(' '));
  }
  return [...variants].filter((variant) => variant.replace(/[^\p{L}]/gu, '').length >= 2);
}

/** "M. H.": a variant made of initials only. */
function isInitials(variant: string): boolean {
  return /^(?:\p{L}\.\s?)+$/u.test(variant);
}

/** Whether a name ends in an accented letter, so "Nicolo'" is the same name written with an apostrophe. */
function endsWithAccent(name: string): boolean {
  const last = [...name].pop() ?? '';
  return last.normalize('NFD').length > 1;
}

/** The index of the last roster seen: a group's roster is the same for every text of its summary. */
let lastRoster: { key: string; index: PhraseIndex } | undefined;

/** Every name variant of a roster, aliases left out, indexed for look-up. */
function rosterIndex(roster: AnonymiseContext['roster']): PhraseIndex {
  const key = JSON.stringify(roster);
  if (lastRoster?.key === key) return lastRoster.index;
  const aliases = new Set(roster.map((entry) => foldWord(entry.alias.trim())));
  const variants: string[] = [];
  for (const entry of roster) {
    for (const name of entry.names) {
      for (const variant of nameVariants(name)) {
        const variantKey = foldWord(variant);
        if (!aliases.has(variantKey) && !PARTICLES.has(variantKey)) variants.push(variant);
      }
    }
  }
  lastRoster = { key, index: indexPhrases(variants) };
  return lastRoster.index;
}

/**
 * Finds participants' real names in any case, with or without accents, with possessives and Italian elisions
 * around them ("Anna's", "dall'Anna"), and never inside another word ("Ann" in "annual"). Aliases are never
 * found. A name that is also an everyday word ("Will", "Grace") is found only when capitalised.
 */
export function findRosterNames(text: string, folded: FoldedText, roster: AnonymiseContext['roster']): Finding[] {
  const findings: Finding[] = [];
  for (const match of findIndexedPhrases(folded, rosterIndex(roster), { possessive: true })) {
    let { end } = match;
    const original = text.slice(match.start, end);
    if (WORD_LOOKALIKES.has(foldWord(original)) && !startsCapitalised(original)) continue;
    // Initials count only as written with full stops and in capitals ("M. H.", not "mh" or "MH").
    if (isInitials(match.phrase) && (!/^\p{Lu}\.\s?\p{Lu}/u.test(text.slice(match.start, end + 1)))) continue;
    if (endsWithAccent(match.phrase) && /^['’](?![\p{L}\p{N}])/u.test(text.slice(end, end + 2))) end += 1;
    findings.push({ start: match.start, end, type: 'ROSTER_NAME', original: text.slice(match.start, end) });
  }
  return findings;
}

/** Whether two words differ by at most one letter added, dropped, changed or two swapped ("Antonnio"). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true; // changed
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true; // added or dropped
  return restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2); // swapped
}

/**
 * Roster names misspelt by one letter ("Antonnio" for Antonio), capitalised, six letters or more: a longer name
 * is too unlike an everyday word for one slip to make it another word.
 */
export function findMisspeltRosterNames(text: string, roster: AnonymiseContext['roster'], found: readonly Finding[]): Finding[] {
  const aliases = new Set(roster.map((entry) => foldWord(entry.alias.trim())));
  const parts = new Set(
    roster.flatMap((entry) => entry.names.flatMap((name) => name.split(/[\s-]+/))).map(foldWord).filter((part) => part.length >= 6 && !aliases.has(part)),
  );
  if (parts.size === 0) return [];
  const findings: Finding[] = [];
  for (const token of tokenize(text)) {
    if (!startsCapitalised(token.text) || token.text.length < 5) continue;
    if (found.some((finding) => finding.start < token.end && token.start < finding.end)) continue;
    const key = foldWord(token.text.replace(/['’]s$/u, ''));
    if (aliases.has(key)) continue;
    if ([...parts].some((part) => withinOneEdit(key, part))) {
      const end = token.start + key.length;
      findings.push({ start: token.start, end, type: 'ROSTER_NAME', original: text.slice(token.start, end) });
    }
  }
  return findings;
}
