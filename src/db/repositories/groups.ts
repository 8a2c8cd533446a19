import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../domain/ids';
import type { Group } from '../../domain/types';
import { isCodeTaken, validateGroupInput, type GroupInput } from '../../domain/validation';
import { db } from '../db';
import { ValidationError } from '../errors';
import { valueOrThrow } from './validated';

/** A group as the home screen lists it. */
export interface GroupSummary {
  group: Group;
  participantCount: number;
  /** The first planned session on or after today (yyyy-mm-dd), or null when none is planned. */
  nextSessionDate: string | null;
}

/** Every group, active and archived, newest first. */
export async function listGroups(): Promise<Group[]> {
  return db.groups.orderBy('createdAt').reverse().toArray();
}

/** Live list of every group, newest first; undefined while loading. */
export function useGroups(): Group[] | undefined {
  return useLiveQuery(listGroups, []);
}

/** Every group with its roster size and next planned session, newest first. `today` is a local yyyy-mm-dd. */
export async function listGroupSummaries(today: string): Promise<GroupSummary[]> {
  const groups = await listGroups();
  return Promise.all(
    groups.map(async (group) => {
      const participantCount = await db.participants.where('groupId').equals(group.id).count();
      const dates = (await db.sessions.where('groupId').equals(group.id).toArray())
        .map((session) => session.date)
        .filter((date): date is string => date !== null && date >= today)
        .sort();
      return { group, participantCount, nextSessionDate: dates[0] ?? null };
    }),
  );
}

/** Live group summaries for the home screen; undefined while loading. */
export function useGroupSummaries(today: string): GroupSummary[] | undefined {
  return useLiveQuery(() => listGroupSummaries(today), [today]);
}

/** One group, or null when no group has this id. */
export async function getGroup(id: string): Promise<Group | null> {
  return (await db.groups.get(id)) ?? null;
}

/** Live group: undefined while loading, null when it does not exist (e.g. after it was deleted). */
export function useGroup(id: string): Group | null | undefined {
  return useLiveQuery(() => getGroup(id), [id]);
}

/** Refuse a code another group already uses; codes name files and PDFs, so they must not collide. */
async function assertCodeFree(code: string, exceptId?: string): Promise<void> {
  const groups = await db.groups.toArray();
  if (isCodeTaken(code, groups, exceptId)) throw new ValidationError('code', 'groups:errors.codeTaken', { code });
}

/** Create a group from validated settings. Throws ValidationError for bad input or a code already in use. */
export async function createGroup(input: GroupInput, now = Date.now()): Promise<Group> {
  const value = valueOrThrow(validateGroupInput(input));
  return db.transaction('rw', db.groups, async () => {
    await assertCodeFree(value.code);
    const group: Group = { id: newId(), ...value, createdAt: now, updatedAt: now, archivedAt: null };
    await db.groups.add(group);
    return group;
  });
}

/** Replace a group's settings (rename, recode, labels, deny-list…). Throws ValidationError on refusal. */
export async function updateGroup(id: string, input: GroupInput, now = Date.now()): Promise<Group> {
  const value = valueOrThrow(validateGroupInput(input));
  return db.transaction('rw', db.groups, async () => {
    const current = await db.groups.get(id);
    if (!current) throw new ValidationError('group', 'groups:errors.missing');
    await assertCodeFree(value.code, id);
    const group: Group = { ...current, ...value, updatedAt: now };
    await db.groups.put(group);
    return group;
  });
}

/** Hide a group from the active list; nothing is deleted. */
export async function archiveGroup(id: string, now = Date.now()): Promise<void> {
  await setArchived(id, now, now);
}

/** Bring an archived group back to the active list. */
export async function unarchiveGroup(id: string, now = Date.now()): Promise<void> {
  await setArchived(id, null, now);
}

async function setArchived(id: string, archivedAt: number | null, now: number): Promise<void> {
  const changed = await db.groups.update(id, { archivedAt, updatedAt: now });
  if (changed === 0 && !(await db.groups.get(id))) throw new ValidationError('group', 'groups:errors.missing');
}

/**
 * Delete a group and everything that belongs to it — participants, sessions, trees, tree items, forest
 * items and records — in one transaction, so a failure part-way leaves everything as it was. Archived
 * summary PDFs are the coordinator's records and are kept.
 */
export async function deleteGroup(id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.groups, db.participants, db.sessions, db.trees, db.treeItems, db.forestItems, db.records],
    async () => {
      await db.participants.where('groupId').equals(id).delete();
      await db.sessions.where('groupId').equals(id).delete();
      await db.trees.where('groupId').equals(id).delete();
      await db.treeItems.where('groupId').equals(id).delete();
      await db.forestItems.where('groupId').equals(id).delete();
      await db.records.where('groupId').equals(id).delete();
      await db.groups.delete(id);
    },
  );
}
