import { describe, expect, it } from 'vitest';
import { blankBlock } from '../../../src/domain/agenda';
import { adjustBlock, applyCuts, blockCue, blockRole, plannedStartAt, replan, type ReplanInput } from '../../../src/domain/replan';
import { applyRunAction } from '../../../src/domain/timer';
import type { AgendaBlock, BlockKind, ThemeZoneId } from '../../../src/domain/types';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 4, 19, 0);

function block(id: string, kind: BlockKind, minutes: number, zone?: ThemeZoneId): AgendaBlock {
  const made = { ...blankBlock(id), id, kind, minutes };
  return zone ? { ...made, zone } : made;
}

/** Session 1 of the canonical programme, in short: 120 minutes. */
const SESSION_1 = [
  block('welcome', 'welcome', 15),
  block('warmup', 'warmup', 10),
  block('roots', 'zone', 25, 'roots'),
  block('compost', 'zone', 6, 'compost'),
  block('trunk', 'zone', 24, 'trunk'),
  block('break', 'break', 10),
  block('sharing', 'sharing', 20),
  block('closing', 'closing', 10),
];

function at(blocks: AgendaBlock[], currentIndex: number, currentElapsedMin: number, nowMin: number): ReplanInput {
  return { blocks, currentIndex, currentElapsedMs: currentElapsedMin * MIN, plannedStartAt: T0, plannedMinutes: 120, started: true, now: T0 + nowMin * MIN };
}

/** The blocks as the run view would have stored them after running the first `count` blocks exactly to plan. */
function ranToPlan(blocks: AgendaBlock[], count: number): AgendaBlock[] {
  let offset = 0;
  return blocks.map((b, index) => {
    const start = T0 + offset * MIN;
    offset += b.minutes;
    return index < count ? { ...b, actualStartedAt: start, actualMinutes: b.minutes } : b;
  });
}

describe('re-plan', () => {
  it('is on time when the session runs to plan, with projected starts equal to planned', () => {
    const blocks = ranToPlan(SESSION_1, 2);
    const plan = replan(at(blocks, 2, 10, 35));
    expect(plan.standing).toBe('onTime');
    expect(plan.deltaMinutes).toBe(0);
    expect(plan.suggestion).toBeNull();
    expect(plan.projectedEndAt).toBe(T0 + 120 * MIN);
    for (const times of plan.starts) expect(times.projectedStartAt).toBe(times.plannedStartAt);
  });

  it('says how far behind, moves every later start, and suggests optional blocks first', () => {
    // The roots run 6 minutes over (31 of 25).
    const blocks = ranToPlan(SESSION_1, 2);
    const plan = replan(at(blocks, 2, 31, 56));
    expect(plan.standing).toBe('behind');
    expect(plan.deltaMinutes).toBe(6);
    expect(plan.projectedEndAt).toBe(T0 + 126 * MIN);
    const trunk = plan.starts.find((s) => s.blockId === 'trunk')!;
    expect(trunk.projectedStartAt - trunk.plannedStartAt).toBe(6 * MIN);
    // The last optional block first (pair sharing, 20 → 14), nothing else.
    expect(plan.suggestion).toEqual({ cuts: [{ blockId: 'sharing', type: 'shorten', minutes: 6 }], saved: 6, fits: true, stillOverMinutes: 0 });
  });

  it('skips optional blocks it would leave too short, then shortens the break, and finishes on time', () => {
    const blocks = SESSION_1.map((b) => (b.id === 'sharing' ? { ...b, minutes: 4 } : b));
    // 24 minutes behind at the start of the trunk.
    const plan = replan({ ...at(ranToPlan(blocks, 4), 4, 0, 56 + 24), plannedMinutes: 104 });
    expect(plan.deltaMinutes).toBe(24);
    expect(plan.suggestion!.cuts).toEqual([
      { blockId: 'sharing', type: 'skip', minutes: 4 },
      { blockId: 'break', type: 'shorten', minutes: 5 },
    ]);
    expect(plan.suggestion!.fits).toBe(false);
    expect(plan.suggestion!.stillOverMinutes).toBe(15);
  });

  it('never cuts a protected block, a core block or the current one, and says when it cannot finish on time', () => {
    const blocks = [block('welcome', 'welcome', 15), block('storms', 'storms', 40), block('break', 'break', 5), block('grounding', 'closing', 10), block('round', 'closing', 10)];
    const plan = replan({ ...at(blocks, 1, 60, 75), plannedMinutes: 80 });
    expect(plan.deltaMinutes).toBe(20);
    expect(plan.suggestion).toEqual({ cuts: [], saved: 0, fits: false, stillOverMinutes: 20 });
    for (const cut of replan(at(ranToPlan(SESSION_1, 6), 6, 40, 130)).suggestion!.cuts) {
      expect(['closing', 'sharing']).not.toContain(cut.blockId);
    }
  });

  it('never suggests the closing round or grounding close, however far behind', () => {
    for (let behind = 1; behind <= 90; behind += 7) {
      const plan = replan(at(ranToPlan(SESSION_1, 1), 1, 10 + behind, 25 + behind));
      for (const cut of plan.suggestion?.cuts ?? []) {
        const role = blockRole(SESSION_1.find((b) => b.id === cut.blockId)!);
        expect(role === 'optional' || role === 'break').toBe(true);
      }
      const after = applyCuts(SESSION_1, plan.suggestion?.cuts ?? []);
      expect(after.find((b) => b.id === 'break')!.minutes + (after.find((b) => b.id === 'break')!.adjustedMinutes ?? 0)).toBeGreaterThanOrEqual(5);
      expect(after.find((b) => b.id === 'closing')).toEqual(SESSION_1.find((b) => b.id === 'closing'));
    }
  });

  it('after the suggestion is applied the session is on time again', () => {
    const blocks = ranToPlan(SESSION_1, 2);
    const behind = replan(at(blocks, 2, 31, 56));
    const applied = applyCuts(blocks, behind.suggestion!.cuts);
    const again = replan(at(applied, 2, 31, 56));
    expect(again.standing).toBe('onTime');
    expect(again.projectedEndAt).toBe(T0 + 120 * MIN);
  });

  it('says ahead when blocks end early, and counts minutes given to the current block', () => {
    const blocks = ranToPlan(SESSION_1, 1).map((b) => (b.id === 'welcome' ? { ...b, actualMinutes: 12 } : b));
    const early = replan({ ...at(blocks, 1, 0, 12), blocks: blocks.map((b) => (b.id === 'warmup' ? { ...b, actualStartedAt: T0 + 12 * MIN } : b)) });
    expect(early.standing).toBe('ahead');
    expect(early.deltaMinutes).toBe(-3);
    const given = replan({ ...at(blocks, 1, 0, 12), blocks: blocks.map((b) => (b.id === 'warmup' ? adjustBlock(b, 5) : b)) });
    expect(given.deltaMinutes).toBe(2);
  });

  it('projects from now before the clock starts', () => {
    const plan = replan({ ...at(SESSION_1, 0, 0, 4), started: false });
    expect(plan.deltaMinutes).toBe(4);
    expect(plan.starts[0]!.projectedStartAt).toBe(T0 + 4 * MIN);
  });
});

