import type { ReviewDecision } from '../types';
import type { FieldReview } from './review';

/*
 * The facilitator's review decisions, kept on the session's record row so that leaving the export screen and
 * coming back keeps them. Each decision is about one free text, keyed by a hash of that text: when the text
 * changes, the decision no longer applies and is dropped at the next save.
 */

/** A short fingerprint of a text (FNV-1a, 32 bits, with the length): tells "the same text" from "changed". */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** The decisions to store for the current reviews: for each text, the findings the facilitator undid. */
export function decisionsFromKept(reviews: readonly FieldReview[], kept: ReadonlySet<string>): ReviewDecision[] {
  return reviews.flatMap((review) => {
    const undone = review.findings.filter((finding) => kept.has(finding.id)).map((finding) => finding.id);
    return undone.length > 0 ? [{ field: review.key, textHash: textHash(review.text), undone }] : [];
  });
}

/** The undone findings that still apply: decisions whose text is unchanged, on findings that still exist. */
export function keptFromDecisions(reviews: readonly FieldReview[], decisions: readonly ReviewDecision[]): Set<string> {
  const kept = new Set<string>();
  for (const review of reviews) {
    const decision = decisions.find((candidate) => candidate.field === review.key);
    if (!decision || decision.textHash !== textHash(review.text)) continue;
    const ids = new Set(review.findings.map((finding) => finding.id));
    for (const id of decision.undone) if (ids.has(id)) kept.add(id);
  }
  return kept;
}
