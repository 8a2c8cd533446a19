import { useMemo } from 'react';
import type { Group, ZoneId } from '../../domain/types';
import { ZONES, zoneLabel } from '../../domain/zones';

/** The group's zone labels in the group's language (its own wording where it set one). */
export function useZoneLabels(group: Pick<Group, 'lang' | 'zoneLabels'>): Record<ZoneId, string> {
  return useMemo(() => Object.fromEntries(ZONES.map((zone) => [zone, zoneLabel(zone, group.lang, group)])) as Record<ZoneId, string>, [group]);
}
