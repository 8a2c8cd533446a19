import type { TreeItem } from '../../domain/types';

/**
 * Optimistic edits not yet seen in the database. The screen shows the database's items overlaid with
 * these, so an edit appears at once; an entry stops mattering as soon as the database shows the same
 * version (same updatedAt) or, for a deletion, no longer has the row. A failed write drops its entries
 * and the screen falls back to what is really stored.
 */
export interface PendingEntry {
  /** The item as edited, or null for a deletion. */
  item: TreeItem | null;
  /** For a put: the item's updatedAt; identifies the version the database must reach. */
  version: number;
  /** Which write carries it, so a failure drops exactly its own entries. */
  write: number;
}

export type Pending = ReadonlyMap<string, PendingEntry>;

/** Is this entry already reflected by the database rows? */
export function isReflected(entry: PendingEntry, stored: TreeItem | undefined): boolean {
  if (entry.item === null) return stored === undefined;
  return stored !== undefined && stored.updatedAt >= entry.version;
}

/** The items to show: stored items with pending edits on top, in stacking order. */
export function mergePending(stored: readonly TreeItem[], pending: Pending): TreeItem[] {
  const byId = new Map<string, TreeItem>();
  for (const item of stored) byId.set(item.id, item);
  for (const [id, entry] of pending) {
    if (isReflected(entry, byId.get(id))) continue;
    if (entry.item === null) byId.delete(id);
    else byId.set(id, entry.item);
  }
  return [...byId.values()].sort((a, b) => a.z - b.z || a.createdAt - b.createdAt);
}

/** Pending without the entries the database already shows. */
export function prunePending(pending: Pending, stored: readonly TreeItem[]): Map<string, PendingEntry> {
  const byId = new Map(stored.map((item) => [item.id, item]));
  const next = new Map<string, PendingEntry>();
  for (const [id, entry] of pending) if (!isReflected(entry, byId.get(id))) next.set(id, entry);
  return next;
}
