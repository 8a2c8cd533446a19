import type { Lang } from '../types';
import { foldWord } from './normalise';
import { nameVariants, withinOneEdit } from './roster';
import type { AnonymiseContext, FindingType } from './types';

/*
 * Consistent pseudonyms for one summary: the same person becomes the same placeholder wherever they are named
 * ("[Person 1]" … "[Person 1]"), different people different ones. A participant is the same person under any of
 * their roster names ("Anna", "Anna Bianchi", "A. Bianchi"); another person is the same when a name word is
 * shared ("Marguerite Okonjo" … "Okonjo").
 */

const PERSON_TYPES: ReadonlySet<FindingType> = new Set(['PERSON', 'ROSTER_NAME']);
const LABEL: Record<Lang, string> = { en: 'Person', it: 'Persona' };

/** The placeholder of the n-th person of a summary. */
export function personPlaceholder(n: number, lang: Lang): string {
  return `[${LABEL[lang]} ${n}]`;
}

export interface PseudonymBook {
  /** The placeholder for this finding, or undefined when it is not a person. Numbers follow first mention. */
  placeholder(type: FindingType, original: string): string | undefined;
}

const nameWords = (original: string): string[] =>
  (original.match(/[\p{L}\p{M}'’-]+/gu) ?? []).map((word) => foldWord(word.replace(/['’]s$/u, ''))).filter((word) => word.length >= 2);

/** A new book for one summary, over the group's roster. */
export function createPseudonymBook(roster: AnonymiseContext['roster'], lang: Lang): PseudonymBook {
  const rosterKey = new Map<string, string>();
  roster.forEach((entry, index) => {
    for (const name of entry.names) for (const variant of nameVariants(name)) rosterKey.set(foldWord(variant).replace(/[^\p{L}\p{N}]/gu, ''), `roster:${index}`);
    rosterKey.set(foldWord(entry.alias).replace(/[^\p{L}\p{N}]/gu, ''), `roster:${index}`);
  });
  const rosterParts = roster.flatMap((entry, index) =>
    entry.names.flatMap((name) => name.split(/[\s-]+/)).map((part) => ({ part: foldWord(part), key: `roster:${index}` })),
  );
  const numbers = new Map<string, number>();
  const wordKeys = new Map<string, string>();

  const identify = (type: FindingType, original: string): string => {
    const compact = foldWord(original).replace(/[^\p{L}\p{N}]/gu, '');
    const words = nameWords(original);
    if (type === 'ROSTER_NAME') {
      const exact = rosterKey.get(compact) ?? words.map((word) => rosterKey.get(word)).find((key) => key !== undefined);
      const close = rosterParts.find(({ part }) => part.length >= 6 && words.some((word) => withinOneEdit(word, part)))?.key;
      if (exact ?? close) return (exact ?? close)!;
    }
    const known = words.map((word) => wordKeys.get(word)).find((key) => key !== undefined);
    const key = known ?? `person:${compact}`;
    for (const word of words) if (!wordKeys.has(word)) wordKeys.set(word, key);
    return key;
  };

  return {
    placeholder(type, original) {
      if (!PERSON_TYPES.has(type)) return undefined;
      const key = identify(type, original);
      let n = numbers.get(key);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(key, n);
      }
      return personPlaceholder(n, lang);
    },
  };
}
