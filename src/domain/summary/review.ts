import { anonymise, applyFindings, createPseudonymBook, personWords, type FindingType } from '../anonymise';
import type { Lang } from '../types';
import { collectFreeTexts, mapFreeTexts, type SummaryModel } from './model';

/**
 * The review between the summary model and the PDF (DOMAIN.md §6.3 #7): the anonymiser marks every
 * finding in every free text, the facilitator undoes the wrong ones and adds phrases it missed, and only
 * then are the redactions applied. Pure; the export screen keeps the decisions in its state.
 */

/** What the anonymiser needs to know about the group. */
export interface ReviewContext {
  roster: { alias: string; names: string[] }[];
  denyList: string[];
  lang: Lang;
}

/** One finding in one free text. `id` is stable while the text is unchanged. */
export interface ReviewFinding {
  id: string;
  start: number;
  end: number;
  type: FindingType;
  original: string;
  /** `manual` when it comes from a phrase the facilitator asked to redact. */
  source: 'auto' | 'manual';
  /** A person's pseudonym, the same for the same person throughout the summary ("[Person 1]"). */
  label?: string;
}

export interface FieldReview {
  key: string;
  text: string;
  findings: ReviewFinding[];
}

/** The type given to phrases the facilitator redacts by hand: they behave like deny-list terms. */
export const MANUAL_TYPE: FindingType = 'DENY_LIST';

/**
 * Aliases as they are written (case-sensitive, whole words). The anonymiser leaves aliases alone because
 * the app shows them everywhere on the device, but an alias in a PDF would link the same person across
 * summaries, so the review flags it as a roster name. Lower-case use ("an oak tree") is an ordinary word.
 */
export function aliasFindings(text: string, aliases: readonly string[]): { start: number; end: number; type: FindingType }[] {
  return aliases.flatMap((alias) => {
    const name = alias.trim();
    if (!name) return [];
    return termOccurrences(text, name)
      .filter((span) => text.slice(span.start, span.end) === name)
      .map((span) => ({ ...span, type: 'ROSTER_NAME' as const }));
  });
}

