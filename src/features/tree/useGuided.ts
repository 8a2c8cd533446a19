import { useCallback, useState } from 'react';
import { setDoneZones } from '../../db/repositories/trees';
import type { Tree, ZoneId } from '../../domain/types';
import { ZONES } from '../../domain/zones';
import type { TreeMode } from './GuidedBar';

export interface Guided {
  mode: TreeMode;
  setMode(mode: TreeMode): void;
  zone: ZoneId;
  setZone(zone: ZoneId): void;
  next(): void;
  back(): void;
  toggleDone(zone: ZoneId): void;
  /** The zone new items go to: the current zone in guided mode, none in free mode. */
  placementZone: ZoneId | null;
  error: string | null;
}

/**
 * Guided mode's walk through the zones. It starts at the first zone not yet done; "Next" marks the
 * current zone done (stored on the tree, so progress survives a reload) and moves on.
 */
export function useGuided(tree: Tree, initialMode: TreeMode = 'guided'): Guided {
  const [mode, setMode] = useState<TreeMode>(initialMode);
  const [zone, setZone] = useState<ZoneId>(() => ZONES.find((z) => !tree.doneZones.includes(z)) ?? 'roots');
  const [error, setError] = useState<string | null>(null);

  const store = useCallback(
    (zones: ZoneId[]) => {
      setDoneZones(tree.id, zones).then(
        () => setError(null),
        (caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)),
      );
    },
    [tree.id],
  );

  const next = useCallback(() => {
    if (!tree.doneZones.includes(zone)) store([...tree.doneZones, zone]);
    const index = ZONES.indexOf(zone);
    if (index < ZONES.length - 1) setZone(ZONES[index + 1]!);
    else setMode('free');
  }, [tree.doneZones, zone, store]);

  const back = useCallback(() => {
    const index = ZONES.indexOf(zone);
    if (index > 0) setZone(ZONES[index - 1]!);
  }, [zone]);

  const toggleDone = useCallback(
    (z: ZoneId) => store(tree.doneZones.includes(z) ? tree.doneZones.filter((d) => d !== z) : [...tree.doneZones, z]),
    [tree.doneZones, store],
  );

  return { mode, setMode, zone, setZone, next, back, toggleDone, placementZone: mode === 'guided' ? zone : null, error };
}
