import { describe, expect, it } from 'vitest';
import {
  formatCell,
  hasSecondary,
  normaliseK,
  percentage,
  summariseFeedback,
  suppressBreakdown,
  suppressCount,
  type Cell,
  type SuppressedBreakdown,
} from '../../../src/domain/suppression';

/** Cells as the reader sees them, k = 5 unless given. */
function shown(breakdown: SuppressedBreakdown, k = 5): string[] {
  return breakdown.cells.map((cell) => formatCell(cell, k));
}

/**
 * Brute force: every assignment of values to the hidden cells that a reader who knows the rule would
 * accept (primary in 1..k-1, secondary in k..total, sum = total). A hidden cell is disclosed when it has
 * the same value in every accepted assignment.
 */
function disclosedCells(values: number[], breakdown: SuppressedBreakdown, k: number): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  const hidden = breakdown.cells.flatMap((c, i) => (c.kind === 'suppressed' ? [i] : []));
  const shownSum = values.reduce((sum, v, i) => (hidden.includes(i) ? sum : sum + v), 0);
  const ranges = hidden.map((i) => {
    const cell = breakdown.cells[i] as Extract<Cell, { kind: 'suppressed' }>;
    return cell.reason === 'primary' ? [1, k - 1] : [k, Math.max(k, total)];
  });
  const seen = hidden.map(() => new Set<number>());
  const walk = (index: number, sum: number, chosen: number[]): void => {
    if (index === hidden.length) {
      if (sum === total - shownSum) chosen.forEach((v, j) => seen[j]!.add(v));
      return;
    }
    const [lo, hi] = ranges[index] as [number, number];
    for (let v = lo; v <= hi && sum + v <= total; v += 1) walk(index + 1, sum + v, [...chosen, v]);
  };
  walk(0, 0, []);
  return hidden.filter((_, j) => seen[j]!.size === 1);
}

describe('suppressCount', () => {
  it('shows zero, hides 1..k-1, shows k and above', () => {
    expect(formatCell(suppressCount(0, 5), 5)).toBe('0');
    for (let v = 1; v <= 4; v += 1) expect(formatCell(suppressCount(v, 5), 5)).toBe('<5');
    expect(formatCell(suppressCount(5, 5), 5)).toBe('5');
    expect(formatCell(suppressCount(12, 5), 5)).toBe('12');
  });

  it('uses the group threshold, clamped to 5..10', () => {
    expect(formatCell(suppressCount(7, 8), 8)).toBe('<8');
    expect(formatCell(suppressCount(8, 8), 8)).toBe('8');
    expect(normaliseK(3)).toBe(5);
    expect(normaliseK(12)).toBe(10);
    expect(normaliseK(Number.NaN)).toBe(5);
    expect(formatCell(suppressCount(4, 3), 3)).toBe('<5');
  });

  it('treats negative, fractional and non-finite counts safely', () => {
    expect(suppressCount(-2, 5)).toEqual({ kind: 'value', value: 0 });
    expect(suppressCount(Number.POSITIVE_INFINITY, 5)).toEqual({ kind: 'value', value: 0 });
    expect(formatCell(suppressCount(4.7, 5), 5)).toBe('<5');
  });
});

