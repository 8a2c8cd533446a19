import type { AgendaBlock } from './types';

/**
 * The live re-plan: how a running session stands against its plan, when each block is now expected to
 * start, and — when it runs long — what to shorten or skip to finish on time. Pure: every time is an
 * epoch-millisecond timestamp handed in, so tests and the screen see the same answer.
 *
 * The method's order of what may give way (DOMAIN.md §2.2, §2.5): optional blocks first (warm-up, pair
 * sharing, feedback, the compost heap, custom blocks), then the break (never below {@link BREAK_FLOOR}
 * minutes); never the grounding close or the closing round, and nothing else either: when those cuts are
 * not enough the re-plan says by how much the session will still run over.
 */

const MINUTE = 60_000;

/** A break is shortened, never removed: people with fatigue or pain need it (DOMAIN.md §2.4). */
export const BREAK_FLOOR = 5;

/** An optional block shortened to less than this is skipped instead: two minutes of warm-up help no one. */
export const SHORTEST_USEFUL = 3;

export type BlockRole = 'protected' | 'optional' | 'break' | 'core';

/** What a block is to the re-plan. */
export function blockRole(block: Pick<AgendaBlock, 'kind' | 'zone'>): BlockRole {
  if (block.kind === 'closing') return 'protected';
  if (block.kind === 'break') return 'break';
  if (block.zone === 'compost' || ['warmup', 'sharing', 'feedback', 'custom'].includes(block.kind)) return 'optional';
  return 'core';
}

/** Minutes a block is now planned to take: its plan, plus or minus what was given or taken while running. */
export function effectiveMinutes(block: Pick<AgendaBlock, 'minutes' | 'adjustedMinutes' | 'skipped'>): number {
  if (block.skipped) return 0;
  return Math.max(0, block.minutes + (block.adjustedMinutes ?? 0));
}

export interface ReplanInput {
  blocks: readonly AgendaBlock[];
  /** Index of the block being run. */
  currentIndex: number;
  /** Time spent on the current block so far. */
  currentElapsedMs: number;
  /** When the plan says the session starts (the planned start time, or when it actually started). */
  plannedStartAt: number;
  /** The session's planned length in minutes. */
  plannedMinutes: number;
  /** Whether the clock has started; before it, projections count from `now`. */
  started: boolean;
  now: number;
}

/** One change the re-plan suggests: shorten a block by some minutes, or skip it. */
export type Cut = { blockId: string; type: 'shorten'; minutes: number } | { blockId: string; type: 'skip'; minutes: number };

export interface Suggestion {
  cuts: Cut[];
  /** Minutes the cuts save in all. */
  saved: number;
  /** Whether the session finishes on time with the cuts. */
  fits: boolean;
  /** Minutes still over after the cuts (0 when it fits). */
  stillOverMinutes: number;
}

export interface BlockTimes {
  blockId: string;
  plannedStartAt: number;
  projectedStartAt: number;
}

export type Standing = 'behind' | 'ahead' | 'onTime';

export interface Replan {
  plannedEndAt: number;
  projectedEndAt: number;
  /** Whole minutes late (positive) or early (negative); 0 is on time. */
  deltaMinutes: number;
  standing: Standing;
  starts: BlockTimes[];
  /** What to shorten or skip, when the session is behind; null otherwise. */
  suggestion: Suggestion | null;
}

/** Minutes the upcoming blocks could give, in the order they give it. */
function cutsFor(blocks: readonly AgendaBlock[], from: number, need: number): Cut[] {
  const cuts: Cut[] = [];
  let left = need;
  const upcoming = blocks.slice(from).filter((block) => !block.skipped);
  // Optional blocks from the last one back: the end of the session is where time is won without
  // changing what comes next.
  for (const block of [...upcoming].reverse()) {
    if (left <= 0) break;
    if (blockRole(block) !== 'optional') continue;
    const minutes = effectiveMinutes(block);
    if (minutes === 0) continue;
    if (minutes - left >= SHORTEST_USEFUL) {
      cuts.push({ blockId: block.id, type: 'shorten', minutes: left });
      left = 0;
    } else {
      cuts.push({ blockId: block.id, type: 'skip', minutes });
      left -= minutes;
    }
  }
  for (const block of upcoming) {
    if (left <= 0) break;
    if (blockRole(block) !== 'break') continue;
    const give = Math.min(left, Math.max(0, effectiveMinutes(block) - BREAK_FLOOR));
    if (give > 0) {
      cuts.push({ blockId: block.id, type: 'shorten', minutes: give });
      left -= give;
    }
  }
  return cuts;
}

