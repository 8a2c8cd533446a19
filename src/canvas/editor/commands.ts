import type { Change } from '../../domain/history';
import { nearestZone, type Point } from '../../domain/treeLayout';
import { visibilityAfterRezone } from '../../domain/visibility';
import { NEVER_EXPORTED_ZONES } from '../../domain/zones';
import type { NoteItem, TreeItem, Visibility, ZoneId } from '../../domain/types';
import { newId } from '../../domain/ids';
import { itemCenter } from '../kinds/geometry';
import { nextZ } from './itemFactory';

/**
 * Edits as pure functions from the current items to the changes they make (before/after pairs for the
 * history). No Konva, no database: the editor commits what these return, and tests call them directly.
 */

/** Fits a note's height to its text (the canvas measures with real fonts; tests pass a stand-in). */
export type FitNote = (note: NoteItem) => NoteItem;

const identity: FitNote = (note) => note;

/** A copy stamped as changed now; updatedAt always moves forward so newer always wins. */
export function touched<T extends TreeItem>(item: T, patch: Partial<T>, now: number): T {
  return { ...item, ...patch, updatedAt: Math.max(now, item.updatedAt + 1) };
}

function change(before: TreeItem, after: TreeItem): Change<TreeItem> {
  return { id: before.id, before, after };
}

function pick(items: readonly TreeItem[], ids: readonly string[]): TreeItem[] {
  const wanted = new Set(ids);
  return items.filter((item) => wanted.has(item.id));
}

/** Give an item a new zone, making it more private if the zone asks for that, and refit a note's shape. */
export function rezoned(item: TreeItem, zone: ZoneId, now: number, fit: FitNote = identity): TreeItem {
  if (item.zone === zone) return item;
  const next = touched(item, { zone, visibility: visibilityAfterRezone(item.visibility, zone) } as Partial<TreeItem>, now);
  return next.kind === 'note' ? fit(next) : next;
}

/**
 * Move items by (dx, dy). Each moved item's zone follows where its centre lands (hit-test against the
 * zone areas); `lockZone` keeps every moved item in that zone instead (guided mode).
 */
export function moveItems(items: readonly TreeItem[], ids: readonly string[], dx: number, dy: number, now: number, fit: FitNote = identity, lockZone: ZoneId | null = null): Change<TreeItem>[] {
  if (dx === 0 && dy === 0) return [];
  return pick(items, ids)
    .filter((item) => !item.locked)
    .map((item) => {
      const moved = touched(item, { x: item.x + dx, y: item.y + dy }, now);
      return change(item, rezoned(moved, lockZone ?? nearestZone(itemCenter(moved)), now, fit));
    });
}

/** Put items in a zone chosen by the user (the side panel's zone menu). Their place does not change. */
export function setZone(items: readonly TreeItem[], ids: readonly string[], zone: ZoneId, now: number, fit: FitNote = identity): Change<TreeItem>[] {
  return pick(items, ids)
    .filter((item) => item.zone !== zone)
    .map((item) => change(item, rezoned(item, zone, now, fit)));
}

/** Visibilities a zone allows: leaves and compost never reach a summary, so `summary` is not offered. */
export function visibilitiesFor(zone: ZoneId): Visibility[] {
  return NEVER_EXPORTED_ZONES.includes(zone) ? ['private', 'forest'] : ['private', 'forest', 'summary'];
}

/** Set items' visibility (clamped to what their zone allows). */
export function setVisibility(items: readonly TreeItem[], ids: readonly string[], visibility: Visibility, now: number): Change<TreeItem>[] {
  return pick(items, ids)
    .map((item) => {
      const allowed = visibilitiesFor(item.zone).includes(visibility) ? visibility : 'forest';
      return item.visibility === allowed ? null : change(item, touched(item, { visibility: allowed }, now));
    })
    .filter((c): c is Change<TreeItem> => c !== null);
}

/** Delete items; locked items stay. */
export function deleteItems(items: readonly TreeItem[], ids: readonly string[]): Change<TreeItem>[] {
  return pick(items, ids)
    .filter((item) => !item.locked)
    .map((item) => ({ id: item.id, before: item, after: null }));
}

/** Lock or unlock items (a locked item cannot be moved, transformed, erased or deleted). */
export function setLocked(items: readonly TreeItem[], ids: readonly string[], locked: boolean, now: number): Change<TreeItem>[] {
  return pick(items, ids)
    .filter((item) => item.locked !== locked)
    .map((item) => change(item, touched(item, { locked }, now)));
}

/** Change a note's or sticker's or stroke's colour. */
export function setColor(items: readonly TreeItem[], ids: readonly string[], color: string, now: number): Change<TreeItem>[] {
  return pick(items, ids)
    .filter((item) => item.color !== color && !item.locked)
    .map((item) => change(item, touched(item, { color }, now)));
}

