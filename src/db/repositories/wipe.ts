import { useLiveQuery } from 'dexie-react-hooks';
import { retentionStatus, type RetentionStatus } from '../../domain/retention';
import type { Group } from '../../domain/types';
import { db } from '../db';

/**
 * Wipe a group's raw content in one transaction: every tree and tree item, the forest layer, the private
 * notes of its session records and the names kept for redaction. The group, its aliases, consent, sessions
 * and group-level records stay, so summaries can still be made and archived PDFs are untouched.
 */
export async function wipeRawContent(groupId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.groups, db.sessions, db.trees, db.treeItems, db.forestItems, db.records, db.participants], async () => {
    const group = await db.groups.get(groupId);
    if (!group) throw new Error(`No group ${groupId}`);
    await db.treeItems.where('groupId').equals(groupId).delete();
    await db.trees.where('groupId').equals(groupId).delete();
    await db.forestItems.where('groupId').equals(groupId).delete();
    await db.records.where('groupId').equals(groupId).modify({ privateNotes: '' });
    await db.sessions.where('groupId').equals(groupId).modify({ careNote: '' });
    await db.participants.where('groupId').equals(groupId).modify({ redactNames: [] });
    await db.groups.update(groupId, { rawWipedAt: now, updatedAt: now });
  });
}

export interface GroupRetention {
  group: Group;
  status: RetentionStatus;
  /** Whether anything is left to wipe. */
  hasRawContent: boolean;
}

/** Active groups whose retention period has passed and which still hold raw content. */
export async function groupsDueForWipe(now = Date.now()): Promise<GroupRetention[]> {
  const groups = await db.groups.toArray();
  const due: GroupRetention[] = [];
  for (const group of groups) {
    const status = retentionStatus(group, await db.sessions.where('groupId').equals(group.id).toArray(), now);
    if (!status.due) continue;
    const hasRawContent =
      (await db.treeItems.where('groupId').equals(group.id).count()) > 0 ||
      (await db.forestItems.where('groupId').equals(group.id).count()) > 0 ||
      (await db.participants.where('groupId').equals(group.id).filter((p) => p.redactNames.length > 0).count()) > 0 ||
      (await db.records.where('groupId').equals(group.id).filter((r) => r.privateNotes.trim() !== '').count()) > 0;
    if (hasRawContent) due.push({ group, status, hasRawContent });
  }
  return due;
}

export function useGroupsDueForWipe(): GroupRetention[] | undefined {
  return useLiveQuery(() => groupsDueForWipe(), []);
}

export function useRetentionStatus(group: Group): RetentionStatus | undefined {
  return useLiveQuery(
    async () => retentionStatus(group, await db.sessions.where('groupId').equals(group.id).toArray(), Date.now()),
    [group.id, group.retentionDays],
  );
}