/** How the session stands, when each block starts, and what to cut when it runs long. */
export function replan(input: ReplanInput): Replan {
  const { blocks, currentIndex, currentElapsedMs, plannedStartAt, plannedMinutes, started, now } = input;
  const plannedEndAt = plannedStartAt + plannedMinutes * MINUTE;

  const starts: BlockTimes[] = [];
  let planned = plannedStartAt;
  let projected = started ? plannedStartAt : now;
  blocks.forEach((block, at) => {
    const plannedStart = planned;
    planned += block.minutes * MINUTE;
    let projectedStart: number;
    if (!started) {
      projectedStart = projected;
      projected += effectiveMinutes(block) * MINUTE;
    } else if (at < currentIndex) {
      projectedStart = block.actualStartedAt ?? projected;
      projected = projectedStart + (block.actualMinutes ?? 0) * MINUTE;
    } else if (at === currentIndex) {
      projectedStart = now - currentElapsedMs;
      // A block over time is expected to end now: the facilitator is about to move on.
      projected = now + Math.max(0, effectiveMinutes(block) * MINUTE - currentElapsedMs);
    } else {
      projectedStart = projected;
      projected += effectiveMinutes(block) * MINUTE;
    }
    starts.push({ blockId: block.id, plannedStartAt: plannedStart, projectedStartAt: projectedStart });
  });
  const projectedEndAt = blocks.length === 0 ? plannedEndAt : projected;
  const deltaMinutes = Math.round((projectedEndAt - plannedEndAt) / MINUTE);
  const standing: Standing = deltaMinutes > 0 ? 'behind' : deltaMinutes < 0 ? 'ahead' : 'onTime';

  let suggestion: Suggestion | null = null;
  if (deltaMinutes > 0) {
    const cuts = cutsFor(blocks, Math.min(blocks.length, currentIndex + 1), deltaMinutes);
    const saved = cuts.reduce((sum, cut) => sum + cut.minutes, 0);
    suggestion = { cuts, saved, fits: saved >= deltaMinutes, stillOverMinutes: Math.max(0, deltaMinutes - saved) };
  }
  return { plannedEndAt, projectedEndAt, deltaMinutes, standing, starts, suggestion };
}

/** The blocks with a suggestion's cuts applied: shortened blocks lose minutes, skipped ones are marked. */
export function applyCuts(blocks: readonly AgendaBlock[], cuts: readonly Cut[]): AgendaBlock[] {
  return blocks.map((block) => {
    const cut = cuts.find((candidate) => candidate.blockId === block.id);
    if (!cut) return block;
    if (cut.type === 'skip') return { ...block, skipped: true };
    return { ...block, adjustedMinutes: (block.adjustedMinutes ?? 0) - cut.minutes };
  });
}

/** The block with `minutes` more (or fewer) on it; never below one minute in all. */
export function adjustBlock(block: AgendaBlock, minutes: number): AgendaBlock {
  const next = Math.max(1 - block.minutes, (block.adjustedMinutes ?? 0) + minutes);
  return { ...block, adjustedMinutes: next, skipped: false };
}

/** How much of a block is left, as the calm cues see it. */
export type Cue = 'plenty' | 'fifth' | 'last' | 'over';

/** 'fifth' when 20% or less is left, 'last' at 5% or less, 'over' past the plan. */
export function blockCue(plannedMinutes: number, elapsedMs: number): Cue {
  const total = plannedMinutes * MINUTE;
  if (total <= 0) return elapsedMs > 0 ? 'over' : 'plenty';
  const left = total - elapsedMs;
  if (left < 0) return 'over';
  if (left <= total * 0.05) return 'last';
  if (left <= total * 0.2) return 'fifth';
  return 'plenty';
}

/**
 * When the plan says the session starts: the planned clock time on the day the session started (or today,
 * before it starts) when one is set, otherwise the moment it actually started, otherwise `now`.
 */
export function plannedStartAt(startTime: string | null | undefined, startedAt: number | null, now: number): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(startTime ?? '');
  if (!match) return startedAt ?? now;
  const day = new Date(startedAt ?? now);
  day.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return day.getTime();
}
