import type { Finding } from './types';

/*
 * A name found once is a name everywhere in the record: "Bogdan is my brother-in-law; Bogdan fixed the ramp"
 * finds the second "Bogdan" from the first, even where nothing around it says "person".
 */

const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’-]{2,}/gu;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** The capitalised words of the people's names found in a text, to look for elsewhere. */
export function personWords(findings: readonly Finding[]): string[] {
  const words = new Set<string>();
  for (const finding of findings) {
    if (finding.type !== 'PERSON') continue;
    for (const word of finding.original.match(NAME_WORD) ?? []) words.add(word.replace(/['’]s$/u, ''));
  }
  return [...words];
}

/** Every other whole-word, same-case occurrence of those words that no finding covers yet, as PERSON. */
export function otherMentions(text: string, words: readonly string[], findings: readonly Finding[]): Finding[] {
  if (words.length === 0) return [];
  // One mark per character already taken, so each look-up is constant time whatever the number of findings.
  const taken = new Uint8Array(text.length + 1);
  for (const finding of findings) taken.fill(1, finding.start, finding.end);
  const covered = (start: number, end: number): boolean => taken.subarray(start, end).includes(1);
  const extra: Finding[] = [];
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      if (covered(at, end)) continue;
      taken.fill(1, at, end);
      extra.push({ start: at, end, type: 'PERSON', original: word });
    }
  }
  return extra;
}
