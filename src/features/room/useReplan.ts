import { useMemo } from 'react';
import { plannedStartAt, replan, type Replan } from '../../domain/replan';
import { blockElapsedMs } from '../../domain/timer';
import type { Session } from '../../domain/types';

/** The live re-plan of a session at `now` (recomputed as the clock ticks). */
export function useReplan(session: Session, index: number, now: number): Replan {
  return useMemo(() => {
    const current = session.blocks[index];
    return replan({
      blocks: session.blocks,
      currentIndex: index,
      currentElapsedMs: current ? blockElapsedMs(session.run, current.id, now) : 0,
      plannedStartAt: plannedStartAt(session.startTime, session.startedAt, now),
      plannedMinutes: session.plannedMinutes,
      started: session.startedAt !== null,
      now,
    });
  }, [session, index, now]);
}
