import type { AnonymiseContext, Finding } from './types';

/*
 * The cross-member guard: a participant's own note may carry their alias, but another member's alias in it
 * ("Oak told me about her son" written on Willow's tree) says who shared what with whom, so it is flagged for
 * review like a roster name. Other members' real names are found anyway as roster names.
 */

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Other members' aliases written as names (capitalised as in the roster, whole words) in the author's note. */
export function findOtherMembers(text: string, roster: AnonymiseContext['roster'], author: string): Finding[] {
  const own = author.trim();
  const findings: Finding[] = [];
  for (const entry of roster) {
    const alias = entry.alias.trim();
    if (alias.length < 2 || alias === own) continue;
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      findings.push({ start: at, end, type: 'ROSTER_NAME', original: alias });
    }
  }
  return findings;
}
