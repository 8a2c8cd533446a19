import type { TFunction } from 'i18next';
import type { TreeItem, ZoneId } from '../../domain/types';
import { ZONES } from '../../domain/zones';

/**
 * The canvas's text alternative: per zone, how many notes, drawings and stickers it holds. The side panel
 * lists every item in full; this is the summary a screen reader hears on the canvas itself.
 */
export function describeTree(items: readonly TreeItem[], labels: Record<ZoneId, string>, t: TFunction): string {
  const parts = ZONES.map((zone) => {
    const inZone = items.filter((item) => item.zone === zone);
    if (inZone.length === 0) return t('tree:describe.emptyZone', { zone: labels[zone] });
    const counts = {
      notes: inZone.filter((item) => item.kind === 'note').length,
      strokes: inZone.filter((item) => item.kind === 'stroke').length,
      stickers: inZone.filter((item) => item.kind === 'sticker').length,
    };
    const bits = [
      counts.notes ? t('tree:describe.notes', { count: counts.notes }) : null,
      counts.strokes ? t('tree:describe.strokes', { count: counts.strokes }) : null,
      counts.stickers ? t('tree:describe.stickers', { count: counts.stickers }) : null,
    ].filter(Boolean);
    return t('tree:describe.zone', { zone: labels[zone], contents: bits.join(', ') });
  });
  return `${parts.join('; ')}.`;
}