describe('adjusting and cutting while running', () => {
  it('never takes a block below one minute', () => {
    const b = block('x', 'zone', 3);
    expect(adjustBlock(adjustBlock(b, -1), -5).adjustedMinutes).toBe(-2);
  });

  it('applies only to upcoming blocks through the run actions, and reset forgets them', () => {
    const session = { blocks: SESSION_1, run: null, startedAt: null, endedAt: null };
    const started = applyRunAction(session, { type: 'start' }, T0);
    const moved = applyRunAction({ ...session, ...started }, { type: 'goTo', index: 2 }, T0 + 25 * MIN);
    const more = applyRunAction({ ...session, ...moved }, { type: 'adjust', minutes: 5 }, T0 + 30 * MIN);
    expect(more.blocks[2]!.adjustedMinutes).toBe(5);
    const cut = applyRunAction(
      { ...session, ...more },
      { type: 'cuts', cuts: [{ blockId: 'welcome', type: 'skip', minutes: 15 }, { blockId: 'sharing', type: 'skip', minutes: 20 }] },
      T0 + 31 * MIN,
    );
    expect(cut.blocks.find((b) => b.id === 'welcome')!.skipped).toBeUndefined();
    expect(cut.blocks.find((b) => b.id === 'sharing')!.skipped).toBe(true);
    const reset = applyRunAction({ ...session, ...cut }, { type: 'reset' }, T0 + 32 * MIN);
    expect(reset.blocks.some((b) => b.skipped !== undefined || b.adjustedMinutes !== undefined)).toBe(false);
  });
});

describe('calm cues', () => {
  it('changes at 20%, 5% and over', () => {
    expect(blockCue(10, 7 * MIN)).toBe('plenty');
    expect(blockCue(10, 8 * MIN)).toBe('fifth');
    expect(blockCue(10, 9.5 * MIN)).toBe('last');
    expect(blockCue(10, 10 * MIN + 1)).toBe('over');
  });
});

describe('planned start', () => {
  it('uses the planned clock time on the day the session started, else when it started', () => {
    const started = new Date(2026, 11, 4, 19, 7).getTime();
    expect(plannedStartAt('19:00', started, 0)).toBe(new Date(2026, 11, 4, 19, 0).getTime());
    expect(plannedStartAt(null, started, 0)).toBe(started);
    expect(plannedStartAt(undefined, null, 42)).toBe(42);
  });
});
