import { hasConsent } from '../consent';
import { NEVER_EXPORTED_ZONES, ZONES } from '../zones';
import type { NoteItem, Participant, TreeItem, ZoneId } from '../types';

/**
 * The tree notes a facilitator may draw group themes from (DOMAIN.md §6.3): written notes that are not
 * private, not on Leaves or Compost, from participants who consented to the summary. Returned without
 * any alias or person link — the helper list shows text by zone only, so themes are written at group level.
 */
export interface ThemeSource {
  id: string;
  zone: ZoneId;
  text: string;
}

/** Eligible shared notes grouped by zone, in drawing order; zones with none are left out. */
export function themeSources(
  items: readonly TreeItem[],
  participants: readonly Pick<Participant, 'id' | 'consent'>[],
): { zone: ZoneId; items: ThemeSource[] }[] {
  const consented = new Set(participants.filter((p) => hasConsent(p, 'summary')).map((p) => p.id));
  const eligible = items.filter(
    (item): item is NoteItem =>
      item.kind === 'note' &&
      item.visibility !== 'private' &&
      !(NEVER_EXPORTED_ZONES as readonly string[]).includes(item.zone) &&
      consented.has(item.participantId) &&
      item.text.trim().length > 0,
  );
  return ZONES.flatMap((zone) => {
    const inZone = eligible
      .filter((item) => item.zone === zone)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((item) => ({ id: item.id, zone, text: item.text.trim() }));
    return inZone.length > 0 ? [{ zone, items: inZone }] : [];
  });
}
