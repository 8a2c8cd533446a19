import { adjustBlock, applyCuts, type Cut } from './replan';
import type { AgendaBlock, Session, SessionRun } from './types';

/**
 * The run view's clock as pure functions over timestamps. Elapsed time is always "stored milliseconds +
 * (now − runningSince)", never a count of ticks, so pauses, reloads and a sleeping computer cannot make
 * it drift. Every action returns the whole next state for the repository to save in one write.
 */

const MINUTE = 60_000;

export type RunAction =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'goTo'; index: number }
  | { type: 'prompt'; index: number }
  | { type: 'end' }
  | { type: 'reset' }
  /** Give (+) or take (−) minutes on the current block. */
  | { type: 'adjust'; minutes: number }
  /** Accept the re-plan's suggestion: shorten or skip upcoming blocks. */
  | { type: 'cuts'; cuts: Cut[] };

/** What a run action changes on a session. */
export interface RunUpdate {
  run: SessionRun | null;
  blocks: AgendaBlock[];
  startedAt: number | null;
  endedAt: number | null;
}

type RunSession = Pick<Session, 'blocks' | 'run' | 'startedAt' | 'endedAt'>;

export function isRunning(run: SessionRun | null | undefined): boolean {
  return Boolean(run && run.runningSince !== null);
}

/** Milliseconds since the clock last started, never negative (the system clock may be set back). */
function liveMs(run: SessionRun, now: number): number {
  return run.runningSince === null ? 0 : Math.max(0, now - run.runningSince);
}

/** Time run on the whole session so far. */
export function sessionElapsedMs(run: SessionRun | null | undefined, now: number): number {
  return run ? run.sessionMs + liveMs(run, now) : 0;
}

/** Time run on one block so far (all visits). */
export function blockElapsedMs(run: SessionRun | null | undefined, blockId: string, now: number): number {
  if (!run) return 0;
  const stored = run.blockMs[blockId] ?? 0;
  return blockId === run.currentBlockId ? stored + liveMs(run, now) : stored;
}

/** Planned minus elapsed: negative once the block is over time. */
export function remainingMs(plannedMinutes: number, elapsedMs: number): number {
  return plannedMinutes * MINUTE - elapsedMs;
}

/** Whole minutes, rounded, as stored in `actualMinutes`. */
export function toMinutes(ms: number): number {
  return Math.round(ms / MINUTE);
}

/** "4:05", "1:02:03"; a leading "−" for negative values (over time). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${sign}${minutes}:${ss}`;
}

/** Index of the current block in the agenda (0 when the run has not started or its block was deleted). */
export function currentIndex(session: Pick<Session, 'blocks' | 'run'>): number {
  const id = session.run?.currentBlockId;
  const index = id ? session.blocks.findIndex((block) => block.id === id) : -1;
  return index >= 0 ? index : 0;
}

/** The run with the time since `runningSince` moved into the stored totals; still running from `now` if it was. */
function fold(run: SessionRun, now: number): SessionRun {
  const live = liveMs(run, now);
  const blockMs = { ...run.blockMs };
  if (run.currentBlockId) blockMs[run.currentBlockId] = (blockMs[run.currentBlockId] ?? 0) + live;
  return { ...run, sessionMs: run.sessionMs + live, blockMs, runningSince: run.runningSince === null ? null : now };
}

/** Blocks with `actualMinutes` written from the run's totals and `actualStartedAt` for the current block. */
function withActuals(blocks: readonly AgendaBlock[], run: SessionRun, now: number): AgendaBlock[] {
  return blocks.map((block) => {
    const ms = run.blockMs[block.id];
    const visited = ms !== undefined || block.id === run.currentBlockId;
    if (!visited) return block;
    const startedAt = block.actualStartedAt ?? (block.id === run.currentBlockId && run.runningSince !== null ? now : null);
    return { ...block, actualMinutes: toMinutes(ms ?? 0), actualStartedAt: startedAt };
  });
}

