import { describe, expect, it } from 'vitest';
import {
  agendaBalance,
  agendaWarnings,
  blankBlock,
  blockOffsets,
  duplicateBlock,
  formatStart,
  insertBlock,
  moveBlock,
  plannedTotal,
  removeBlock,
  validateBlock,
  validateSessionDetails,
  type SessionDetails,
} from '../../../src/domain/agenda';
import type { AgendaBlock, BlockKind } from '../../../src/domain/types';

function block(kind: BlockKind, minutes: number, title: string = kind): AgendaBlock {
  return { ...blankBlock(title), kind, minutes };
}

function session(id: string, number: number, blocks: AgendaBlock[]) {
  return { id, number, blocks };
}

const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);

describe('agenda maths', () => {
  const blocks = [block('welcome', 15), block('warmup', 10), block('zone', 7), block('closing', 10)];

  it('starts each block where the previous ends', () => {
    expect(blockOffsets(blocks)).toEqual([0, 15, 25, 32]);
    expect(blockOffsets([])).toEqual([]);
    expect(plannedTotal(blocks)).toBe(42);
  });

  it('formats offsets, or clock times from a start time (wrapping past midnight)', () => {
    expect(formatStart(75)).toBe('1:15');
    expect(formatStart(0, null)).toBe('0:00');
    expect(formatStart(75, '09:30')).toBe('10:45');
    expect(formatStart(90, '23:00')).toBe('00:30');
    expect(formatStart(5, 'bad')).toBe('0:05');
  });

  it('compares the planned total with the session length', () => {
    expect(agendaBalance({ blocks, plannedMinutes: 40 })).toEqual({ planned: 42, length: 40, difference: 2, state: 'over' });
    expect(agendaBalance({ blocks, plannedMinutes: 50 })).toMatchObject({ difference: -8, state: 'under' });
    expect(agendaBalance({ blocks, plannedMinutes: 42 })).toMatchObject({ difference: 0, state: 'exact' });
  });
});

describe('list operations', () => {
  const [a, b, c, d] = [block('welcome', 1, 'a'), block('zone', 2, 'b'), block('zone', 3, 'c'), block('closing', 4, 'd')];
  const list = [a!, b!, c!, d!];
  const titles = (blocks: AgendaBlock[]) => blocks.map((one) => one.title).join('');

  it('moves a block down, up, to the ends, and clamps out-of-range targets', () => {
    expect(titles(moveBlock(list, 0, 2))).toBe('bcad');
    expect(titles(moveBlock(list, 3, 0))).toBe('dabc');
    expect(titles(moveBlock(list, 1, 1))).toBe('abcd');
    expect(titles(moveBlock(list, 2, 99))).toBe('abdc');
    expect(titles(moveBlock(list, 2, -5))).toBe('cabd');
    expect(titles(moveBlock(list, 7, 0))).toBe('abcd');
    expect(titles(list)).toBe('abcd');
  });

  it('duplicates after the original with a new id and no run data', () => {
    const ran = [{ ...a!, actualMinutes: 3, actualStartedAt: 5 }, b!];
    const next = duplicateBlock(ran, 0);
    expect(titles(next)).toBe('aab');
    expect(next[1]!.id).not.toBe(next[0]!.id);
    expect(next[1]!.actualMinutes).toBeNull();
    expect(next[0]!.actualMinutes).toBe(3);
  });

  it('removes and inserts', () => {
    expect(titles(removeBlock(list, 1))).toBe('acd');
    expect(titles(insertBlock(removeBlock(list, 1), b!, 1))).toBe('abcd');
    expect(titles(insertBlock(list, b!))).toBe('abcdb');
  });
});

