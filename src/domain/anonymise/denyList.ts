import type { FoldedText } from './normalise';
import { findIndexedPhrases, indexPhrases } from './phrases';
import type { Finding } from './types';

/** Finds the group's deny-list terms: whole words or phrases, any case, accents ignored. */
export function findDenyListed(text: string, folded: FoldedText, denyList: readonly string[]): Finding[] {
  return findIndexedPhrases(folded, indexPhrases(denyList)).map((match) => ({
    start: match.start,
    end: match.end,
    type: 'DENY_LIST',
    original: text.slice(match.start, match.end),
  }));
}