/** The run as stored, or a fresh one parked on the first block (the facilitator may browse before starting). */
function ensureRun(run: SessionRun | null, blocks: readonly AgendaBlock[]): SessionRun | null {
  if (run) return run;
  const first = blocks[0];
  return first ? { currentBlockId: first.id, promptIndex: 0, runningSince: null, sessionMs: 0, blockMs: {} } : null;
}

/**
 * The next state of a session's run after one facilitator action at time `now`. Before the session has
 * started the facilitator can already move between blocks and prompts (to prepare the projector);
 * nothing is timed or recorded until "start".
 */
export function applyRunAction(session: RunSession, action: RunAction, now: number): RunUpdate {
  const blocks = session.blocks;
  const unchanged: RunUpdate = { run: session.run ?? null, blocks: [...blocks], startedAt: session.startedAt, endedAt: session.endedAt };
  const started = session.startedAt !== null;

  if (action.type === 'reset') {
    return {
      run: null,
      blocks: blocks.map(({ adjustedMinutes: _adjusted, skipped: _skipped, ...block }) => ({ ...block, actualStartedAt: null, actualMinutes: null })),
      startedAt: null,
      endedAt: null,
    };
  }
  const run = ensureRun(session.run ?? null, blocks);
  if (!run) return unchanged;

  if ((action.type === 'start' || action.type === 'resume') && !started) {
    const id = run.currentBlockId ?? blocks[0]!.id;
    const begun: SessionRun = { ...run, currentBlockId: id, runningSince: now, sessionMs: 0, blockMs: { [id]: 0 } };
    return { run: begun, blocks: withActuals(blocks, begun, now), startedAt: now, endedAt: null };
  }

  switch (action.type) {
    case 'start':
    case 'resume': {
      if (run.runningSince !== null) return unchanged;
      const resumed = { ...run, runningSince: now };
      return { ...unchanged, run: resumed, blocks: withActuals(blocks, resumed, now), endedAt: null };
    }
    case 'pause': {
      if (!started || run.runningSince === null) return unchanged;
      const paused = { ...fold(run, now), runningSince: null };
      return { ...unchanged, run: paused, blocks: withActuals(blocks, paused, now) };
    }
    case 'goTo': {
      const target = blocks[Math.max(0, Math.min(blocks.length - 1, action.index))];
      if (!target || target.id === run.currentBlockId) return unchanged;
      if (!started) return { ...unchanged, run: { ...run, currentBlockId: target.id, promptIndex: 0 } };
      const folded = fold(run, now);
      const moved: SessionRun = { ...folded, currentBlockId: target.id, promptIndex: 0, blockMs: { [target.id]: 0, ...folded.blockMs } };
      return { ...unchanged, run: moved, blocks: withActuals(blocks, moved, now) };
    }
    case 'prompt': {
      const current = blocks.find((block) => block.id === run.currentBlockId);
      const count = current?.prompts.length ?? 0;
      const index = Math.max(0, Math.min(Math.max(0, count - 1), action.index));
      return { ...unchanged, run: { ...run, promptIndex: index } };
    }
    case 'adjust': {
      const current = blocks.find((block) => block.id === run.currentBlockId);
      if (!current || !Number.isInteger(action.minutes) || action.minutes === 0) return unchanged;
      const next = blocks.map((block) => (block.id === current.id ? adjustBlock(block, action.minutes) : block));
      return { ...unchanged, run, blocks: next };
    }
    case 'cuts': {
      // Only upcoming blocks can be cut: what already ran stays as it ran.
      const at = blocks.findIndex((block) => block.id === run.currentBlockId);
      const upcoming = new Set(blocks.slice(at + 1).map((block) => block.id));
      const cuts = action.cuts.filter((cut) => upcoming.has(cut.blockId) && Number.isInteger(cut.minutes) && cut.minutes > 0);
      return { ...unchanged, run, blocks: applyCuts(blocks, cuts) };
    }
    case 'end': {
      if (!started) return unchanged;
      const ended = { ...fold(run, now), runningSince: null };
      return { run: ended, blocks: withActuals(blocks, ended, now), startedAt: session.startedAt, endedAt: now };
    }
  }
}
