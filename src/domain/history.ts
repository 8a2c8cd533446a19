/**
 * Undo and redo as a pure module. An edit is recorded as the records it changed, each with its state
 * before and after (null = absent), so undo writes the "before" states back and redo the "after" ones.
 * A whole gesture (a drag, a transform, an erase stroke) is committed as one entry, hence one undo step.
 */

export interface Change<T> {
  id: string;
  before: T | null;
  after: T | null;
}

export interface HistoryEntry<T> {
  /** Unique per entry, so a failed write can take its own entry back out. */
  key: string;
  label: string;
  changes: readonly Change<T>[];
}

export interface History<T> {
  past: readonly HistoryEntry<T>[];
  future: readonly HistoryEntry<T>[];
  limit: number;
}

/** An empty history keeping at most `limit` undo steps. */
export function emptyHistory<T>(limit = 200): History<T> {
  return { past: [], future: [], limit };
}

/**
 * Merge several changes so each record appears once, with its earliest "before" and latest "after";
 * records that end where they started are dropped.
 */
export function squashChanges<T>(changes: readonly Change<T>[], same: (a: T | null, b: T | null) => boolean = Object.is): Change<T>[] {
  const byId = new Map<string, Change<T>>();
  for (const change of changes) {
    const earlier = byId.get(change.id);
    byId.set(change.id, earlier ? { id: change.id, before: earlier.before, after: change.after } : change);
  }
  return [...byId.values()].filter((change) => !same(change.before, change.after));
}

/** Record an edit: it becomes the newest undo step and clears the redo stack. Empty edits are ignored. */
export function record<T>(history: History<T>, entry: HistoryEntry<T>): History<T> {
  if (entry.changes.length === 0) return history;
  const past = [...history.past, entry];
  return { ...history, past: past.length > history.limit ? past.slice(past.length - history.limit) : past, future: [] };
}

/** The changes that undo an entry: every record goes back to its "before" state. */
export function invert<T>(changes: readonly Change<T>[]): Change<T>[] {
  return changes.map((change) => ({ id: change.id, before: change.after, after: change.before })).reverse();
}

/** Is there an edit to undo? */
export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

/** Is there an undone edit to redo? */
export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** Step back: the history after undoing and the changes to apply, or null when there is nothing to undo. */
export function undo<T>(history: History<T>): { history: History<T>; entry: HistoryEntry<T>; apply: Change<T>[] } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    history: { ...history, past: history.past.slice(0, -1), future: [...history.future, entry] },
    entry,
    apply: invert(entry.changes),
  };
}

/** Step forward again: the history after redoing and the changes to apply, or null. */
export function redo<T>(history: History<T>): { history: History<T>; entry: HistoryEntry<T>; apply: Change<T>[] } | null {
  const entry = history.future[history.future.length - 1];
  if (!entry) return null;
  return {
    history: { ...history, past: [...history.past, entry], future: history.future.slice(0, -1) },
    entry,
    apply: [...entry.changes],
  };
}

/** Take an entry back out (its write failed, so it never happened). */
export function withdraw<T>(history: History<T>, key: string): History<T> {
  return { ...history, past: history.past.filter((entry) => entry.key !== key), future: history.future.filter((entry) => entry.key !== key) };
}

/** Apply changes to a list of records with ids: puts the "after" states, removes records whose "after" is null. */
export function applyChanges<T extends { id: string }>(records: readonly T[], changes: readonly Change<T>[]): T[] {
  const byId = new Map(records.map((item) => [item.id, item]));
  for (const change of changes) {
    if (change.after === null) byId.delete(change.id);
    else byId.set(change.id, change.after);
  }
  return [...byId.values()];
}
