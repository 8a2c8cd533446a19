import type { Lang } from '../types';

const ITALIAN = new Set([
  'il', 'lo', 'la', 'gli', 'le', 'di', 'che', 'è', 'e', 'non', 'per', 'con', 'una', 'un', 'sono', 'ha', 'mi',
  'del', 'della', 'nel', 'alla', 'ci', 'si', 'anche', 'ma', 'come', 'oggi', 'abbiamo', 'gruppo', 'sua', 'suo',
]);
const ENGLISH = new Set([
  'the', 'and', 'is', 'to', 'of', 'was', 'she', 'he', 'with', 'my', 'for', 'that', 'it', 'in', 'we', 'her',
  'his', 'on', 'at', 'are', 'i', 'you', 'this', 'be', 'have', 'has', 'group', 'today', 'said',
]);

/** Guesses whether a text is Italian or English from its short function words; English when unsure. */
export function detectLanguage(text: string): Lang {
  let italian = 0;
  let english = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (ITALIAN.has(match[0])) italian++;
    if (ENGLISH.has(match[0])) english++;
  }
  return italian > english ? 'it' : 'en';
}
