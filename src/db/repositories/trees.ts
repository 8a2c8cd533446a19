import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import type { Change } from '../../domain/history';
import { newId } from '../../domain/ids';
import { STICKER_NAMES } from '../../domain/stickers';
import type { Participant, Tree, TreeItem, ZoneId } from '../../domain/types';
import { ZONES } from '../../domain/zones';
import { db } from '../db';
import { ValidationError } from '../errors';

/** Longest note text we accept: a note is a few words on a leaf, not a letter. */
export const MAX_NOTE_LENGTH = 500;
/** Most points in one stroke (x, y, pressure each); a 2,000-point stroke is a long scribble. */
export const MAX_STROKE_POINTS = 20_000;

const finite = z.number().finite();
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const base = {
  id: z.string().min(1).max(100),
  treeId: z.string().min(1),
  groupId: z.string().min(1),
  participantId: z.string().min(1),
  zone: z.enum(ZONES as [ZoneId, ...ZoneId[]]),
  visibility: z.enum(['private', 'forest', 'summary']),
  x: finite,
  y: finite,
  rotation: finite,
  z: finite,
  locked: z.boolean(),
  createdAt: finite,
  updatedAt: finite,
};

/** The shape every stored tree item must have; a write that does not match is refused whole. */
export const treeItemSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('note'), text: z.string().max(MAX_NOTE_LENGTH), width: finite.min(20).max(1200), height: finite.min(20).max(2000), color }),
  z.object({
    ...base,
    kind: z.literal('stroke'),
    points: z.array(finite).max(MAX_STROKE_POINTS * 3).refine((points) => points.length % 3 === 0 && points.length >= 3),
    color,
    size: finite.min(0.5).max(200),
    scaleX: finite.min(0.01).max(100),
    scaleY: finite.min(0.01).max(100),
  }),
  z.object({ ...base, kind: z.literal('sticker'), sticker: z.enum(STICKER_NAMES as [string, ...string[]]), size: finite.min(8).max(800), color }),
]);

/** A participant's tree in a group, or null if none was started yet. */
export async function getTree(groupId: string, participantId: string): Promise<Tree | null> {
  return (await db.trees.where('[groupId+participantId]').equals([groupId, participantId]).first()) ?? null;
}

/** Live tree: undefined while loading, null when not started. */
export function useTree(groupId: string, participantId: string): Tree | null | undefined {
  return useLiveQuery(() => getTree(groupId, participantId), [groupId, participantId]);
}

/**
 * The participant's tree, created empty on first use. Refuses a participant who is not in the group, so
 * a stale link cannot create an orphan tree.
 */
export async function ensureTree(groupId: string, participantId: string, now = Date.now()): Promise<Tree> {
  return db.transaction('rw', db.trees, db.participants, async () => {
    const existing = await db.trees.where('[groupId+participantId]').equals([groupId, participantId]).first();
    if (existing) return existing;
    const participant = await db.participants.get(participantId);
    if (!participant || participant.groupId !== groupId) throw new ValidationError('participant', 'tree:errors.noParticipant');
    const tree: Tree = { id: newId(), groupId, participantId, doneZones: [], createdAt: now, updatedAt: now };
    await db.trees.add(tree);
    return tree;
  });
}

/** A tree's items, bottom of the stack first. */
export async function listTreeItems(treeId: string): Promise<TreeItem[]> {
  return db.treeItems.where('treeId').equals(treeId).sortBy('z');
}

/** Live items of a tree (empty while the tree is unknown); undefined while loading. */
export function useTreeItems(treeId: string | null | undefined): TreeItem[] | undefined {
  return useLiveQuery(() => (treeId ? listTreeItems(treeId) : Promise.resolve([])), [treeId]);
}

/** Check an item before it is stored: shape, sizes and that it belongs to this tree. */
export function validateTreeItem(item: TreeItem, tree: Pick<Tree, 'id' | 'groupId' | 'participantId'>): TreeItem {
  const parsed = treeItemSchema.safeParse(item);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'item');
    if (field === 'text') throw new ValidationError('text', 'common:errors.tooLong', { max: MAX_NOTE_LENGTH });
    throw new ValidationError(field, 'tree:errors.invalidItem', { field });
  }
  if (item.treeId !== tree.id || item.groupId !== tree.groupId || item.participantId !== tree.participantId) {
    throw new ValidationError('treeId', 'tree:errors.invalidItem', { field: 'treeId' });
  }
  return item;
}

/**
 * Write one edit of a tree: each change puts its "after" row or deletes the row when "after" is null.
 * One transaction, so an edit (a whole drag, a duplicate of many items, an undo) is stored whole or
 * not at all. Each item is its own small row.
 */
export async function applyTreeChanges(treeId: string, changes: readonly Change<TreeItem>[], now = Date.now()): Promise<void> {
  if (changes.length === 0) return;
  await db.transaction('rw', db.trees, db.treeItems, async () => {
    const tree = await db.trees.get(treeId);
    if (!tree) throw new ValidationError('tree', 'tree:errors.noTree');
    const puts: TreeItem[] = [];
    const deletes: string[] = [];
    for (const change of changes) {
      if (change.after) puts.push(validateTreeItem(change.after, tree));
      else deletes.push(change.id);
    }
    if (deletes.length > 0) {
      const existing = await db.treeItems.bulkGet(deletes);
      if (existing.some((item) => item && item.treeId !== treeId)) throw new ValidationError('treeId', 'tree:errors.invalidItem', { field: 'treeId' });
      await db.treeItems.bulkDelete(deletes);
    }
    if (puts.length > 0) await db.treeItems.bulkPut(puts);
    await db.trees.update(treeId, { updatedAt: now });
  });
}

/** Record which zones the guided walk has covered. */
export async function setDoneZones(treeId: string, zones: readonly ZoneId[], now = Date.now()): Promise<void> {
  const unique = ZONES.filter((zone) => zones.includes(zone));
  const updated = await db.trees.update(treeId, { doneZones: unique, updatedAt: now });
  if (updated === 0) throw new ValidationError('tree', 'tree:errors.noTree');
}

/** One row of the group's trees overview. Counts only: the overview never shows tree content. */
export interface TreeOverview {
  participant: Pick<Participant, 'id' | 'alias' | 'color' | 'symbol' | 'consent'>;
  tree: Tree | null;
  counts: Record<ZoneId, number>;
  total: number;
}

/** Every participant of a group with their tree's progress and item counts per zone. */
export async function listTreeOverview(groupId: string): Promise<TreeOverview[]> {
  const [participants, trees, items] = await Promise.all([
    db.participants.where('groupId').equals(groupId).sortBy('createdAt'),
    db.trees.where('groupId').equals(groupId).toArray(),
    db.treeItems.where('groupId').equals(groupId).toArray(),
  ]);
  return participants.map((participant) => {
    const counts = Object.fromEntries(ZONES.map((zone) => [zone, 0])) as Record<ZoneId, number>;
    let total = 0;
    for (const item of items) {
      if (item.participantId !== participant.id) continue;
      counts[item.zone] += 1;
      total += 1;
    }
    const { id, alias, color, symbol, consent } = participant;
    return { participant: { id, alias, color, symbol, consent }, tree: trees.find((tree) => tree.participantId === participant.id) ?? null, counts, total };
  });
}

/** Live trees overview; undefined while loading. */
export function useTreeOverview(groupId: string): TreeOverview[] | undefined {
  return useLiveQuery(() => listTreeOverview(groupId), [groupId]);
}