describe('validation', () => {
  const good = block('zone', 10);

  it('accepts 1 to 300 whole minutes and refuses 0, 301, fractions and NaN', () => {
    expect(validateBlock({ ...good, minutes: 1 })).toEqual([]);
    expect(validateBlock({ ...good, minutes: 300 })).toEqual([]);
    for (const minutes of [0, 301, -5, Number.NaN]) expect(validateBlock({ ...good, minutes })[0]).toMatchObject({ field: 'minutes', code: 'minutesRange' });
    expect(validateBlock({ ...good, minutes: 2.5 })[0]).toMatchObject({ field: 'minutes', code: 'minutesWhole' });
  });

  it('refuses notes over 10,000 characters, and accepts exactly 10,000', () => {
    expect(validateBlock({ ...good, notes: 'x'.repeat(10_000) })).toEqual([]);
    expect(validateBlock({ ...good, notes: 'x'.repeat(10_001) })).toEqual([{ field: 'notes', code: 'notesTooLong', values: { max: 10_000 } }]);
  });

  it('refuses an empty or blank title and a zone that does not exist', () => {
    expect(validateBlock({ ...good, title: '   ' })[0]).toMatchObject({ field: 'title', code: 'titleRequired' });
    expect(validateBlock({ ...good, zone: 'moon' as never })[0]).toMatchObject({ field: 'zone' });
    expect(validateBlock({ ...good, prompts: [{ en: 'x'.repeat(501), it: '' }] })[0]).toMatchObject({ field: 'prompts.0.en', code: 'promptTooLong' });
  });

  it('checks session details', () => {
    const details: SessionDetails = { number: 1, part: 'tree', title: 'One', date: '2026-01-01', plannedMinutes: 120, startTime: '10:00', guests: 0 };
    expect(validateSessionDetails(details)).toEqual([]);
    expect(validateSessionDetails({ ...details, plannedMinutes: 0 })[0]).toMatchObject({ field: 'plannedMinutes', code: 'sessionMinutesRange' });
    expect(validateSessionDetails({ ...details, startTime: '25:00' })[0]).toMatchObject({ field: 'startTime' });
    expect(validateSessionDetails({ ...details, guests: -1 })[0]).toMatchObject({ field: 'guests' });
    expect(validateSessionDetails({ ...details, title: '' })[0]).toMatchObject({ field: 'title' });
  });
});

describe('warnings', () => {
  const forest = session('s2', 2, [block('forest', 10), block('retelling', 80), block('closing', 10)]);

  it('re-telling: 80 minutes fits exactly 8 participants, not 9', () => {
    expect(codes(agendaWarnings(forest, [forest], 8))).toEqual([]);
    const warnings = agendaWarnings(forest, [forest], 9);
    expect(warnings).toEqual([{ code: 'retellingShort', severity: 'warn', values: { minutes: 80, needed: 90, count: 9, fits: 8 } }]);
  });

  it('re-telling: no warning with 0 participants, and time split over several sessions counts together', () => {
    expect(agendaWarnings(forest, [forest], 0)).toEqual([]);
    const a = session('a', 3, [block('retelling', 40), block('closing', 5)]);
    const b = session('b', 4, [block('retelling', 40), block('closing', 5)]);
    expect(codes(agendaWarnings(a, [a, b], 8))).toEqual([]);
    expect(codes(agendaWarnings(a, [a], 8))).toEqual(['retellingShort']);
  });

  it('group size: 10 is fine, 11 and 12 warn, 13 is a hard warning', () => {
    const plain = session('p', 1, [block('closing', 10)]);
    expect(agendaWarnings(plain, [], 10)).toEqual([]);
    expect(agendaWarnings(plain, [], 11)).toEqual([{ code: 'groupLarge', severity: 'warn', values: { count: 11, max: 10 } }]);
    expect(codes(agendaWarnings(plain, [], 12))).toEqual(['groupLarge']);
    expect(agendaWarnings(plain, [], 13)).toEqual([{ code: 'groupTooLarge', severity: 'hard', values: { count: 13, max: 12 } }]);
  });

  it('storms in a session numbered before the forest session', () => {
    const storms = session('s1', 1, [block('storms', 20), block('closing', 10)]);
    const warnings = agendaWarnings(storms, [storms, forest], 6);
    expect(warnings).toEqual([{ code: 'stormsBeforeForest', severity: 'hard', values: { forest: 2 } }]);
    const later = session('s3', 3, [block('storms', 20), block('closing', 10)]);
    expect(agendaWarnings(later, [forest, later], 6)).toEqual([]);
  });

  it('storms before a forest block in the same session, but not after it', () => {
    const before = session('d', 1, [block('storms', 20), block('forest', 10), block('closing', 10)]);
    expect(codes(agendaWarnings(before, [before], 0))).toEqual(['stormsBeforeForest']);
    const after = session('d', 1, [block('forest', 10), block('storms', 20), block('closing', 10)]);
    expect(agendaWarnings(after, [after], 0)).toEqual([]);
  });

  it('storms in a programme with no forest at all', () => {
    const only = session('o', 1, [block('storms', 20), block('closing', 10)]);
    expect(codes(agendaWarnings(only, [only], 0))).toEqual(['stormsWithoutForest']);
  });

  it('a session without a closing block, but not an empty one', () => {
    expect(codes(agendaWarnings(session('x', 1, [block('zone', 10)]), [], 0))).toEqual(['noClosing']);
    expect(agendaWarnings(session('x', 1, []), [], 0)).toEqual([]);
  });

  it('uses the session as edited rather than a stale copy in the programme', () => {
    const stale = session('s2', 2, [block('zone', 5)]);
    expect(codes(agendaWarnings(forest, [stale], 8))).toEqual([]);
  });
});