/** The id of a finding: field key and span, so an undo survives re-running the anonymiser on the same text. */
export function findingId(key: string, start: number, end: number): string {
  return `${key}:${start}:${end}`;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Every place a phrase occurs in a text, ignoring case, and not inside a longer word when the phrase
 * starts or ends with a letter ("Ann" is not found in "annual").
 */
export function termOccurrences(text: string, term: string): { start: number; end: number }[] {
  const needle = term.trim().toLocaleLowerCase();
  if (!needle) return [];
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change lengths for a few scripts; then offsets would drift, so fall back to exact case.
  const sameLength = haystack.length === text.length;
  const source = sameLength ? haystack : text;
  const target = sameLength ? needle : term.trim();
  const found: { start: number; end: number }[] = [];
  let from = 0;
  while (from <= source.length - target.length) {
    const at = source.indexOf(target, from);
    if (at === -1) break;
    const end = at + target.length;
    const startsWord = WORD_CHAR.test(target[0]!);
    const endsWord = WORD_CHAR.test(target[target.length - 1]!);
    const beforeOk = !startsWord || at === 0 || !WORD_CHAR.test(text[at - 1]!);
    const afterOk = !endsWord || end === text.length || !WORD_CHAR.test(text[end]!);
    if (beforeOk && afterOk) found.push({ start: at, end });
    from = at + 1;
  }
  return found;
}

/**
 * Sort findings and merge overlaps into one span (keeping the first one's type, and `manual` if either
 * was manual), so a redaction never leaves half a name behind.
 */
export function mergeFindings(key: string, text: string, findings: readonly Omit<ReviewFinding, 'id' | 'original'>[]): ReviewFinding[] {
  const sorted = findings
    .filter((f) => f.end > f.start && f.start >= 0 && f.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Omit<ReviewFinding, 'id' | 'original'>[] = [];
  for (const finding of sorted) {
    const last = merged[merged.length - 1];
    if (last && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      if (finding.source === 'manual') last.source = 'manual';
    } else merged.push({ ...finding });
  }
  return merged.map((f) => ({ ...f, id: findingId(key, f.start, f.end), original: text.slice(f.start, f.end) }));
}

/**
 * Run the anonymiser and the facilitator's extra phrases over every free text of the summary. A name found as a
 * person in one text is looked for in all of them, and every person gets one pseudonym for the whole summary.
 */
export function reviewSummary(model: SummaryModel, context: ReviewContext, extraTerms: readonly string[] = []): FieldReview[] {
  const texts = collectFreeTexts(model);
  const options = { roster: context.roster, denyList: context.denyList, lang: context.lang };
  const knownNames = [...new Set(texts.flatMap(({ text }) => personWords(anonymise(text, options).findings)))];
  const book = createPseudonymBook(context.roster, context.lang);
  return texts.map(({ key, text }) => {
    const auto = anonymise(text, { ...options, knownNames }).findings.map((f) => ({
      start: f.start,
      end: f.end,
      type: f.type,
      source: 'auto' as const,
    }));
    const aliases = aliasFindings(
      text,
      context.roster.map((entry) => entry.alias),
    ).map((f) => ({ ...f, source: 'auto' as const }));
    const manual = extraTerms.flatMap((term) =>
      termOccurrences(text, term).map((span) => ({ ...span, type: MANUAL_TYPE, source: 'manual' as const })),
    );
    const findings = mergeFindings(key, text, [...auto, ...aliases, ...manual]).map((finding) => {
      const label = finding.source === 'auto' ? book.placeholder(finding.type, finding.original) : undefined;
      return label ? { ...finding, label } : finding;
    });
    return { key, text, findings };
  });
}

/** Findings still to be redacted: all of them except those the facilitator undid. */
export function activeFindings(review: FieldReview, kept: ReadonlySet<string>): ReviewFinding[] {
  return review.findings.filter((f) => !kept.has(f.id));
}

/** A text with its active findings replaced by neutral placeholders in the summary's language. */
export function redactText(review: FieldReview, kept: ReadonlySet<string>, lang: Lang): string {
  const findings = activeFindings(review, kept).map(({ start, end, type, original, label }) => ({ start, end, type, original, label }));
  return findings.length === 0 ? review.text : applyFindings(review.text, findings, lang);
}

/**
 * The model as it will be exported: every free text redacted per the review. A text that has no review
 * (it changed after the review was made) is refused rather than exported unchecked.
 */
export function finaliseSummary(model: SummaryModel, reviews: readonly FieldReview[], kept: ReadonlySet<string>): SummaryModel {
  const byKey = new Map(reviews.map((review) => [review.key, review]));
  return mapFreeTexts(model, ({ key, text }) => {
    if (!text.trim()) return text;
    const review = byKey.get(key);
    if (!review || review.text !== text) throw new Error(`Free text "${key}" changed after it was reviewed`);
    return redactText(review, kept, model.lang);
  });
}

/** A text cut into plain runs and findings, for highlighting. */
export function segments(review: FieldReview): { text: string; finding: ReviewFinding | null }[] {
  const parts: { text: string; finding: ReviewFinding | null }[] = [];
  let at = 0;
  for (const finding of review.findings) {
    if (finding.start > at) parts.push({ text: review.text.slice(at, finding.start), finding: null });
    parts.push({ text: finding.original, finding });
    at = finding.end;
  }
  if (at < review.text.length) parts.push({ text: review.text.slice(at), finding: null });
  return parts;
}

/** How many findings of each type, for the review's overview. */
export function countByType(reviews: readonly FieldReview[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const review of reviews) for (const f of review.findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/**
 * A fingerprint of exactly what would be exported: every text and the findings still redacted. The
 * attestation is tied to it, so any change after the facilitator ticked it (an undo, a new phrase, the
 * record edited elsewhere) clears the tick.
 */
export function reviewSignature(reviews: readonly FieldReview[], kept: ReadonlySet<string>): string {
  return JSON.stringify(reviews.map((review) => [review.key, review.text, activeFindings(review, kept).map((f) => f.id)]));
}
