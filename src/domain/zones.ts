import type { Group, Lang, Visibility, ZoneId, ThemeZoneId } from './types';

/** Tree zones in the method's drawing order (DOMAIN.md §1.1). Compost is optional. */
export const ZONES: readonly ZoneId[] = ['roots', 'ground', 'trunk', 'branches', 'leaves', 'fruits', 'flowers', 'compost'];

/** Every zone a theme can be tagged with, in summary order. */
export const THEME_ZONES: readonly ThemeZoneId[] = [...ZONES, 'forest', 'storms'];

export const OPTIONAL_ZONES: readonly ZoneId[] = ['compost'];

export const DEFAULT_ZONE_LABELS: Record<Lang, Record<ThemeZoneId, string>> = {
  en: {
    roots: 'Roots',
    ground: 'Ground',
    trunk: 'Trunk',
    branches: 'Branches',
    leaves: 'Leaves',
    fruits: 'Fruits',
    flowers: 'Flowers & seeds',
    compost: 'Compost heap',
    forest: 'Forest',
    storms: 'Storms',
  },
  it: {
    roots: 'Radici',
    ground: 'Terreno',
    trunk: 'Tronco',
    branches: 'Rami',
    leaves: 'Foglie',
    fruits: 'Frutti',
    flowers: 'Fiori e semi',
    compost: 'Compostiera',
    forest: 'Bosco',
    storms: 'Tempeste',
  },
};

/**
 * Suggested default visibility of new items per zone (DOMAIN.md §1.1, §6.3): leaves hold third-party
 * names and compost holds what a person sets aside, so both start private.
 */
export const DEFAULT_VISIBILITY: Record<ZoneId, Visibility> = {
  roots: 'forest',
  ground: 'forest',
  trunk: 'forest',
  branches: 'forest',
  leaves: 'private',
  fruits: 'forest',
  flowers: 'forest',
  compost: 'private',
};

/** Zones whose content never leaves the device, whatever an item's visibility says. */
export const NEVER_EXPORTED_ZONES: readonly ZoneId[] = ['leaves', 'compost'];

/** The label of a zone for a group, honouring the group's own labels (DOMAIN.md §1.3). */
export function zoneLabel(zone: ThemeZoneId, lang: Lang, group?: Pick<Group, 'zoneLabels'>): string {
  const custom = zone === 'forest' || zone === 'storms' ? undefined : group?.zoneLabels[lang]?.[zone];
  return custom?.trim() ? custom.trim() : DEFAULT_ZONE_LABELS[lang][zone];
}

export function isZoneId(value: unknown): value is ZoneId {
  return typeof value === 'string' && (ZONES as readonly string[]).includes(value);
}
