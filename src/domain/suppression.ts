/**
 * Small-count suppression for the anonymised summary (DOMAIN.md §6.4). Pure: counts in, display cells out.
 *
 * - Totals may be shown as they are.
 * - In a breakdown, a cell of 1..k-1 is hidden and shown as "<k" (primary suppression). Zero stays 0.
 * - Secondary suppression: a hidden cell must not be derivable from the total and the other cells. A reader
 *   who knows the rule knows every "<k" cell lies in 1..k-1 and every other hidden cell in k..total, so the
 *   check works on those intervals, not just on "exactly one cell is hidden". While some hidden cell can be
 *   pinned to one value, the next-smallest shown non-zero cell is hidden too; when none is left, the whole
 *   breakdown is withheld (only the total is reported).
 * - Percentages only when the denominator is at least 10; feedback ratings only when n >= k.
 */

/** Lowest and highest suppression threshold a group may choose. */
export const K_MIN = 5;
export const K_MAX = 10;

/** Smallest denominator a percentage may be computed over. */
export const MIN_PERCENT_DENOMINATOR = 10;

/** One displayed count. `primary` cells are 1..k-1 (shown "<k"); `secondary` cells were hidden to protect them. */
export type Cell =
  | { kind: 'value'; value: number }
  | { kind: 'suppressed'; reason: 'primary' | 'secondary' };

/** A breakdown after suppression: its cells in input order, or withheld entirely when no safe display exists. */
export interface SuppressedBreakdown {
  cells: Cell[];
  /** True when even secondary suppression cannot hide the small cells; show only the total. */
  withheld: boolean;
}

export interface BreakdownOptions {
  /**
   * Whether the total (the sum of the cells: a breakdown's cells always partition its total) is published
   * with the breakdown. Default true. Without a published total nothing can be derived, so only primary
   * suppression applies.
   */
  totalShown?: boolean;
}

/** Clamp a group's threshold into the allowed range; anything unreadable becomes the default 5. */
export function normaliseK(k: number): number {
  if (!Number.isFinite(k)) return K_MIN;
  return Math.min(K_MAX, Math.max(K_MIN, Math.round(k)));
}

/** A single count shown on its own (not part of a breakdown): 1..k-1 becomes "<k", 0 and >= k stay. */
export function suppressCount(value: number, k: number): Cell {
  const threshold = normaliseK(k);
  const count = toCount(value);
  return count >= 1 && count < threshold ? { kind: 'suppressed', reason: 'primary' } : { kind: 'value', value: count };
}

/** Suppress one breakdown (e.g. on time / late / left early) against its total. */
export function suppressBreakdown(values: readonly number[], k: number, options: BreakdownOptions = {}): SuppressedBreakdown {
  const threshold = normaliseK(k);
  const counts = values.map(toCount);
  const total = counts.reduce((sum, v) => sum + v, 0);
  const totalShown = options.totalShown ?? true;
  const hidden: ('primary' | 'secondary' | null)[] = counts.map((v) => (v >= 1 && v < threshold ? 'primary' : null));

  if (totalShown && hidden.some((h) => h !== null)) {
    while (anyDerivable(counts, hidden, threshold, total)) {
      const next = nextSmallestShown(counts, hidden);
      if (next === -1) return { cells: counts.map(() => ({ kind: 'suppressed', reason: 'secondary' })), withheld: true };
      hidden[next] = 'secondary';
    }
  }
  const cells = counts.map((value, i): Cell => {
    const reason = hidden[i];
    return reason ? { kind: 'suppressed', reason } : { kind: 'value', value };
  });
  return { cells, withheld: false };
}

/**
 * Whether a reader could work out one hidden cell exactly: each hidden cell's possible range, given the
 * published total, the shown cells and the other hidden cells' ranges, collapses to a single value.
 */
function anyDerivable(counts: readonly number[], hidden: readonly ('primary' | 'secondary' | null)[], k: number, total: number): boolean {
  const shownSum = counts.reduce((sum, v, i) => (hidden[i] ? sum : sum + v), 0);
  const hiddenSum = total - shownSum;
  const bounds = hidden.map((h) => (h === 'primary' ? [1, k - 1] : h === 'secondary' ? [k, Math.max(k, total)] : null));
  const hiddenIdx = bounds.flatMap((b, i) => (b ? [i] : []));
  const sumLo = hiddenIdx.reduce((sum, i) => sum + bounds[i]![0]!, 0);
  const sumHi = hiddenIdx.reduce((sum, i) => sum + bounds[i]![1]!, 0);
  return hiddenIdx.some((i) => {
    const [lo, hi] = bounds[i] as [number, number];
    const min = Math.max(lo, hiddenSum - (sumHi - hi));
    const max = Math.min(hi, hiddenSum - (sumLo - lo));
    return min >= max;
  });
}

/** The index of the smallest shown non-zero cell (ties: the first), or -1 when only zeros are left. */
function nextSmallestShown(counts: readonly number[], hidden: readonly ('primary' | 'secondary' | null)[]): number {
  let best = -1;
  counts.forEach((value, i) => {
    if (hidden[i] || value === 0) return;
    if (best === -1 || value < counts[best]!) best = i;
  });
  return best;
}

/** Shown for a cell hidden by secondary suppression. */
export const SECONDARY_MARK = '*';

/**
 * The text of a cell: the number, "<k" for a small cell, and "*" for a cell hidden by secondary
 * suppression (writing "<k" there would be untrue when the value is k or more).
 */
export function formatCell(cell: Cell, k: number): string {
  if (cell.kind === 'value') return String(cell.value);
  return cell.reason === 'primary' ? `<${normaliseK(k)}` : SECONDARY_MARK;
}

/** Whether a breakdown hides any cell by secondary suppression (the summary then explains the "*"). */
export function hasSecondary(breakdown: SuppressedBreakdown): boolean {
  return !breakdown.withheld && breakdown.cells.some((c) => c.kind === 'suppressed' && c.reason === 'secondary');
}

/** A whole-number percentage, or null when the denominator is under 10 (or zero). */
export function percentage(part: number, denominator: number): number | null {
  const d = toCount(denominator);
  if (d < MIN_PERCENT_DENOMINATOR) return null;
  return Math.round((toCount(part) / d) * 100);
}

export type FeedbackSummary =
  | { reported: true; n: number; mean: number; scale: number }
  | { reported: false; n: number };

/** Aggregate anonymous ratings (1..scale); reported only when at least k forms were returned. */
export function summariseFeedback(ratings: readonly number[], k: number, scale = 5): FeedbackSummary {
  const valid = ratings.filter((r) => Number.isInteger(r) && r >= 1 && r <= scale);
  if (valid.length < normaliseK(k)) return { reported: false, n: valid.length };
  const mean = Math.round((valid.reduce((sum, r) => sum + r, 0) / valid.length) * 10) / 10;
  return { reported: true, n: valid.length, mean, scale };
}

function toCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