/** Copies of items, a little offset, on top of the stack. Returns the changes and the copies' ids. */
export function duplicateItems(items: readonly TreeItem[], ids: readonly string[], now: number, offset = 24): { changes: Change<TreeItem>[]; ids: string[] } {
  let z = nextZ(items);
  const copies = pick(items, ids)
    .sort((a, b) => a.z - b.z)
    .map((item) => ({ ...item, id: newId(), x: item.x + offset, y: item.y + offset, z: z++, locked: false, createdAt: now, updatedAt: now }) as TreeItem);
  return { changes: copies.map((copy) => ({ id: copy.id, before: null, after: copy })), ids: copies.map((copy) => copy.id) };
}

/**
 * Bring items one step forward or send them one step back in the stack: each swaps its z with the
 * nearest item above (or below) that is not itself moving.
 */
export function reorder(items: readonly TreeItem[], ids: readonly string[], direction: 'forward' | 'backward', now: number): Change<TreeItem>[] {
  const sorted = [...items].sort((a, b) => a.z - b.z);
  const moving = new Set(ids);
  const order = sorted.map((item) => item.id);
  const swap = (i: number, j: number) => {
    const held = order[i]!;
    order[i] = order[j]!;
    order[j] = held;
  };
  if (direction === 'forward') {
    for (let i = order.length - 2; i >= 0; i--) if (moving.has(order[i]!) && !moving.has(order[i + 1]!)) swap(i, i + 1);
  } else {
    for (let i = 1; i < order.length; i++) if (moving.has(order[i]!) && !moving.has(order[i - 1]!)) swap(i, i - 1);
  }
  const byId = new Map(sorted.map((item) => [item.id, item]));
  const changes: Change<TreeItem>[] = [];
  order.forEach((id, index) => {
    const item = byId.get(id)!;
    const z = sorted[index]!.z;
    if (item.z !== z) changes.push(change(item, touched(item, { z }, now)));
  });
  return changes;
}

/** Change a note's text; an empty text deletes the note (one step, undoable). */
export function setNoteText(note: NoteItem, text: string, now: number, fit: FitNote = identity): Change<TreeItem>[] {
  const trimmed = text.trim();
  if (trimmed === '') return [{ id: note.id, before: note, after: null }];
  if (trimmed === note.text) return [];
  return [change(note, fit(touched(note, { text: trimmed }, now)))];
}

/** Node attributes after a Transformer gesture: position, rotation and the scale to bake in. */
export interface TransformAttrs {
  x: number;
  y: number;
  rotation: number;
  scaleX: number;
  scaleY: number;
}

/**
 * Bake a Transformer's scale into the item's size (Konva changes scale, not width/height): notes get a
 * new width and height, stickers a new size, strokes keep their scale factors.
 */
export function transformed(item: TreeItem, attrs: TransformAttrs, now: number, fit: FitNote = identity): TreeItem {
  const moved = { x: attrs.x, y: attrs.y, rotation: normalizeRotation(attrs.rotation) };
  switch (item.kind) {
    case 'note':
      return fit(touched(item, { ...moved, width: clamp(item.width * Math.abs(attrs.scaleX), 60, 1200), height: clamp(item.height * Math.abs(attrs.scaleY), 40, 2000) }, now));
    case 'sticker':
      return touched(item, { ...moved, size: clamp(item.size * ((Math.abs(attrs.scaleX) + Math.abs(attrs.scaleY)) / 2), 16, 800) }, now);
    case 'stroke':
      return touched(item, { ...moved, scaleX: clamp(Math.abs(attrs.scaleX), 0.05, 50), scaleY: clamp(Math.abs(attrs.scaleY), 0.05, 50) }, now);
  }
}

/** Transform several items at once; each is re-zoned by where its centre ends up. */
export function transformItems(items: readonly TreeItem[], attrsById: ReadonlyMap<string, TransformAttrs>, now: number, fit: FitNote = identity, lockZone: ZoneId | null = null): Change<TreeItem>[] {
  return pick(items, [...attrsById.keys()])
    .filter((item) => !item.locked)
    .map((item) => {
      const next = transformed(item, attrsById.get(item.id)!, now, fit);
      return change(item, rezoned(next, lockZone ?? nearestZone(itemCenter(next)), now, fit));
    });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function normalizeRotation(degrees: number): number {
  const r = ((degrees % 360) + 360) % 360;
  return Math.round((r > 180 ? r - 360 : r) * 100) / 100;
}

/** Centres of items (for finding a free spot in a zone). */
export function centres(items: readonly TreeItem[], zone?: ZoneId): Point[] {
  return items.filter((item) => !zone || item.zone === zone).map(itemCenter);
}