describe('suppressBreakdown', () => {
  it('leaves a breakdown with no small cells alone', () => {
    const b = suppressBreakdown([6, 0, 9], 5);
    expect(shown(b)).toEqual(['6', '0', '9']);
    expect(b.withheld).toBe(false);
    expect(hasSecondary(b)).toBe(false);
  });

  it('keeps zero as 0 and never suppresses it', () => {
    const b = suppressBreakdown([0, 7, 0, 8], 5);
    expect(shown(b)).toEqual(['0', '7', '0', '8']);
  });

  it('hides the next-smallest cell when exactly one cell is small (total shown)', () => {
    const b = suppressBreakdown([7, 2, 9], 5);
    expect(shown(b)).toEqual(['*', '<5', '9']);
    expect(b.cells[0]).toEqual({ kind: 'suppressed', reason: 'secondary' });
    expect(b.cells[2]).toEqual({ kind: 'value', value: 9 });
    expect(hasSecondary(b)).toBe(true);
  });

  it('picks the smallest shown non-zero cell for secondary suppression, not a zero', () => {
    const b = suppressBreakdown([12, 0, 3, 6], 5);
    expect(shown(b)).toEqual(['12', '0', '<5', '*']);
  });

  it('does not need secondary suppression when the total is not published', () => {
    const b = suppressBreakdown([7, 2, 9], 5, { totalShown: false });
    expect(shown(b)).toEqual(['7', '<5', '9']);
  });

  it('catches two small cells that the total pins down (1 + 1)', () => {
    // Total 8 with a shown 6: the two hidden cells sum to 2, and each is at least 1, so both are 1.
    const b = suppressBreakdown([1, 1, 6], 5);
    expect(b.withheld).toBe(false);
    expect(shown(b)).toEqual(['<5', '<5', '*']);
    expect(disclosedCells([1, 1, 6], b, 5)).toEqual([]);
  });

  it('catches small cells pinned at the top of their range (4 + 4 = 8)', () => {
    const b = suppressBreakdown([4, 4], 5);
    expect(b.withheld).toBe(true);
    expect(b.cells.every((c) => c.kind === 'suppressed')).toBe(true);
  });

  it('withholds a breakdown whose only non-zero cell is small (it equals the total)', () => {
    const b = suppressBreakdown([3, 0, 0], 5);
    expect(b.withheld).toBe(true);
  });

  it('withholds when the only other cells are zeros and the total reveals the hidden one', () => {
    expect(suppressBreakdown([0, 2], 5).withheld).toBe(true);
    expect(suppressBreakdown([1, 0, 0, 0, 0], 5).withheld).toBe(true);
  });

  it('is fine with several small cells whose sum leaves room', () => {
    const b = suppressBreakdown([2, 3, 1, 0, 4], 5);
    expect(b.withheld).toBe(false);
    expect(shown(b)).toEqual(['<5', '<5', '<5', '0', '<5']);
    expect(disclosedCells([2, 3, 1, 0, 4], b, 5)).toEqual([]);
  });

  it('an all-zero breakdown shows zeros', () => {
    const b = suppressBreakdown([0, 0, 0], 5);
    expect(shown(b)).toEqual(['0', '0', '0']);
    expect(b.withheld).toBe(false);
  });

  it('uses k from the group (k = 10)', () => {
    const b = suppressBreakdown([9, 12, 15], 10);
    expect(shown(b, 10)).toEqual(['<10', '*', '15']);
  });

  it('never lets a reader derive a hidden cell (exhaustive over small breakdowns)', () => {
    for (const k of [5, 7]) {
      for (let a = 0; a <= 12; a += 1) {
        for (let b = 0; b <= 12; b += 1) {
          for (let c = 0; c <= 12; c += 1) {
            const values = [a, b, c];
            const result = suppressBreakdown(values, k);
            // Primary rule: every 1..k-1 cell is hidden, whatever else happens.
            values.forEach((v, i) => {
              if (v >= 1 && v < k) expect(result.cells[i]!.kind).toBe('suppressed');
              if (v === 0 && !result.withheld) expect(result.cells[i]).toEqual({ kind: 'value', value: 0 });
            });
            if (!result.withheld) expect(disclosedCells(values, result, k), `${values} k=${k}`).toEqual([]);
          }
        }
      }
    }
  });

  it('does not withhold more than needed: 2 cells of 6 and 3 show <5 and *', () => {
    const b = suppressBreakdown([6, 3], 5);
    expect(b.withheld).toBe(false);
    expect(shown(b)).toEqual(['*', '<5']);
  });
});

describe('percentage', () => {
  it('is only given when the denominator is 10 or more', () => {
    expect(percentage(5, 9)).toBeNull();
    expect(percentage(0, 0)).toBeNull();
    expect(percentage(7, 10)).toBe(70);
    expect(percentage(2, 12)).toBe(17);
  });
});

describe('summariseFeedback', () => {
  it('reports the mean only when n >= k', () => {
    expect(summariseFeedback([5, 4, 4, 3], 5)).toEqual({ reported: false, n: 4 });
    expect(summariseFeedback([5, 4, 4, 3, 5], 5)).toEqual({ reported: true, n: 5, mean: 4.2, scale: 5 });
  });

  it('uses the group threshold', () => {
    const six = [5, 5, 5, 4, 4, 4];
    expect(summariseFeedback(six, 7).reported).toBe(false);
    expect(summariseFeedback([...six, 3], 7)).toMatchObject({ reported: true, n: 7 });
  });

  it('ignores ratings outside the scale', () => {
    expect(summariseFeedback([5, 4, 0, 9, 2.5, 3, 3], 5)).toEqual({ reported: false, n: 4 });
  });
});
