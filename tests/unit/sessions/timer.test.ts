import { describe, expect, it } from 'vitest';
import { blankBlock } from '../../../src/domain/agenda';
import {
  applyRunAction,
  blockElapsedMs,
  currentIndex,
  formatDuration,
  isRunning,
  remainingMs,
  sessionElapsedMs,
  toMinutes,
  type RunAction,
} from '../../../src/domain/timer';
import type { AgendaBlock, Session } from '../../../src/domain/types';

const MIN = 60_000;
type RunSession = Pick<Session, 'blocks' | 'run' | 'startedAt' | 'endedAt'>;

function blocks(): AgendaBlock[] {
  return ['a', 'b', 'c'].map((title) => ({ ...blankBlock(title), minutes: 10, prompts: [{ en: `${title}1`, it: `${title}1` }, { en: `${title}2`, it: `${title}2` }] }));
}

/** Apply actions in order, each at its own time, as the repository would. */
function play(start: RunSession, steps: [RunAction, number][]): RunSession {
  return steps.reduce<RunSession>((session, [action, at]) => ({ ...session, ...applyRunAction(session, action, at) }), start);
}

describe('run clock', () => {
  const fresh: RunSession = { blocks: blocks(), run: null, startedAt: null, endedAt: null };

  it('starts on the first block and records when the session and block started', () => {
    const s = play(fresh, [[{ type: 'start' }, 1000]]);
    expect(s.startedAt).toBe(1000);
    expect(isRunning(s.run)).toBe(true);
    expect(currentIndex(s)).toBe(0);
    expect(s.blocks[0]!.actualStartedAt).toBe(1000);
    expect(sessionElapsedMs(s.run, 1000 + 5 * MIN)).toBe(5 * MIN);
  });

  it('does not count time while paused, from timestamps alone', () => {
    const s = play(fresh, [
      [{ type: 'start' }, 0],
      [{ type: 'pause' }, 3 * MIN],
      [{ type: 'resume' }, 10 * MIN],
    ]);
    expect(blockElapsedMs(s.run, s.blocks[0]!.id, 12 * MIN)).toBe(5 * MIN);
    expect(sessionElapsedMs(s.run, 12 * MIN)).toBe(5 * MIN);
    expect(remainingMs(10, 5 * MIN)).toBe(5 * MIN);
  });

  it('moves to the next block, writing actual minutes of the one left and the start of the new one', () => {
    const s = play(fresh, [
      [{ type: 'start' }, 0],
      [{ type: 'goTo', index: 1 }, 12 * MIN + 20_000],
    ]);
    expect(currentIndex(s)).toBe(1);
    expect(s.blocks[0]!.actualMinutes).toBe(12);
    expect(s.blocks[1]!.actualStartedAt).toBe(12 * MIN + 20_000);
    expect(remainingMs(10, blockElapsedMs(s.run, s.blocks[0]!.id, 99 * MIN))).toBe(-2 * MIN - 20_000);
    expect(blockElapsedMs(s.run, s.blocks[1]!.id, 14 * MIN + 20_000)).toBe(2 * MIN);
  });

  it('adds time when a block is visited twice and keeps its first start', () => {
    const s = play(fresh, [
      [{ type: 'start' }, 0],
      [{ type: 'goTo', index: 1 }, 4 * MIN],
      [{ type: 'goTo', index: 0 }, 6 * MIN],
      [{ type: 'goTo', index: 1 }, 9 * MIN],
    ]);
    expect(s.blocks[0]!.actualMinutes).toBe(7);
    expect(s.blocks[0]!.actualStartedAt).toBe(0);
    expect(s.blocks[1]!.actualStartedAt).toBe(4 * MIN);
  });

  it('steps through prompts within range, back to the first on a new block', () => {
    let s = play(fresh, [[{ type: 'start' }, 0], [{ type: 'prompt', index: 1 }, 1]]);
    expect(s.run!.promptIndex).toBe(1);
    s = play(s, [[{ type: 'prompt', index: 5 }, 2]]);
    expect(s.run!.promptIndex).toBe(1);
    s = play(s, [[{ type: 'goTo', index: 2 }, 3]]);
    expect(s.run!.promptIndex).toBe(0);
  });

  it('ends the session: clock stopped, end time and actual minutes recorded', () => {
    const s = play(fresh, [
      [{ type: 'start' }, 0],
      [{ type: 'goTo', index: 1 }, 10 * MIN],
      [{ type: 'end' }, 25 * MIN],
    ]);
    expect(s.endedAt).toBe(25 * MIN);
    expect(isRunning(s.run)).toBe(false);
    expect(s.blocks.map((b) => b.actualMinutes)).toEqual([10, 15, null]);
    expect(sessionElapsedMs(s.run, 99 * MIN)).toBe(25 * MIN);
  });

  it('reset clears every recorded time', () => {
    const s = play(fresh, [[{ type: 'start' }, 0], [{ type: 'goTo', index: 1 }, MIN], [{ type: 'reset' }, 2 * MIN]]);
    expect(s.run).toBeNull();
    expect(s.startedAt).toBeNull();
    expect(s.blocks.every((b) => b.actualMinutes === null && b.actualStartedAt === null)).toBe(true);
  });

  it('lets the facilitator browse blocks and prompts before starting, timing nothing until start', () => {
    let s = play(fresh, [[{ type: 'goTo', index: 2 }, 100], [{ type: 'prompt', index: 1 }, 200]]);
    expect(currentIndex(s)).toBe(2);
    expect(s.run!.promptIndex).toBe(1);
    expect(s.startedAt).toBeNull();
    expect(isRunning(s.run)).toBe(false);
    expect(s.blocks.every((b) => b.actualMinutes === null && b.actualStartedAt === null)).toBe(true);
    expect(applyRunAction(s, { type: 'end' }, 300).endedAt).toBeNull();
    s = play(s, [[{ type: 'start' }, 1000]]);
    expect(s.startedAt).toBe(1000);
    expect(currentIndex(s)).toBe(2);
    expect(s.blocks[2]!.actualStartedAt).toBe(1000);
    expect(s.blocks[0]!.actualMinutes).toBeNull();
  });

  it('ignores actions that make no sense: pause before start, going past the end, a clock set backwards', () => {
    expect(applyRunAction(fresh, { type: 'pause' }, 5).run).toBeNull();
    const s = play(fresh, [[{ type: 'start' }, 1000], [{ type: 'goTo', index: 99 }, 2000]]);
    expect(currentIndex(s)).toBe(2);
    expect(sessionElapsedMs(s.run, 500)).toBe(1000);
    expect(applyRunAction({ ...fresh, blocks: [] }, { type: 'start' }, 0).run).toBeNull();
  });

  it('formats durations and rounds minutes', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-61_000)).toBe('−1:01');
    expect(toMinutes(89_999)).toBe(1);
    expect(toMinutes(90_000)).toBe(2);
  });
});
