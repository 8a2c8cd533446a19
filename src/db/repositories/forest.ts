import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { newId } from '../../domain/ids';
import { forestVisibleItems, mayShowOnProjector, projectorVisibleItems, showsOutsideOwnTree } from '../../domain/visibility';
import { mayProject } from '../../domain/consent';
import type { ForestItem, ForestItemKind, Group, Participant, TreeItem } from '../../domain/types';
import { db } from '../db';
import { ValidationError } from '../errors';

/** Longest storm or collective-document entry. */
export const MAX_FOREST_TEXT = 300;

/** Who is looking: the facilitator's forest screen, or the projector (stricter consent). */
export type Audience = 'forest' | 'projector';

/**
 * One tree as a group display may show it: the alias and symbol, never names, and only the items the
 * audience may see. Built here so no screen ever holds a participant's roster record.
 */
export interface ShownTree {
  participantId: string;
  alias: string;
  color: string;
  symbol: Participant['symbol'];
  items: TreeItem[];
}

export interface ForestData {
  group: Group;
  trees: ShownTree[];
  forestItems: ForestItem[];
}

function shown(participant: Participant, items: TreeItem[]): ShownTree {
  return { participantId: participant.id, alias: participant.alias, color: participant.color, symbol: participant.symbol, items };
}

function allowed(participant: Participant, audience: Audience): boolean {
  return audience === 'forest' ? showsOutsideOwnTree(participant) : mayProject(participant);
}

/**
 * The forest of a group: trees of participants whose consent allows this audience, side by side in the
 * roster's order, with private items removed; plus the group-level storms and collective document.
 * Null when the group does not exist.
 */
export async function loadForest(groupId: string, audience: Audience): Promise<ForestData | null> {
  const group = await db.groups.get(groupId);
  if (!group) return null;
  const [participants, items, forestItems] = await Promise.all([
    db.participants.where('groupId').equals(groupId).sortBy('createdAt'),
    db.treeItems.where('groupId').equals(groupId).toArray(),
    db.forestItems.where('groupId').equals(groupId).sortBy('createdAt'),
  ]);
  const byParticipant = new Map<string, TreeItem[]>();
  for (const item of items) {
    const list = byParticipant.get(item.participantId);
    if (list) list.push(item);
    else byParticipant.set(item.participantId, [item]);
  }
  const trees = participants
    .filter((participant) => allowed(participant, audience))
    .map((participant) => {
      const own = (byParticipant.get(participant.id) ?? []).sort((a, b) => a.z - b.z);
      return shown(participant, audience === 'forest' ? forestVisibleItems(participant, own) : projectorVisibleItems(participant, own));
    });
  return { group, trees, forestItems };
}

/** Live forest; undefined while loading, null when the group is gone. */
export function useForest(groupId: string, audience: Audience): ForestData | null | undefined {
  return useLiveQuery(() => loadForest(groupId, audience), [groupId, audience]);
}

/**
 * One participant's tree as the projector may show it, or null when the participant is not in the group
 * or has not consented to the projector (then nothing of theirs is shown at all).
 */
export async function loadProjectedTree(groupId: string, participantId: string): Promise<ShownTree | null> {
  const participant = await db.participants.get(participantId);
  if (!participant || participant.groupId !== groupId || !mayProject(participant)) return null;
  const items = (await db.treeItems.where('participantId').equals(participantId).toArray())
    .filter((item) => item.groupId === groupId && mayShowOnProjector(participant, item))
    .sort((a, b) => a.z - b.z);
  return shown(participant, items);
}

/** Live projected tree; undefined while loading. */
export function useProjectedTree(groupId: string, participantId: string | null): ShownTree | null | undefined {
  return useLiveQuery(() => (participantId ? loadProjectedTree(groupId, participantId) : Promise.resolve(null)), [groupId, participantId]);
}

const forestInput = z.object({
  kind: z.enum(['storm', 'collective']),
  text: z.string().trim().min(1).max(MAX_FOREST_TEXT),
  x: z.number().finite(),
  y: z.number().finite(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});

export interface ForestItemInput {
  kind: ForestItemKind;
  text: string;
  x: number;
  y: number;
  color: string;
}

function validate(input: ForestItemInput): ForestItemInput {
  const parsed = forestInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? 'text');
  if (field === 'text' && issue?.code === 'too_big') throw new ValidationError('text', 'common:errors.tooLong', { max: MAX_FOREST_TEXT });
  if (field === 'text') throw new ValidationError('text', 'common:errors.required');
  throw new ValidationError(field, 'tree:errors.invalidItem', { field });
}

/** A group's storms and collective-document entries, oldest first. */
export async function listForestItems(groupId: string): Promise<ForestItem[]> {
  return db.forestItems.where('groupId').equals(groupId).sortBy('createdAt');
}

/** Add a storm or a collective-document entry. Group-level only: it carries no participant. */
export async function addForestItem(groupId: string, input: ForestItemInput, now = Date.now()): Promise<ForestItem> {
  const value = validate(input);
  return db.transaction('rw', db.groups, db.forestItems, async () => {
    if (!(await db.groups.get(groupId))) throw new ValidationError('group', 'groups:errors.missing');
    const item: ForestItem = { id: newId(), groupId, ...value, createdAt: now, updatedAt: now };
    await db.forestItems.add(item);
    return item;
  });
}

/** Change a storm's or entry's text, place or colour. */
export async function updateForestItem(id: string, patch: Partial<Omit<ForestItemInput, 'kind'>>, now = Date.now()): Promise<ForestItem> {
  return db.transaction('rw', db.forestItems, async () => {
    const current = await db.forestItems.get(id);
    if (!current) throw new ValidationError('item', 'forest:errors.missing');
    const value = validate({ ...current, ...patch });
    const item: ForestItem = { ...current, ...value, updatedAt: now };
    await db.forestItems.put(item);
    return item;
  });
}

/** Remove a storm or a collective-document entry. */
export async function deleteForestItem(id: string): Promise<void> {
  await db.forestItems.delete(id);
}
