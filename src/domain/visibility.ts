import { hasConsent, mayProject } from './consent';
import { DEFAULT_VISIBILITY, NEVER_EXPORTED_ZONES } from './zones';
import type { Participant, TreeItem, Visibility, ZoneId } from './types';

/**
 * Who may see a tree item where (DOMAIN.md §6.3). Every display outside the participant's own tree goes
 * through these rules, so the forest, the projector, prints and summaries cannot disagree.
 *
 * Visibility levels are ordered: `private` (this device, the owner's tree only) < `forest` (may be shown
 * to the group) < `summary` (may also inform the facilitator's anonymised group themes). An item marked
 * `summary` is therefore also shown in the forest.
 */

export const VISIBILITY_LEVELS: readonly Visibility[] = ['private', 'forest', 'summary'];

type Owner = Pick<Participant, 'consent'>;
type Shown = Pick<TreeItem, 'visibility' | 'zone'>;

/** The suggested visibility of a new item in a zone (leaves and compost start private). */
export function defaultVisibility(zone: ZoneId): Visibility {
  return DEFAULT_VISIBILITY[zone];
}

/** The more private of two visibilities. */
export function stricterVisibility(a: Visibility, b: Visibility): Visibility {
  return VISIBILITY_LEVELS.indexOf(a) <= VISIBILITY_LEVELS.indexOf(b) ? a : b;
}

/**
 * An item's visibility after it moves to another zone: never less private than the new zone's default,
 * so a note dragged onto the leaves becomes private; moving out of the leaves does not make it public.
 */
export function visibilityAfterRezone(current: Visibility, zone: ZoneId): Visibility {
  return stricterVisibility(current, defaultVisibility(zone));
}

/**
 * Does this participant's tree appear anywhere outside their own tree? Only with group-display consent:
 * withdrawing it takes the tree out of the forest and off the projector at once.
 */
export function showsOutsideOwnTree(owner: Owner): boolean {
  return hasConsent(owner, 'groupDisplay');
}

/** May the forest (the facilitator's group view) show this item? Group-display consent and not private. */
export function mayShowInForest(owner: Owner, item: Shown): boolean {
  return showsOutsideOwnTree(owner) && item.visibility !== 'private';
}

/** May the projector show this item? Projector consent (which needs group display too) and not private. */
export function mayShowOnProjector(owner: Owner, item: Shown): boolean {
  return mayProject(owner) && item.visibility !== 'private';
}

/**
 * May a print or exported image of the participant's own tree show this item? Print consent is required;
 * private items only when the participant explicitly chooses to include them in their own copy.
 */
export function mayPrint(owner: Owner, item: Shown, includePrivate = false): boolean {
  return hasConsent(owner, 'print') && (includePrivate || item.visibility !== 'private');
}

/**
 * May the facilitator's anonymised summary draw on this item? Summary consent, the item marked `summary`,
 * and never the leaves or the compost, whatever the item says (their content never leaves the device).
 */
export function mayUseInSummary(owner: Owner, item: Shown): boolean {
  return hasConsent(owner, 'summary') && item.visibility === 'summary' && !NEVER_EXPORTED_ZONES.includes(item.zone);
}

/** The items of one tree the forest may show (empty when the owner withdrew group display). */
export function forestVisibleItems<T extends Shown>(owner: Owner, items: readonly T[]): T[] {
  return items.filter((item) => mayShowInForest(owner, item));
}

/** The items of one tree the projector may show. */
export function projectorVisibleItems<T extends Shown>(owner: Owner, items: readonly T[]): T[] {
  return items.filter((item) => mayShowOnProjector(owner, item));
}

/** The items of one tree a print may show. */
export function printableItems<T extends Shown>(owner: Owner, items: readonly T[], includePrivate = false): T[] {
  return items.filter((item) => mayPrint(owner, item, includePrivate));
}

/** The items of one tree a summary may draw on. */
export function summaryUsableItems<T extends Shown>(owner: Owner, items: readonly T[]): T[] {
  return items.filter((item) => mayUseInSummary(owner, item));
}
